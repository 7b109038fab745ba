import { seededRandom, shuffledIndexes } from './seededRandom';

/**
 * An undirected weighted graph in compressed rows: node i's edges are targets/weights
 * [offsets[i], offsets[i + 1]); each edge appears in both of its nodes' rows; weights > 0.
 */
export interface WeightedGraph {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
}

export interface LouvainOptions {
  /** γ in Q = Σ_ij (A_ij − γ k_i k_j / 2m) δ(c_i, c_j) / 2m: above 1 finds more, smaller communities. */
  readonly resolution: number;
  readonly seed: number;
  /** Aggregation levels at most. */
  readonly maxLevels?: number;
}

const MAX_PASSES = 32;
const EPSILON = 1e-12;

/**
 * Communities by the Louvain method (Blondel et al. 2008) with a resolution parameter: each node in
 * turn moves to the neighbouring community that raises modularity most, until none moves; then each
 * community becomes one node and the process repeats on that smaller graph. Nodes are visited in
 * an order drawn from the seed, and a node only moves on a strictly better gain, so the result is a
 * function of (graph, resolution, seed). Returns each node's community, numbered 0.. in order of
 * first appearance by node index.
 */
export function louvainCommunities(graph: WeightedGraph, options: LouvainOptions): Int32Array {
  const n0 = graph.offsets.length - 1;
  const random = seededRandom(options.seed);
  let membership = new Int32Array(n0);
  for (let i = 0; i < n0; i += 1) membership[i] = i;
  let current = graph;
  for (let level = 0; level < (options.maxLevels ?? 10); level += 1) {
    const { community, count, moved } = moveNodes(current, options.resolution, random);
    if (!moved) break;
    membership = membership.map((c) => community[c]!);
    if (count === current.offsets.length - 1) break;
    current = aggregate(current, community, count);
  }
  return renumber(membership);
}

/** One level's local moving phase: communities numbered 0..count-1. */
function moveNodes(graph: WeightedGraph, resolution: number, random: () => number): { community: Int32Array; count: number; moved: boolean } {
  const { offsets, targets, weights } = graph;
  const n = offsets.length - 1;
  const degree = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i += 1) {
    for (let e = offsets[i]!; e < offsets[i + 1]!; e += 1) degree[i]! += weights[e]!;
    total += degree[i]!;
  }
  const community = new Int32Array(n);
  for (let i = 0; i < n; i += 1) community[i] = i;
  if (total === 0) return { community, count: n, moved: false };
  const communityDegree = Float64Array.from(degree);
  const toCommunity = new Float64Array(n);
  const touched = new Int32Array(n);
  const order = shuffledIndexes(n, random);
  let moved = false;
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    let moves = 0;
    for (const i of order) {
      const own = community[i]!;
      let seen = 0;
      for (let e = offsets[i]!; e < offsets[i + 1]!; e += 1) {
        const j = targets[e]!;
        if (j === i) continue;
        const c = community[j]!;
        if (toCommunity[c] === 0) touched[seen++] = c;
        toCommunity[c]! += weights[e]!;
      }
      communityDegree[own]! -= degree[i]!;
      const scale = (resolution * degree[i]!) / total;
      let best = own;
      let bestGain = toCommunity[own]! - scale * communityDegree[own]!;
      for (let t = 0; t < seen; t += 1) {
        const c = touched[t]!;
        const gain = toCommunity[c]! - scale * communityDegree[c]!;
        if (gain > bestGain + EPSILON) {
          bestGain = gain;
          best = c;
        }
        toCommunity[c] = 0;
      }
      toCommunity[own] = 0;
      communityDegree[best]! += degree[i]!;
      if (best !== own) {
        community[i] = best;
        moves += 1;
      }
    }
    if (moves === 0) break;
    moved = true;
  }
  const renumbered = renumber(community);
  let count = 0;
  for (const c of renumbered) count = Math.max(count, c + 1);
  return { community: renumbered, count, moved };
}

/** The graph of communities: one node per community, edge weights summed (inner ones as self-loops). */
function aggregate(graph: WeightedGraph, community: Int32Array, count: number): WeightedGraph {
  const rows = Array.from({ length: count }, () => new Map<number, number>());
  const n = graph.offsets.length - 1;
  for (let i = 0; i < n; i += 1) {
    const row = rows[community[i]!]!;
    for (let e = graph.offsets[i]!; e < graph.offsets[i + 1]!; e += 1) {
      const c = community[graph.targets[e]!]!;
      row.set(c, (row.get(c) ?? 0) + graph.weights[e]!);
    }
  }
  const offsets = new Int32Array(count + 1);
  rows.forEach((row, c) => (offsets[c + 1] = offsets[c]! + row.size));
  const targets = new Int32Array(offsets[count]!);
  const weights = new Float64Array(offsets[count]!);
  rows.forEach((row, c) => {
    let e = offsets[c]!;
    for (const [target, weight] of [...row].sort((a, b) => a[0] - b[0])) {
      targets[e] = target;
      weights[e] = weight;
      e += 1;
    }
  });
  return { offsets, targets, weights };
}

function renumber(labels: Int32Array): Int32Array {
  const ids = new Map<number, number>();
  return labels.map((c) => {
    let id = ids.get(c);
    if (id === undefined) ids.set(c, (id = ids.size));
    return id;
  });
}
