/** How the import contract's ids read in the workbench: formats, encodings, roles, reasons, figures. */
import type { ColumnRole, DateLayout, Delimiter, NpsGroupName, PlatformId, TextEncoding } from '../../../../shared/imports';

export const PLATFORM_NAMES: Readonly<Record<PlatformId, string>> = {
  qualtrics: 'Qualtrics',
  'qualtrics-legacy': 'Qualtrics (legacy export)',
  surveymonkey: 'SurveyMonkey',
  typeform: 'Typeform',
  'google-forms': 'Google Forms',
  'microsoft-forms': 'Microsoft Forms',
  delighted: 'Delighted',
  generic: 'Table with one header row',
};

export const ENCODING_NAMES: Readonly<Record<TextEncoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252 (Western European)',
};

export const DELIMITER_NAMES: Readonly<Record<Delimiter, string>> = {
  ',': 'Comma (,)',
  ';': 'Semicolon (;)',
  '\t': 'Tab',
  '|': 'Pipe (|)',
};

export const DATE_LAYOUT_NAMES: Readonly<Record<DateLayout, string>> = {
  iso: 'ISO 8601 (2026-10-24 09:14)',
  'month-first': 'Month first (10/24/2026, US)',
  'day-first': 'Day first (24/10/2026)',
  'year-first-slash': 'Year first (2026/10/24)',
  'epoch-seconds': 'Unix time, seconds',
  'epoch-milliseconds': 'Unix time, milliseconds',
};

export const ROLE_NAMES: Readonly<Record<ColumnRole, string>> = {
  score: 'Score (0–10)',
  verbatim: 'Verbatim comment',
  date: 'Response date',
  respondentId: 'Respondent ID',
  customerKey: 'Customer key',
  email: 'Email',
  segment: 'Segment',
  ignore: 'Ignore',
};

/** The order roles are offered in. */
export const ROLE_ORDER: readonly ColumnRole[] = ['score', 'verbatim', 'segment', 'date', 'respondentId', 'customerKey', 'email', 'ignore'];

export const GROUP_NAMES: Readonly<Record<NpsGroupName, string>> = { promoter: 'Promoter', passive: 'Passive', detractor: 'Detractor' };

const REASONS: Readonly<Record<string, string>> = {
  'missing-score': 'No score',
  'invalid-score': 'Score not 0–10',
  preview: 'Survey preview',
  test: 'Test response',
  spam: 'Spam',
  duplicate: 'Repeated respondent ID',
};

/** Why a response does not count for NPS, in words ("missing-score" → "No score"). */
export function reasonLabel(reason: string): string {
  const known = REASONS[reason];
  if (known) return known;
  const words = reason.replace(/[-_]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : reason;
}

/** An NPS as analysts write it: "+32", "−16.7", "0"; "—" when there is no base. */
export function formatNps(nps: number | undefined): string {
  if (nps === undefined || !Number.isFinite(nps)) return '—';
  const rounded = Math.round(nps * 10) / 10;
  if (rounded === 0) return '0';
  const text = Math.abs(rounded).toLocaleString('en', { maximumFractionDigits: 1 });
  return rounded > 0 ? `+${text}` : `−${text}`;
}

/** "40%" of a base; "—" without one. */
export function formatShare(count: number, base: number): string {
  return base > 0 ? `${Math.round((100 * count) / base)}%` : '—';
}

/** A stored instant as the preview shows it: "2026-10-24 07:16 UTC". */
export function formatInstant(iso: string | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

export interface ImportProgressParts {
  readonly rows?: string;
  readonly rate?: string;
  readonly timeLeft?: string;
  /** Anything else the job says (the indexing phase, "Starting…"). */
  readonly note?: string;
}

/** Splits an import job's message ("12,000 rows · 48,000 rows/s · about 3 s left") into its figures. */
export function parseImportProgress(message: string): ImportProgressParts {
  const parts: { rows?: string; rate?: string; timeLeft?: string; note?: string } = {};
  const notes: string[] = [];
  for (const part of message.split(' · ').map((p) => p.trim()).filter(Boolean)) {
    if (/rows\/s$/.test(part)) parts.rate = part;
    else if (/ left$/.test(part)) parts.timeLeft = part.replace(/ left$/, '');
    else if (/^[\d,.\s]+ rows?( saved)?$/.test(part)) parts.rows = part;
    else notes.push(part);
  }
  if (notes.length > 0) parts.note = notes.join(' · ');
  return parts;
}
