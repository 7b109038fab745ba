import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from '../../../../src/main/core/analysis/clusterAgreement';
import { tfidfKmeans } from '../../../../src/main/core/analysis/tfidfKmeans';

const docs = [
  ['refund', 'charge', 'card'], ['refund', 'late'], ['charge', 'twice', 'card'], ['refund', 'charge'],
  ['app', 'crash'], ['app', 'crash', 'login'], ['login', 'fail', 'app'], ['crash', 'login'],
  ['parcel', 'late', 'courier'], ['courier', 'lose', 'parcel'], ['parcel', 'delivery'], ['delivery', 'courier'],
].map((lemmas) => ({ lemmas }));
const labels = ['b', 'b', 'b', 'b', 'a', 'a', 'a', 'a', 'd', 'd', 'd', 'd'];

describe('tfidfKmeans', () => {
  it('separates verbatims that share words, k given', () => {
    const found = tfidfKmeans(docs, 3, { seed: 1 });
    expect(adjustedRandIndex(Array.from(found, String), labels)).toBe(1);
  });

  it('is deterministic for a seed and copes with degenerate input', () => {
    expect(Array.from(tfidfKmeans(docs, 3, { seed: 5 }))).toEqual(Array.from(tfidfKmeans(docs, 3, { seed: 5 })));
    expect(Array.from(tfidfKmeans([], 3))).toEqual([]);
    expect(Array.from(tfidfKmeans(docs, 1))).toEqual(new Array(12).fill(0));
    const found = tfidfKmeans([{ lemmas: [] }, { lemmas: ['x'] }, { lemmas: ['!x', 'y'] }], 5);
    expect(found).toHaveLength(3);
    for (const c of found) expect(c).toBeGreaterThanOrEqual(0);
  });
});
