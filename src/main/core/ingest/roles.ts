import { DateLayoutEvidence, type DateLayout } from './dates';
import type { ColumnHeader, PlatformProfile } from './platforms/platformTypes';
import { parseScore } from './score';

import type { ColumnMapping } from '../../../shared/imports';

export type { ColumnMapping };

export interface ColumnProfile {
  readonly name: string;
  readonly label?: string;
  readonly distinct: number;
  readonly filled: number;
  readonly samples: readonly string[];
  readonly helper: boolean;
  readonly dateLayout?: DateLayout;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SCORE_HEADER = /recommend|likely|likelihood|\bnps\b|net promoter|score|empfehlen|wahrscheinlich|recommand|recomend/i;
const VERBATIM_HEADER = /reason|why|comment|feedback|explain|improve|tell us|anything else|suggest|open-ended|verbatim|grund|raison|motivo|warum|pourquoi/i;
const DATE_HEADER = /submit|complet|recorded|end ?date|timestamp|created|date|time|horodateur|zeitstempel/i;
const ID_HEADER = /^(response|respondent|submission)[ _]?id$|^id$|^#$/i;
const CUSTOMER_HEADER = /customer|account|external ?(data)? ?ref|client|contact ?id|user ?id|person ?id/i;

/** Summarises each column over the preview rows, to suggest roles and show the user. */
export function profileColumns(columns: readonly ColumnHeader[], rows: readonly (readonly string[])[], profile: PlatformProfile): ColumnProfile[] {
  return columns.map((column) => {
    const values = rows.map((r) => (r[column.index] ?? '').trim()).filter((v) => v !== '');
    const evidence = new DateLayoutEvidence();
    for (const v of values) evidence.add(v);
    const layout = values.length > 0 ? evidence.decide()?.layout : undefined;
    return {
      name: column.name,
      ...(column.label ? { label: column.label } : {}),
      distinct: new Set(values).size,
      filled: values.length,
      samples: [...new Set(values)].slice(0, 5),
      helper: profile.isHelperColumn?.(column) ?? false,
      ...(layout ? { dateLayout: layout } : {}),
    };
  });
}

function share(values: readonly string[], test: (v: string) => boolean): number {
  return values.length === 0 ? 0 : values.filter(test).length / values.length;
}

/**
 * Suggests every column's role from the platform's knowledge, the header
 * text and the values in the preview rows. The user can change any of them.
 */
export function suggestMapping(
  columns: readonly ColumnHeader[],
  rows: readonly (readonly string[])[],
  profile: PlatformProfile,
): { mapping: ColumnMapping | undefined; profiles: ColumnProfile[] } {
  const profiles = profileColumns(columns, rows, profile);
  const known = profile.knownColumns?.(columns) ?? {};
  const valuesOf = (name: string) => {
    const index = columns.find((c) => c.name === name)!.index;
    return rows.map((r) => (r[index] ?? '').trim()).filter((v) => v !== '');
  };
  const taken = new Set<string>();
  const candidates = profiles.filter((p) => !p.helper);

  // A named score column may hold some bad values (counted as exclusions later); an unnamed one must be clean.
  const scoreShare = (p: ColumnProfile) => (p.filled > 0 ? share(valuesOf(p.name), (v) => parseScore(v).score !== undefined) : 0);
  const scoreOk = (p: ColumnProfile) => scoreShare(p) >= 0.9;
  const score =
    known.score ??
    candidates.find((p) => SCORE_HEADER.test(`${p.name} ${p.label ?? ''}`) && scoreShare(p) >= 0.6)?.name ??
    candidates.find((p) => scoreOk(p) && p.distinct >= 3 && valuesOf(p.name).every((v) => /^\d{1,2}$/.test(v)))?.name;
  if (score) taken.add(score);

  const date = known.date ?? profiles.find((p) => p.dateLayout && DATE_HEADER.test(p.name))?.name ?? profiles.find((p) => p.dateLayout)?.name;
  if (date) taken.add(date);

  // An id column may repeat a few ids (they are reported as duplicates), but is nearly unique.
  const respondentId =
    known.respondentId ?? profiles.find((p) => ID_HEADER.test(p.name) && p.filled > 0 && p.distinct >= p.filled * 0.9)?.name;
  if (respondentId) taken.add(respondentId);

  const email = known.email ?? profiles.find((p) => !taken.has(p.name) && share(valuesOf(p.name), (v) => EMAIL.test(v)) >= 0.8)?.name;
  if (email) taken.add(email);

  const customerKey = known.customerKey ?? candidates.find((p) => !taken.has(p.name) && CUSTOMER_HEADER.test(p.name))?.name ?? email;
  if (customerKey) taken.add(customerKey);

  const looksFree = (p: ColumnProfile) => {
    const values = valuesOf(p.name);
    const avg = values.reduce((sum, v) => sum + v.length, 0) / Math.max(1, values.length);
    return values.length > 0 && avg >= 12 && share(values, (v) => /\s/.test(v)) >= 0.5 && p.distinct >= Math.min(values.length, 3) * 0.6;
  };
  const verbatims = known.verbatims?.length
    ? [...known.verbatims]
    : candidates.filter((p) => !taken.has(p.name) && (looksFree(p) || (VERBATIM_HEADER.test(p.name) && p.filled > 0 && !scoreOk(p)))).map((p) => p.name);
  for (const v of verbatims) taken.add(v);

  const segments = candidates
    .filter((p) => !taken.has(p.name) && !ID_HEADER.test(p.name) && !p.dateLayout && p.filled > 0 && p.distinct >= 2 && p.distinct <= Math.max(12, Math.min(50, p.filled * 0.2)))
    .map((p) => p.name);

  if (!score) return { mapping: undefined, profiles };
  const mapping: ColumnMapping = {
    score,
    verbatims,
    segments,
    ...(date ? { date } : {}),
    ...(respondentId ? { respondentId } : {}),
    ...(customerKey ? { customerKey } : {}),
    ...(email ? { email } : {}),
  };
  return { mapping, profiles };
}

/** The headers' fingerprint a saved mapping template is matched on. */
export function headerSignature(columns: readonly ColumnHeader[]): string {
  return columns.map((c) => c.name.trim().toLowerCase()).join('\u241f');
}
