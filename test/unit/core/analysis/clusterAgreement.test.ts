import { describe, expect, it } from 'vitest';
import { adjustedRandIndex, normalizedMutualInfo } from '../../../../src/main/core/analysis/clusterAgreement';

const labels = (s: string) => s.split('');

describe('cluster agreement', () => {
  it("matches scikit-learn's user-guide example (ARI 0.2424…, NMI 0.5158…)", () => {
    const truth = labels('000111');
    const found = labels('001122');
    expect(adjustedRandIndex(truth, found)).toBeCloseTo(0.24242424242424246, 12);
    expect(normalizedMutualInfo(truth, found)).toBeCloseTo(0.5158037429793888, 12);
  });

  it('matches values computed independently (Python, textbook formulas) on uneven partitions', () => {
    expect(adjustedRandIndex(labels('aaabbbcccc'), labels('aabbbccccx'))).toBeCloseTo(0.28, 10);
    expect(normalizedMutualInfo(labels('aaabbbcccc'), labels('aabbbccccx'))).toBeCloseTo(0.5682410329, 9);
    expect(adjustedRandIndex(labels('xxyyzzzw'), labels('11122333'))).toBeCloseTo(0.1578947368, 9);
    expect(normalizedMutualInfo(labels('xxyyzzzw'), labels('11122333'))).toBeCloseTo(0.5577965291, 9);
  });

  it('is 1 for the same partition under other names, and does not depend on the order of arguments', () => {
    expect(adjustedRandIndex(labels('aabbc'), labels('xxyyz'))).toBe(1);
    expect(normalizedMutualInfo(labels('aabbc'), labels('xxyyz'))).toBeCloseTo(1, 12);
    expect(adjustedRandIndex(labels('aabbbc'), labels('abcabc'))).toBeCloseTo(adjustedRandIndex(labels('abcabc'), labels('aabbbc')), 12);
  });
});
