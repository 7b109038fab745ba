/** Why a response does not count for NPS (DESIGN.md section 4), as counted in import results. */
export type ScoreExclusion = 'missing-score' | 'invalid-score';

export interface ParsedScore {
  readonly score?: number;
  readonly excludedReason?: ScoreExclusion;
}

/** Choice labels survey tools write without the number (SurveyMonkey, Typeform and Forms "choice text"). */
const LABELS: ReadonlyMap<string, number> = new Map([
  ['not at all likely', 0],
  ['not likely at all', 0],
  ['extremely unlikely', 0],
  ['extremely likely', 10],
  ['very likely', 10],
]);

const SCORES: readonly ParsedScore[] = Array.from({ length: 11 }, (_, score) => ({ score }));

const NUMBER_WITH_LABEL = /^(\d{1,2})(?:[.,]0+)?(?:\s*(?:[-–—:=]|\(|$)[\s\S]*)?$/;

/**
 * Reads an NPS answer: an integer 0–10 written as "9", "9.0", "9,0",
 * "9 - Very likely", "10 - Extremely likely", "0 - Not at all likely", or an
 * anchor label alone ("Extremely likely"). Anything else (11, -1, 9.5, "n/a")
 * is an exclusion with a counted reason, never a silent 0.
 */
export function parseScore(raw: string | number | undefined | null): ParsedScore {
  if (raw === undefined || raw === null) return { excludedReason: 'missing-score' };
  if (typeof raw === 'number') {
    return Number.isInteger(raw) && raw >= 0 && raw <= 10 ? { score: raw } : { excludedReason: 'invalid-score' };
  }
  // The common case first: "0"–"10" as written by nearly every export.
  const n = raw.length;
  if (n === 1 || n === 2) {
    const a = raw.charCodeAt(0) - 48;
    const b = n === 2 ? raw.charCodeAt(1) - 48 : 0;
    if (a >= 0 && a <= 9 && (n === 1 || (b >= 0 && b <= 9))) {
      const value = n === 1 ? a : a * 10 + b;
      return value <= 10 ? SCORES[value]! : { excludedReason: 'invalid-score' };
    }
  }
  const text = raw.trim();
  if (text === '') return { excludedReason: 'missing-score' };
  const match = NUMBER_WITH_LABEL.exec(text);
  if (match) {
    const value = Number(match[1]);
    return value <= 10 ? { score: value } : { excludedReason: 'invalid-score' };
  }
  const label = LABELS.get(text.toLowerCase().replace(/\s+/g, ' '));
  return label === undefined ? { excludedReason: 'invalid-score' } : { score: label };
}

export type NpsGroup = 'promoter' | 'passive' | 'detractor';

export function npsGroup(score: number): NpsGroup {
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}
