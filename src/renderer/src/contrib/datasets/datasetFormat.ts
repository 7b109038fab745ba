import type { ImportSummary } from '../../../../shared/model';

export const DATASET_ICONS: Readonly<Record<ImportSummary['kind'], string>> = {
  survey: 'comment-discussion',
  contacts: 'mail',
  'status-history': 'history',
};

export const DATASET_KINDS: Readonly<Record<ImportSummary['kind'], string>> = {
  survey: 'Survey responses',
  contacts: 'Support contacts',
  'status-history': 'Ticket status history',
};

const day = (iso: string) => iso.slice(0, 10);

/** "2024-01-03 – 2024-03-30", or a note when the import has no dates. */
export function dateRange(item: ImportSummary): string {
  if (!item.firstDate) return 'no dates';
  return item.lastDate && day(item.lastDate) !== day(item.firstDate) ? `${day(item.firstDate)} – ${day(item.lastDate)}` : day(item.firstDate);
}
