/** Deterministic pseudo-random numbers and hashes for the clustering code (no Math.random anywhere). */

/** A 32-bit integer avalanche (xorshift-multiply): close inputs give unrelated outputs. */
export function mix32(x: number): number {
  x = (x ^ (x >>> 16)) >>> 0;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Numbers in [0, 1) from a seed: a Weyl sequence through mix32. */
export function seededRandom(seed: number): () => number {
  let state = mix32((seed >>> 0) ^ 0x9e3779b9);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    return mix32(state) / 4294967296;
  };
}

/** FNV-1a over a string's UTF-16 code units, finished with mix32. */
export function hashString(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h >>> 0);
}

/** Fisher–Yates shuffle of 0..n-1 in the order `random` dictates. */
export function shuffledIndexes(n: number, random: () => number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i += 1) order[i] = i;
  for (let i = n - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}
