/** NPS and its 95% interval exactly as DESIGN.md section 4 defines them. */

export interface NpsCounts {
  readonly n: number;
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
}

export interface NpsSummary extends NpsCounts {
  /** 100 × (P − D) / N; undefined when N = 0. */
  readonly nps?: number;
  /** NPS ± 1.96·√var·100, clipped to [−100, 100]. */
  readonly ci95?: readonly [number, number];
  /** True under N = 30: show "small base" beside the figure. */
  readonly smallBase: boolean;
}

export const SMALL_BASE = 30;

export function summariseNps(counts: NpsCounts): NpsSummary {
  const { n, promoters, detractors } = counts;
  if (n === 0) return { ...counts, smallBase: true };
  const p = promoters / n;
  const d = detractors / n;
  const nps = 100 * (p - d);
  const variance = (p + d - (p - d) ** 2) / n;
  const half = 196 * Math.sqrt(variance);
  const clip = (x: number) => Math.max(-100, Math.min(100, x));
  return { ...counts, nps, ci95: [clip(nps - half), clip(nps + half)], smallBase: n < SMALL_BASE };
}

/** Counts promoters, passives and detractors over valid 0–10 integer scores. */
export function countScores(scores: Iterable<number>): NpsCounts {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const s of scores) {
    if (s >= 9) promoters += 1;
    else if (s >= 7) passives += 1;
    else detractors += 1;
  }
  return { n: promoters + passives + detractors, promoters, passives, detractors };
}
