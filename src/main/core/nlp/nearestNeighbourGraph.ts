import type { WeightedGraph } from './louvainCommunities';
import type { DocFeatures } from './themeFeatureSpace';

/**
 * The k-nearest-neighbour graph of a set of verbatims under a weighted sum of the embedding cosine
 * and the TF-IDF cosine. Each verbatim links to its k most similar others (positive similarity
 * only); the graph is made undirected by adding the two directions, so mutual neighbours weigh
 * double. Cost: O(n² · dimensions) for the embeddings (n is a sample of a few thousand), the
 * TF-IDF part through an inverted index. Ties are broken by the lower index (deterministic).
 */
export function nearestNeighbourGraph(points: readonly DocFeatures[], k: number, denseWeight: number, sparseWeight: number): WeightedGraph {
  const n = points.length;
  const dimensions = points.find((p) => p.dense)?.dense?.length ?? 0;
  const dense = new Float32Array(n * dimensions);
  const hasDense = new Uint8Array(n);
  points.forEach((p, i) => {
    if (p.dense && dimensions) {
      dense.set(p.dense, i * dimensions);
      hasDense[i] = 1;
    }
  });
  const postings = new Map<number, { doc: number[]; value: number[] }>();
  points.forEach((p, i) => {
    p.ids.forEach((id, t) => {
      let list = postings.get(id);
      if (!list) postings.set(id, (list = { doc: [], value: [] }));
      list.doc.push(i);
      list.value.push(p.values[t]!);
    });
  });

  const rows = Array.from({ length: n }, () => new Map<number, number>());
  const scores = new Float64Array(n);
  const bestIndex = new Int32Array(k);
  const bestScore = new Float64Array(k);
  for (let i = 0; i < n && k > 0; i += 1) {
    scores.fill(0);
    if (hasDense[i] && denseWeight > 0) {
      const base = i * dimensions;
      for (let j = 0; j < n; j += 1) {
        if (!hasDense[j]) continue;
        let s = 0;
        const other = j * dimensions;
        for (let d = 0; d < dimensions; d += 1) s += dense[base + d]! * dense[other + d]!;
        scores[j] = denseWeight * s;
      }
    }
    const p = points[i]!;
    if (sparseWeight > 0) {
      p.ids.forEach((id, t) => {
        const list = postings.get(id)!;
        const w = sparseWeight * p.values[t]!;
        for (let x = 0; x < list.doc.length; x += 1) scores[list.doc[x]!]! += w * list.value[x]!;
      });
    }
    // The k best others, kept sorted (score descending, index ascending).
    let size = 0;
    for (let j = 0; j < n; j += 1) {
      const s = scores[j]!;
      if (j === i || s <= 0 || (size === k && s <= bestScore[k - 1]!)) continue;
      let at = size < k ? size++ : k - 1;
      while (at > 0 && bestScore[at - 1]! < s) {
        bestScore[at] = bestScore[at - 1]!;
        bestIndex[at] = bestIndex[at - 1]!;
        at -= 1;
      }
      bestScore[at] = s;
      bestIndex[at] = j;
    }
    for (let t = 0; t < size; t += 1) {
      const j = bestIndex[t]!;
      const w = bestScore[t]!;
      rows[i]!.set(j, (rows[i]!.get(j) ?? 0) + w);
      rows[j]!.set(i, (rows[j]!.get(i) ?? 0) + w);
    }
  }

  const offsets = new Int32Array(n + 1);
  rows.forEach((row, i) => (offsets[i + 1] = offsets[i]! + row.size));
  const targets = new Int32Array(offsets[n]!);
  const weights = new Float64Array(offsets[n]!);
  rows.forEach((row, i) => {
    let e = offsets[i]!;
    for (const [j, w] of [...row].sort((a, b) => a[0] - b[0])) {
      targets[e] = j;
      weights[e] = w;
      e += 1;
    }
  });
  return { offsets, targets, weights };
}
