/** What an import's result reports of its rows, counted as they are read. */
export interface TallyCounts {
  /** Responses left out of NPS, by reason. */
  readonly excluded: Record<string, number>;
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
  readonly firstDate?: string;
  readonly lastDate?: string;
}

/**
 * Counts exclusions, NPS groups and the date range of the rows an import
 * writes, as it writes them, so it does not scan them again afterwards.
 */
export class ImportTally {
  private readonly excluded = new Map<string, number>();
  private promoters = 0;
  private passives = 0;
  private detractors = 0;
  private firstDate = '';
  private lastDate = '';

  add(score: number | null, excludedReason: string | null, respondedAt: string | null): void {
    if (excludedReason !== null) this.excluded.set(excludedReason, (this.excluded.get(excludedReason) ?? 0) + 1);
    else if (score !== null) {
      if (score >= 9) this.promoters += 1;
      else if (score >= 7) this.passives += 1;
      else this.detractors += 1;
    }
    if (respondedAt !== null) {
      if (this.firstDate === '' || respondedAt < this.firstDate) this.firstDate = respondedAt;
      if (respondedAt > this.lastDate) this.lastDate = respondedAt;
    }
  }

  counts(): TallyCounts {
    return {
      excluded: Object.fromEntries([...this.excluded].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
      promoters: this.promoters,
      passives: this.passives,
      detractors: this.detractors,
      ...(this.firstDate ? { firstDate: this.firstDate, lastDate: this.lastDate } : {}),
    };
  }
}
