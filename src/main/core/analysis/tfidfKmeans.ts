import { seededRandom } from '../nlp/seededRandom';

/**
 * The baseline theme suggestions are measured against (bench/figures/theme-discovery-quality.ts):
 * k-means on TF-IDF vectors of the verbatims' lemmas, with k given (the number of known themes,
 * which suggestThemes is not told). Lemmas lose their negation mark and are lower-cased; a lemma in
 * one verbatim only is dropped; weights are (1 + ln tf) · ln(N / df), each vector unit length.
 * Centres start by k-means++ (Arthur & Vassilvitskii 2007) drawn from the seed, then Lloyd's
 * iterations run until no verbatim moves (at most `maxIterations`). As scikit-learn's KMeans does
 * by default, it runs `restarts` times (seeds drawn from `seed`) and keeps the run with the least
 * inertia. Returns each verbatim's cluster (0..k-1; an empty verbatim goes to the nearest centre
 * like any other). Deterministic for a seed.
 */
export function tfidfKmeans(docs: readonly { readonly lemmas: readonly string[] }[], k: number, options: { seed?: number; restarts?: number; maxIterations?: number } = {}): Int32Array {
  const n = docs.length;
  if (n === 0 || k <= 1) return new Int32Array(n);
  const terms = docs.map((d) => d.lemmas.map((l) => (l.startsWith('!') ? l.slice(1) : l).toLowerCase()).filter((l) => l !== ''));
  const df = new Map<string, number>();
  for (const t of terms) for (const w of new Set(t)) df.set(w, (df.get(w) ?? 0) + 1);
  const vocabulary = new Map<string, number>();
  const idf: number[] = [];
  for (const [w, c] of [...df].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (c < 2) continue;
    vocabulary.set(w, vocabulary.size);
    idf.push(Math.log(n / c));
  }
  const dims = vocabulary.size;
  const vectors = terms.map((t) => {
    const tf = new Map<number, number>();
    for (const w of t) {
      const id = vocabulary.get(w);
      if (id !== undefined) tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    const entries = [...tf].map(([id, c]): [number, number] => [id, (1 + Math.log(c)) * idf[id]!]);
    const norm = Math.sqrt(entries.reduce((s, [, x]) => s + x * x, 0)) || 1;
    return { ids: entries.map((e) => e[0]), values: entries.map((e) => e[1] / norm) };
  });
  const random = seededRandom(options.seed ?? 1);
  let best: Int32Array = new Int32Array(n);
  let bestInertia = Infinity;
  for (let run = 0; run < (options.restarts ?? 10); run += 1) {
    const { assignment, inertia } = lloyd(vectors, dims, Math.min(k, n), seededRandom(Math.floor(random() * 2 ** 31)), options.maxIterations ?? 100);
    if (inertia < bestInertia) {
      bestInertia = inertia;
      best = assignment;
    }
  }
  return best;
}

type Sparse = { readonly ids: readonly number[]; readonly values: readonly number[] };

function lloyd(vectors: readonly Sparse[], dims: number, clusters: number, random: () => number, maxIterations: number): { assignment: Int32Array; inertia: number } {
  const n = vectors.length;
  const assignment = new Int32Array(n);
  const centres = Array.from({ length: clusters }, () => new Float64Array(dims));
  const centreNorms = new Float64Array(clusters);
  const distance = (i: number, c: number) => {
    const v = vectors[i]!;
    let dot = 0;
    for (let t = 0; t < v.ids.length; t += 1) dot += v.values[t]! * centres[c]![v.ids[t]!]!;
    const self = v.ids.length ? 1 : 0;
    return Math.max(0, self + centreNorms[c]! - 2 * dot);
  };
  const setCentre = (c: number, i: number) => {
    centres[c]!.fill(0);
    const v = vectors[i]!;
    v.ids.forEach((id, t) => (centres[c]![id] = v.values[t]!));
    centreNorms[c] = v.ids.length ? 1 : 0;
  };

  // k-means++: the first centre uniformly, each next one with probability ∝ squared distance.
  setCentre(0, Math.floor(random() * n));
  const nearest = new Float64Array(n).fill(Infinity);
  for (let c = 1; c < clusters; c += 1) {
    let total = 0;
    for (let i = 0; i < n; i += 1) {
      nearest[i] = Math.min(nearest[i]!, distance(i, c - 1));
      total += nearest[i]!;
    }
    let pick = n - 1;
    let x = random() * total;
    for (let i = 0; i < n; i += 1) {
      x -= nearest[i]!;
      if (x < 0) {
        pick = i;
        break;
      }
    }
    setCentre(c, total > 0 ? pick : Math.floor(random() * n));
  }

  assignment.fill(-1);
  let inertia = 0;
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    let moved = 0;
    inertia = 0;
    for (let i = 0; i < n; i += 1) {
      let best = 0;
      let bestDistance = Infinity;
      for (let c = 0; c < clusters; c += 1) {
        const d = distance(i, c);
        if (d < bestDistance) {
          bestDistance = d;
          best = c;
        }
      }
      inertia += bestDistance;
      if (assignment[i] !== best) {
        assignment[i] = best;
        moved += 1;
      }
    }
    if (moved === 0) break;
    const sizes = new Int32Array(clusters);
    for (const c of centres) c.fill(0);
    vectors.forEach((v, i) => {
      const c = assignment[i]!;
      sizes[c]! += 1;
      v.ids.forEach((id, t) => (centres[c]![id]! += v.values[t]!));
    });
    for (let c = 0; c < clusters; c += 1) {
      let s = 0;
      for (let d = 0; d < dims; d += 1) {
        if (sizes[c]! > 0) centres[c]![d]! /= sizes[c]!;
        s += centres[c]![d]! ** 2;
      }
      centreNorms[c] = s;
    }
  }
  return { assignment, inertia };
}
