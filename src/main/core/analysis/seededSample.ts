/**
 * A reproducible random sample: the same items, size and seed always give the same sample, in the
 * same order, on every machine (integer arithmetic only; no Math.random).
 */

/** Folds any safe integer (negative or above 2³²) into a 32-bit state, so nearby seeds start far apart. */
function foldSeed(seed: number): number {
  const low = seed >>> 0;
  const high = Math.floor(seed / 4294967296) >>> 0;
  let x = (low ^ Math.imul(high, 0x9e3779b1)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Numbers in [0, 1): the mulberry32 generator (32-bit state, period 2³²), enough for drawing samples. */
function mulberry32(seed: number): () => number {
  let state = foldSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `size` items drawn without replacement, uniformly at random for the seed, in the order they were
 * drawn (a partial Fisher–Yates shuffle: O(items) to copy, O(size) to draw). The same items in the
 * same order with the same seed give the same sample. `seed` is any safe integer.
 */
export function seededSample<T>(items: readonly T[], size: number, seed: number): T[] {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`a sample's seed must be a whole number, not ${seed}`);
  if (!Number.isInteger(size) || size < 0 || size > items.length) throw new RangeError(`cannot draw ${size} of ${items.length} items`);
  const pool = items.slice();
  const random = mulberry32(seed);
  for (let i = 0; i < size; i += 1) {
    const j = i + Math.floor(random() * (pool.length - i));
    const picked = pool[j]!;
    pool[j] = pool[i]!;
    pool[i] = picked;
  }
  return pool.slice(0, size);
}
