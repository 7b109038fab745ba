import { roleOfColumn, type ColumnMapping, type ColumnRole } from '../../../../shared/imports';

/** A column mapping being edited: like ColumnMapping, but the score may not be chosen yet. */
export interface DraftMapping {
  readonly score?: string;
  readonly verbatims: readonly string[];
  readonly date?: string;
  readonly respondentId?: string;
  readonly customerKey?: string;
  readonly email?: string;
  readonly segments: readonly string[];
}

type SingleRole = 'score' | 'date' | 'respondentId' | 'customerKey' | 'email';
const SINGLE_ROLES: readonly SingleRole[] = ['score', 'date', 'respondentId', 'customerKey', 'email'];

export function draftFrom(mapping: ColumnMapping | undefined): DraftMapping {
  return mapping ? { ...mapping } : { verbatims: [], segments: [] };
}

/** The role a column plays, in the core's order of precedence (a column that is also the email shows its key role). */
export function roleOf(draft: DraftMapping | undefined, name: string): ColumnRole {
  return roleOfColumn(draft, name);
}

/** True when the column holds a second role that the role select does not show (key and email). */
export function isAlsoEmail(draft: DraftMapping | undefined, name: string): boolean {
  return draft !== undefined && draft.email === name && roleOf(draft, name) !== 'email';
}

/**
 * Gives `name` one role. Score, date, respondent id, customer key and email belong to one column
 * each, so the column that had it before is left without it; verbatims and segments may be many
 * and stay in the file's column order.
 */
export function withRole(draft: DraftMapping, name: string, role: ColumnRole, columnOrder: readonly string[]): DraftMapping {
  const order = (names: readonly string[]) => [...names].sort((a, b) => columnOrder.indexOf(a) - columnOrder.indexOf(b));
  const next: { -readonly [K in keyof DraftMapping]: DraftMapping[K] } = {
    verbatims: draft.verbatims.filter((n) => n !== name),
    segments: draft.segments.filter((n) => n !== name),
  };
  for (const single of SINGLE_ROLES) {
    const holder = draft[single];
    if (holder !== undefined && holder !== name) next[single] = holder;
  }
  if (role === 'verbatim') next.verbatims = order([...next.verbatims, name]);
  else if (role === 'segment') next.segments = order([...next.segments, name]);
  else if (role !== 'ignore') next[role] = name;
  return next;
}

/** The mapping to import with, once it has its score column. */
export function completeMapping(draft: DraftMapping): ColumnMapping | undefined {
  if (draft.score === undefined) return undefined;
  const { score, verbatims, segments, date, respondentId, customerKey, email } = draft;
  return {
    score,
    verbatims: [...verbatims],
    segments: [...segments],
    ...(date !== undefined ? { date } : {}),
    ...(respondentId !== undefined ? { respondentId } : {}),
    ...(customerKey !== undefined ? { customerKey } : {}),
    ...(email !== undefined ? { email } : {}),
  };
}

/** What is wrong with a mapping, in one sentence; undefined when it can be imported. */
export function mappingProblem(draft: DraftMapping | undefined): string | undefined {
  return !draft || draft.score === undefined ? 'Choose the column that holds the 0–10 score.' : undefined;
}

/** Accepts what the core reads as a zone: an IANA name ("Europe/Berlin") or "UTC", "UTC+2", "GMT-05:30". */
export function isValidTimeZone(zone: string): boolean {
  const trimmed = zone.trim();
  if (/^(utc|gmt|z|etc\/(utc|gmt))$/i.test(trimmed)) return true;
  if (/^(?:UTC|GMT)\s*[+-]\d{1,2}(?::?\d{2})?$/i.test(trimmed)) return true;
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(trimmed)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: trimmed });
    return true;
  } catch {
    return false;
  }
}
