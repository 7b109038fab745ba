import { AppError } from '../../../shared/errors';
import type { ColumnMapping, DateLayout, PreviewRow } from '../../../shared/imports';
import type { NewResponse } from '../db/importRepository';
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
  if (key === '' || PLACEHOLDERS.has(key.toLowerCase()) || MANGLED_ID.test(key)) return undefined;
  return EMAIL.test(key) ? key.toLowerCase() : key;
}

export interface InterpretedRow {
  readonly response: NewResponse;
  readonly excluded?: string;
}

export interface DateSettings {
  readonly layout?: DateLayout;
  /** The zone the user chose, else the one the export declares for the date column, else UTC. */
  readonly timeZone?: string;
}

/** Turns one data record into the response it imports as, by the mapping's column roles. */
export function createRowInterpreter(layout: DetectedLayout, mapping: ColumnMapping, profile: PlatformProfile, dates: DateSettings): (record: RawRecord) => InterpretedRow {
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
  const idAt = need(mapping.respondentId);
  const keyAt = need(mapping.customerKey);
  const verbatimAt = mapping.verbatims.map((name) => [name, need(name)!] as const);
  const segmentAt = mapping.segments.map((name) => [name, need(name)!] as const);
  const verbatimSet = new Set(mapping.verbatims);
  // Columns with a place of their own (score, date, ids, segments, verbatims) are not repeated in
  // fields_json; a score that could not be read is kept there, as written, so nothing is lost.
  const stored = new Set([...verbatimSet, mapping.date, mapping.respondentId, mapping.customerKey, ...mapping.segments].filter((n): n is string => n !== undefined));
  const others = layout.columns.filter((c) => !stored.has(c.name) && c.name !== mapping.score);
  const keepRaw = dates.layout === 'month-first' || dates.layout === 'day-first';
  const dateColumn = layout.columns.find((c) => c.name === mapping.date);
  const zone = resolveZone(dates.timeZone ?? dateColumn?.timeZone);

  return (record) => {
    const cell = (i: number | undefined) => (i === undefined ? '' : (record.fields[i] ?? ''));
    const byName = (name: string) => {
      const i = index.get(name);
      return i === undefined ? undefined : record.fields[i];
    };
    const { score, excludedReason: scoreReason } = parseScore(cell(scoreAt));
    const excluded = profile.exclusion?.(byName) ?? scoreReason;
    const rawDate = cell(dateAt).trim();
    const parsed = rawDate && dates.layout ? parseDate(rawDate, dates.layout, zone) : undefined;
    const rawId = cell(idAt).trim();
    const respondentId = MANGLED_ID.test(rawId) || PLACEHOLDERS.has(rawId.toLowerCase()) ? '' : rawId;
    const customerKey = normaliseCustomerKey(cell(keyAt));
    const fields: Record<string, string> = {};
    for (const c of others) {
      const value = record.fields[c.index] ?? '';
      if (value !== '') fields[c.name] = value;
    }
    if (scoreReason === 'invalid-score') fields[mapping.score] = cell(scoreAt);
    const segments: Record<string, string> = {};
    for (const [name, i] of segmentAt) segments[name] = cell(i).trim();
    const verbatims: { column: string; text: string }[] = [];
    for (const [column, i] of verbatimAt) {
      const text = cell(i).trim();
      if (text !== '') verbatims.push({ column, text });
    }
    // One object shape for every row (no conditional spreads): this runs a million times per import.
    const response: NewResponse = {
      sourceRow: record.line,
      fields,
      segments,
      verbatims,
      score,
      excludedReason: excluded,
      respondentId: respondentId || undefined,
      customerKey,
      // The raw date is kept where a later decision on day/month order may re-read it.
      respondedRaw: rawDate && (keepRaw || !parsed) ? rawDate : undefined,
      respondedAt: parsed?.utc,
      respondedLocal: parsed?.local,
    };
    return excluded ? { response, excluded } : { response };
  };
}

/** A response as the wizard's preview shows it. */
export function previewRow(row: InterpretedRow): PreviewRow {
  const r = row.response;
  return {
    line: r.sourceRow,
    verbatims: r.verbatims.map((v) => v.text),
    segments: r.segments,
    ...(r.respondentId ? { respondentId: r.respondentId } : {}),
    ...(r.score === undefined ? {} : { score: r.score }),
    ...(r.score !== undefined && !row.excluded ? { group: npsGroup(r.score) } : {}),
    ...(row.excluded ? { excluded: row.excluded } : {}),
    ...(r.respondedAt ? { date: r.respondedAt } : {}),
  };
}
