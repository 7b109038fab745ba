import type { KeyphraseStatsRow } from '../../../shared/nlp';

/** How often one keyphrase occurs, overall and among detractors and promoters (see KeyphraseStatsRow). */
export type KeyphraseCounts = Omit<KeyphraseStatsRow, 'logOdds' | 'z'>;

/**
 * How distinctive each keyphrase is for detractors vs promoters: the log-odds ratio with an
 * informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words", eq. 16–22).
 * The prior is the corpus itself: each phrase's occurrences in every response (passives
 * included), f_w, scaled by `priorScale` (1 by default), so rare phrases are pulled toward
 * "not distinctive" instead of topping the list on two mentions:
 *
 *   α_w = priorScale · f_w,  α₀ = priorScale · n  (n: all phrase occurrences)
 *   δ_w = log((y_dw + α_w) / (n_d + α₀ − y_dw − α_w)) − log((y_pw + α_w) / (n_p + α₀ − y_pw − α_w))
 *   σ²(δ_w) ≈ 1 / (y_dw + α_w) + 1 / (y_pw + α_w),   z_w = δ_w / σ(δ_w)
 *
 * where y_dw, y_pw are the phrase's occurrences among detractors and promoters and n_d, n_p all
 * phrase occurrences in each group. Sorted by z, most detractor-leaning first.
 */
export function keyphraseStats(counts: readonly KeyphraseCounts[], priorScale = 1): KeyphraseStatsRow[] {
  const total = counts.reduce((n, c) => n + c.frequency, 0);
  const nd = counts.reduce((n, c) => n + c.detractors, 0);
  const np = counts.reduce((n, c) => n + c.promoters, 0);
  if (total === 0) return [];
  const a0 = priorScale * total;
  return counts
    .map((c) => {
      const a = priorScale * c.frequency;
      const rest = (n: number, y: number) => Math.max(n + a0 - y - a, Number.MIN_VALUE); // only 0 when one phrase is all there is
      const d = Math.log(c.detractors + a) - Math.log(rest(nd, c.detractors)) - (Math.log(c.promoters + a) - Math.log(rest(np, c.promoters)));
      const variance = 1 / (c.detractors + a) + 1 / (c.promoters + a);
      return { ...c, logOdds: d, z: d / Math.sqrt(variance) };
    })
    .sort((x, y) => y.z - x.z || y.frequency - x.frequency || (x.key < y.key ? -1 : 1));
}
