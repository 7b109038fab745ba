import { describe, expect, it } from 'vitest';
import { louvainCommunities, type WeightedGraph } from '../../../../src/main/core/nlp/louvainCommunities';

/** An undirected graph from edges [a, b, weight]. */
function graph(n: number, edges: readonly (readonly [number, number, number])[]): WeightedGraph {
  const rows = Array.from({ length: n }, () => [] as [number, number][]);
  for (const [a, b, w] of edges) {
    rows[a]!.push([b, w]);
    rows[b]!.push([a, w]);
  }
  const offsets = new Int32Array(n + 1);
  rows.forEach((r, i) => (offsets[i + 1] = offsets[i]! + r.length));
  const flat = rows.flat();
  return { offsets, targets: Int32Array.from(flat, (e) => e[0]), weights: Float64Array.from(flat, (e) => e[1]) };
}

/** `count` cliques of `size` nodes, each joined to the next by one light edge. */
function cliques(count: number, size: number): WeightedGraph {
  const edges: [number, number, number][] = [];
  for (let c = 0; c < count; c += 1) {
    for (let i = 0; i < size; i += 1) for (let j = i + 1; j < size; j += 1) edges.push([c * size + i, c * size + j, 1]);
    if (c > 0) edges.push([c * size - 1, c * size, 0.1]);
  }
  return graph(count * size, edges);
}

describe('louvainCommunities', () => {
  it('finds cliques joined by light edges, numbered by first appearance', () => {
    const found = louvainCommunities(cliques(4, 5), { resolution: 1, seed: 1 });
    expect(Array.from(found)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3]);
  });

  it('merges more at a lower resolution and splits more at a higher one', () => {
    const g = cliques(8, 4);
    const count = (resolution: number) => new Set(louvainCommunities(g, { resolution, seed: 3 })).size;
    expect(count(0.05)).toBeLessThan(count(1));
    expect(count(1)).toBe(8);
    expect(count(30)).toBeGreaterThan(8);
  });

  it('is deterministic for a seed, and leaves isolated nodes alone', () => {
    const g = graph(6, [[0, 1, 1], [1, 2, 1], [3, 4, 2]]);
    const a = louvainCommunities(g, { resolution: 1, seed: 9 });
    expect(Array.from(louvainCommunities(g, { resolution: 1, seed: 9 }))).toEqual(Array.from(a));
    expect(Array.from(a)).toEqual([0, 0, 0, 1, 1, 2]);
    expect(Array.from(louvainCommunities(graph(3, []), { resolution: 1, seed: 1 }))).toEqual([0, 1, 2]);
  });
});
