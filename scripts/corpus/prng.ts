/**
 * Deterministic pseudo-random numbers for the corpus generator.
 *
 * `mix32` is an integer avalanche (xorshift-multiply) finaliser; `Rng` walks a
 * Weyl sequence through it. Every stream is derived from a seed plus a few
 * integer keys, so any row can be regenerated on its own without replaying
 * the rows before it. No Math.random anywhere.
 */

import { mix32 } from '../../src/main/core/nlp/seededRandom';

export { mix32 };

/** Folds a seed and integer keys into one 32-bit stream key. */
export function hashKeys(seed: number, ...keys: number[]): number {
  let h = mix32((seed ^ 0x5bd1e995) >>> 0);
  for (const k of keys) h = mix32((h ^ mix32((k >>> 0) + 0x9e3779b9)) >>> 0);
  return h;
}

/** Named sub-streams, so adding a draw to one part never shifts another. */
export const Stream = {
  customer: 1,
  rowCustomer: 2,
  rowScore: 3,
  rowThemes: 4,
  rowText: 5,
  rowMeta: 6,
  calendar: 7,
  tickets: 8,
  ticketDetail: 9,
  responseId: 10,
} as const;

export class Rng {
  private state: number;

  constructor(key: number) {
    this.state = key >>> 0;
  }

  static of(seed: number, ...keys: number[]): Rng {
    return new Rng(hashKeys(seed, ...keys));
  }

  /** Uniform 32-bit unsigned integer. */
  u32(): number {
    this.state = (this.state + 0x9e3779b9) >>> 0;
    return mix32(this.state);
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.u32() / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** Uniform integer in [lo, hi] inclusive. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** Index drawn with probability proportional to its weight. */
  weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let u = this.float() * total;
    for (let i = 0; i < weights.length; i++) {
      u -= weights[i] ?? 0;
      if (u < 0) return i;
    }
    return weights.length - 1;
  }

  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const i = this.weightedIndex(items.map((e) => e[1]));
    const entry = items[i];
    if (entry === undefined) throw new Error('weighted pick from an empty list');
    return entry[0];
  }

  /** Standard normal (Box-Muller). */
  normal(): number {
    const u = 1 - this.float();
    const v = this.float();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal with the given median and shape (sigma of the underlying normal). */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  exponential(mean: number): number {
    return -mean * Math.log(1 - this.float());
  }

  poisson(lambda: number): number {
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = this.float();
    while (p > limit && k < 50) {
      k++;
      p *= this.float();
    }
    return k;
  }
}
