/**
 * Agreement between two coders on a double-coding sample (DESIGN.md section 4), from the decisions
 * they made (read by DoubleCodingRepository): per theme Cohen's κ and % agreement over response ×
 * theme decisions, overall Krippendorff's α (nominal) and % agreement, and where they differ.
 */
import type { Theme } from '../../../shared/coding';
import type { Disagreement, SampleAgreement, ThemeAgreement } from '../../../shared/doubleCoding';
import { cohensKappa, krippendorffAlphaNominal } from './agreement';

/** The decisions two coders made on the responses both marked done (codes on children count for their parents). */
export interface Compared {
  readonly doneByA: number;
  readonly doneByB: number;
  readonly responses: readonly { responseId: number; position: number; respondentId: string | null }[];
  readonly themes: readonly Theme[];
  /** "response:theme" keys a coder mentioned (the theme or a child of it). */
  readonly mentionedA: ReadonlySet<string>;
  readonly mentionedB: ReadonlySet<string>;
  /** "response:theme" keys a coder coded with the theme itself. */
  readonly directA: ReadonlySet<string>;
  readonly directB: ReadonlySet<string>;
}

/** The key of a response × theme decision. */
export const comparedKey = (responseId: number, themeId: number) => `${responseId}:${themeId}`;
const key = comparedKey;

/**
 * Per theme and overall agreement over the responses both coders marked done.
 */
export function sampleAgreement(sampleId: number, coderA: string, coderB: string, c: Compared): SampleAgreement {
  const n = c.responses.length;
  const units: [boolean, boolean][] = [];
  const themes = c.themes.map((theme): ThemeAgreement => {
    const a: boolean[] = [];
    const b: boolean[] = [];
    let bothApplied = 0;
    let onlyA = 0;
    let onlyB = 0;
    for (const r of c.responses) {
      const da = c.mentionedA.has(key(r.responseId, theme.id));
      const db = c.mentionedB.has(key(r.responseId, theme.id));
      a.push(da);
      b.push(db);
      units.push([da, db]);
      if (da && db) bothApplied += 1;
      else if (da) onlyA += 1;
      else if (db) onlyB += 1;
    }
    const neither = n - bothApplied - onlyA - onlyB;
    const result = n === 0 ? undefined : cohensKappa(a, b);
    // p_e = 1 exactly when both coders gave one and the same decision throughout: κ is 0/0 there.
    const defined = result !== undefined && bothApplied !== n && neither !== n && Number.isFinite(result.kappa);
    return {
      themeId: theme.id,
      path: theme.path,
      ...(theme.parentId === undefined ? {} : { parentId: theme.parentId }),
      n,
      bothApplied,
      onlyA,
      onlyB,
      neither,
      ...(result === undefined ? {} : { agreement: result.agreement }),
      ...(defined ? { kappa: result.kappa } : {}),
    };
  });
  const agreeing = units.filter(([a, b]) => a === b).length;
  const varied = units.some(([a, b]) => a !== units[0]![0] || b !== units[0]![0]);
  const alpha = varied ? krippendorffAlphaNominal(units) : Number.NaN;
  return {
    sampleId,
    coderA,
    coderB,
    doneByA: c.doneByA,
    doneByB: c.doneByB,
    responses: n,
    themes,
    overall: {
      units: units.length,
      ...(units.length === 0 ? {} : { agreement: agreeing / units.length }),
      ...(Number.isFinite(alpha) ? { alpha } : {}),
    },
  };
}

/** Where two coders differ, in sample order, then codebook order. */
export function sampleDisagreements(coderA: string, coderB: string, c: Compared): Disagreement[] {
  const out: Disagreement[] = [];
  for (const r of c.responses) {
    for (const theme of c.themes) {
      const k = key(r.responseId, theme.id);
      const da = c.mentionedA.has(k);
      const db = c.mentionedB.has(k);
      if (da === db) continue;
      out.push({
        responseId: r.responseId,
        position: r.position,
        ...(r.respondentId === null ? {} : { respondentId: r.respondentId }),
        themeId: theme.id,
        path: theme.path,
        appliedBy: da ? coderA : coderB,
        missingFrom: da ? coderB : coderA,
        viaChild: !(da ? c.directA : c.directB).has(k),
      });
    }
  }
  return out;
}
