import { AppError } from '../../../shared/errors';
import type { ColumnMapping, DateLayout, PreviewRow } from '../../../shared/imports';
import { RESPONSE_SLOTS, SLOT, type RowValues } from '../db/packedRows';
import { parseDate, resolveZone } from './dates';
import type { DetectedLayout, PlatformProfile } from './platforms/platformTypes';
import type { RawRecord } from './readers/tableTypes';
import { npsGroup, parseScore } from './score';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What exports write where there is no value: never a key that links responses together. */
const PLACEHOLDERS = new Set(['anonymous', 'anon', 'n/a', 'na', 'none', 'null', '-', '--', 'unknown', '(blank)']);

/** Ids Excel shortened to scientific notation when it re-saved the file (1.14524E+11): they no longer identify anyone. */
export const MANGLED_ID = /^\d(\.\d+)?E\+\d+$/i;

/** Customer keys match across files: trimmed, and emails case-folded; placeholders like "anonymous" are no key. */
export function normaliseCustomerKey(raw: string): string | undefined {
  const key = raw.trim();
  if (key === '' || (key.length <= 9 && PLACEHOLDERS.has(key.toLowerCase())) || isMangledId(key)) return undefined;
  return key.includes('@') && EMAIL.test(key) ? key.toLowerCase() : key;
}

/** MANGLED_ID.test, skipping the regular expression for the ids that cannot match (no "E"). */
function isMangledId(text: string): boolean {
  return (text.includes('E') || text.includes('e')) && MANGLED_ID.test(text);
}

export interface DateSettings {
  readonly layout?: DateLayout;
  /** The zone the user chose, else the one the export declares for the date column, else UTC. */
  readonly timeZone?: string;
}

/**
 * Turns each data record into the response it imports as, by the mapping's
 * column roles, written straight into a batch of values (see db/packedRows):
 * no object per row, since this runs a million times for a big export.
 */
export function createRowPacker(layout: DetectedLayout, mapping: ColumnMapping, profile: PlatformProfile, dates: DateSettings): (record: RawRecord, into: RowValues) => void {
  const index = new Map(layout.columns.map((c) => [c.name, c.index]));
  const need = (name: string | undefined): number | undefined => {
    if (name === undefined) return undefined;
    const i = index.get(name);
    if (i === undefined) {
      throw new AppError('BAD_INPUT', `The mapping names a column "${name}" that this file does not have.`, {
        detail: `Its columns are: ${layout.columns.slice(0, 30).map((c) => `"${c.name}"`).join(', ')}${layout.columns.length > 30 ? ', …' : ''}.`,
      });
    }
    return i;
  };
  const scoreAt = need(mapping.score)!;
  const dateAt = need(mapping.date);
  // The tool's own fallbacks for an empty date, when its own date column is the one mapped.
  const known = profile.knownColumns?.(layout.columns);
  const dateFallbackAt = mapping.date !== undefined && mapping.date === known?.date ? (known.dateFallbacks ?? []).map((name) => need(name)!) : [];
  const idAt = need(mapping.respondentId);
  const keyAt = need(mapping.customerKey);
  const verbatimAt = mapping.verbatims.map((name, position) => [position, need(name)!] as const);
  const segmentAt = mapping.segments.map((name) => need(name)!);
  // Columns with a place of their own (score, date, ids, segments, verbatims) are not repeated in
  // fields_json; a score that could not be read is kept there, as written, so nothing is lost.
  const stored = new Set([...mapping.verbatims, mapping.date, mapping.respondentId, mapping.customerKey, ...mapping.segments].filter((n): n is string => n !== undefined));
  const others = layout.columns.filter((c) => !stored.has(c.name) && c.name !== mapping.score).map((c) => [JSON.stringify(c.name), c.index] as const);
  const scoreKey = JSON.stringify(mapping.score);
  const keepRaw = dates.layout === 'month-first' || dates.layout === 'day-first';
  const dateColumn = layout.columns.find((c) => c.name === mapping.date);
  const zone = resolveZone(dates.timeZone ?? dateColumn?.timeZone);
  const exclusion = profile.exclusion;

  return (record, into) => {
    const fields = record.fields;
    const cell = (i: number | undefined) => (i === undefined ? '' : (fields[i] ?? ''));
    const rawScore = fields[scoreAt] ?? '';
    const { score, excludedReason: scoreReason } = parseScore(rawScore);
    const excluded =
      (exclusion
        ? exclusion((name) => {
            const i = index.get(name);
            return i === undefined ? undefined : fields[i];
          })
        : undefined) ?? scoreReason;
    let rawDate = cell(dateAt).trim();
    for (let k = 0; rawDate === '' && k < dateFallbackAt.length; k += 1) rawDate = cell(dateFallbackAt[k]).trim();
    const parsed = rawDate && dates.layout ? parseDate(rawDate, dates.layout, zone) : undefined;
    const rawId = cell(idAt).trim();
    const respondentId = rawId === '' || isMangledId(rawId) || (rawId.length <= 9 && PLACEHOLDERS.has(rawId.toLowerCase())) ? null : rawId;
    let json = '';
    for (const [key, i] of others) {
      const value = fields[i] ?? '';
      if (value !== '') json += `${json === '' ? '' : ','}${key}:${JSON.stringify(value)}`;
    }
    if (scoreReason === 'invalid-score') json += `${json === '' ? '' : ','}${scoreKey}:${JSON.stringify(rawScore)}`;
    const at = into.count;
    into.values.push(
      record.line,
      respondentId,
      normaliseCustomerKey(cell(keyAt)) ?? null,
      score ?? null,
      excluded ?? null,
      parsed ? parsed.utc : null,
      parsed ? parsed.local : null,
      // The raw date is kept where a later decision on day/month order may re-read it.
      rawDate && (keepRaw || !parsed) ? rawDate : null,
      `{${json}}`,
    );
    for (const i of segmentAt) {
      const value = (fields[i] ?? '').trim();
      into.values.push(value === '' ? null : value);
    }
    for (const [position, i] of verbatimAt) {
      const text = (fields[i] ?? '').trim();
      if (text !== '') into.verbatims.push(at, position, text);
    }
    into.count += 1;
  };
}

/** Response `i` of a batch as the wizard's preview shows it. */
export function previewRow(rows: RowValues, i: number, mapping: ColumnMapping): PreviewRow {
  const v = rows.values;
  const base = i * rows.stride;
  const score = v[base + SLOT.score] as number | null;
  const excluded = v[base + SLOT.excludedReason] as string | null;
  const respondentId = v[base + SLOT.respondentId] as string | null;
  const date = v[base + SLOT.respondedAt] as string | null;
  const segments: Record<string, string> = {};
  mapping.segments.forEach((name, k) => {
    segments[name] = (v[base + RESPONSE_SLOTS + k] as string | null) ?? '';
  });
  const verbatims: string[] = [];
  for (let t = 0; t < rows.verbatims.length; t += 3) if (rows.verbatims[t] === i) verbatims.push(rows.verbatims[t + 2] as string);
  return {
    line: v[base + SLOT.sourceRow] as number,
    verbatims,
    segments,
    ...(respondentId ? { respondentId } : {}),
    ...(score === null ? {} : { score }),
    ...(score !== null && !excluded ? { group: npsGroup(score) } : {}),
    ...(excluded ? { excluded } : {}),
    ...(date ? { date } : {}),
  };
}
