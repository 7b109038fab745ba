import { AppError } from '../../../shared/errors';
import type { ColumnMapping, DateLayout, ImportOptions, SkippedRow } from '../../../shared/imports';
import { DateLayoutEvidence } from './dates';
import { createRowPacker, MANGLED_ID, type DateSettings } from './interpretRow';
import { openTable } from './openTable';
import { emptyRowValues, SLOT, type RowValues } from '../db/packedRows';
import { platformById } from './platforms/detectPlatform';
import type { DetectedLayout, PlatformId } from './platforms/platformTypes';

/** Everything a row reader needs, as plain data (it crosses into the parse worker). */
export interface RowPlan {
  readonly options: ImportOptions;
  readonly layout: DetectedLayout;
  readonly platform: PlatformId;
  readonly mapping: ColumnMapping;
  readonly dates: DateSettings;
  /** Gather evidence on day/month order from every date (only when it can still change). */
  readonly collectEvidence: boolean;
}

export interface RowBatch {
  readonly kind: 'rows';
  readonly rows: RowValues;
  readonly rowsRead: number;
  readonly bytes: number;
  readonly totalBytes: number;
}

export interface RowsEnd {
  readonly kind: 'end';
  readonly rowsRead: number;
  readonly skipped: readonly SkippedRow[];
  readonly skippedCount: number;
  readonly undatable: number;
  readonly mangledIds: number;
  readonly evidence?: { readonly layout: DateLayout; readonly ambiguous: boolean };
}

export type RowSourceItem = RowBatch | RowsEnd;

export const BATCH_ROWS = 1000;
const MAX_LISTED_SKIPS = 10_000;

/**
 * Reads the file and turns every data row into the response it imports as,
 * in batches. Runs in the parse worker (or in the import's own thread), so
 * parsing and writing can use both cores.
 */
export async function* readRows(plan: RowPlan, signal?: AbortSignal): AsyncGenerator<RowSourceItem> {
  const skipped: SkippedRow[] = [];
  let skippedCount = 0;
  const table = await openTable(plan.options.path, {
    ...plan.options,
    onSkip: (issue) => {
      skippedCount += 1;
      if (skipped.length < MAX_LISTED_SKIPS) skipped.push(issue);
    },
    ...(signal ? { signal } : {}),
  });
  const packRow = createRowPacker(plan.layout, plan.mapping, platformById(plan.platform), plan.dates);
  const dateIndex = plan.layout.columns.find((c) => c.name === plan.mapping.date)?.index;
  const idIndex = plan.layout.columns.find((c) => c.name === plan.mapping.respondentId)?.index;
  const evidence = new DateLayoutEvidence();
  let headerLeft = plan.layout.headerRows;
  let rowsRead = 0;
  let undatable = 0;
  let mangledIds = 0;
  let rows: RowValues = emptyRowValues(plan.mapping.segments.length);
  for await (const batch of table.batches()) {
    for (const record of batch) {
      if (headerLeft > 0) {
        headerLeft -= 1;
        continue;
      }
      rowsRead += 1;
      const at = rows.count;
      packRow(record, rows);
      const base = at * rows.stride;
      const v = rows.values;
      if (dateIndex !== undefined) {
        const raw = (record.fields[dateIndex] ?? '').trim();
        if (raw !== '' && v[base + SLOT.respondedAt] === null) undatable += 1;
        if (plan.collectEvidence) evidence.add(raw);
      }
      if (idIndex !== undefined && MANGLED_ID.test((record.fields[idIndex] ?? '').trim())) mangledIds += 1;
      if (rows.count === BATCH_ROWS) {
        if (signal?.aborted) throw new AppError('JOB_CANCELLED', 'The import was cancelled; nothing was imported.');
        yield { kind: 'rows', rows, rowsRead, bytes: table.bytesRead(), totalBytes: table.totalBytes };
        rows = emptyRowValues(plan.mapping.segments.length);
      }
    }
  }
  if (rows.count > 0) yield { kind: 'rows', rows, rowsRead, bytes: table.totalBytes, totalBytes: table.totalBytes };
  const decided = plan.collectEvidence ? evidence.decide() : undefined;
  yield {
    kind: 'end',
    rowsRead,
    skipped,
    skippedCount,
    undatable,
    mangledIds,
    ...(decided ? { evidence: decided } : {}),
  };
}
