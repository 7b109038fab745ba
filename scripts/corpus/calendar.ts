import { Rng, Stream } from './prng';

/** Responses are spread over the six months before this fixed date, so outputs never drift. */
export const REFERENCE_DATE = Date.UTC(2026, 10, 1);
export const WINDOW_START = Date.UTC(2026, 4, 1);
/** From here on the Android app release goes bad: that segment's NPS drops. */
export const TREND_BREAK = Date.UTC(2026, 8, 1);

const DAY_MS = 86_400_000;
export const WINDOW_DAYS = Math.round((REFERENCE_DATE - WINDOW_START) / DAY_MS);

/** Sunday..Saturday: surveys go out on weekdays, weekends are quiet. */
const WEEKDAY_WEIGHT = [0.45, 1.15, 1.35, 1.2, 1.05, 0.9, 0.5];
/** UTC hour profile: the EMEA morning and the North American afternoon. */
const HOUR_WEIGHT = [
  0.5, 0.45, 0.4, 0.35, 0.3, 0.35, 0.6, 0.9, 1.3, 1.5, 1.6, 1.5, 1.4, 1.5, 1.7, 1.9, 2.0, 1.9, 1.7, 1.4, 1.1, 0.9, 0.75, 0.6,
];

export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19) + 'Z';
}

/**
 * Assigns row i a timestamp so that rows come out in time order and the daily
 * volume follows weekday seasonality, a fortnightly send wave, a gentle
 * growth trend and some day-to-day noise.
 */
export class Calendar {
  /** dayFirstRow[d] is the first row on day d; dayFirstRow[WINDOW_DAYS] = size. */
  private readonly dayFirstRow: Int32Array;
  private readonly hourCdf: number[];

  constructor(seed: number, readonly size: number) {
    const rng = Rng.of(seed, Stream.calendar);
    const weights: number[] = [];
    for (let d = 0; d < WINDOW_DAYS; d++) {
      const date = new Date(WINDOW_START + d * DAY_MS);
      const weekday = date.getUTCDay();
      const week = Math.floor(d / 7);
      let w = WEEKDAY_WEIGHT[weekday] ?? 1;
      if (week % 2 === 0 && weekday === 2) w *= 1.45;
      if (week % 2 === 0 && weekday === 3) w *= 1.2;
      w *= 0.9 + 0.2 * (d / WINDOW_DAYS);
      w *= Math.exp(0.12 * rng.normal());
      weights.push(w);
    }
    const total = weights.reduce((a, b) => a + b, 0);
    this.dayFirstRow = new Int32Array(WINDOW_DAYS + 1);
    let cum = 0;
    for (let d = 0; d < WINDOW_DAYS; d++) {
      this.dayFirstRow[d] = Math.round((size * cum) / total);
      cum += weights[d] ?? 0;
    }
    this.dayFirstRow[WINDOW_DAYS] = size;
    const hourTotal = HOUR_WEIGHT.reduce((a, b) => a + b, 0);
    this.hourCdf = [0];
    let acc = 0;
    for (const h of HOUR_WEIGHT) {
      acc += h / hourTotal;
      this.hourCdf.push(acc);
    }
  }

  /** Millisecond timestamp (whole seconds) of row i; non-decreasing in i. */
  timeOfRow(i: number, jitter: number): number {
    let lo = 0;
    let hi = WINDOW_DAYS - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.dayFirstRow[mid] ?? 0) <= i) lo = mid;
      else hi = mid - 1;
    }
    const first = this.dayFirstRow[lo] ?? 0;
    const count = Math.max(1, (this.dayFirstRow[lo + 1] ?? this.size) - first);
    const u = (i - first + jitter) / count;
    let h = 0;
    while (h < 23 && (this.hourCdf[h + 1] ?? 1) <= u) h++;
    const h0 = this.hourCdf[h] ?? 0;
    const h1 = this.hourCdf[h + 1] ?? 1;
    const within = h1 > h0 ? (u - h0) / (h1 - h0) : 0;
    const seconds = Math.min(86_399, Math.floor((h + within) * 3600));
    return WINDOW_START + lo * DAY_MS + seconds * 1000;
  }
}
