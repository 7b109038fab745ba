import { describe, expect, it } from 'vitest';
import { cohensKappa, krippendorffAlphaNominal } from '../../../../src/main/core/analysis/agreement';

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section A: two observers, binary data.
const A = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
const B = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];

describe('agreement', () => {
  it("reproduces Krippendorff's published α: 0.095 for two observers on binary data", () => {
    expect(krippendorffAlphaNominal(A.map((a, i) => [a, B[i]!]))).toBeCloseTo(0.0952380952, 9);
  });

  it("reproduces Krippendorff's published α: 0.743 for four observers, nominal values, missing data", () => {
    const _ = undefined;
    const observers = [
      [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
      [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
    ];
    const units = Array.from({ length: 12 }, (_unused, u) => observers.map((o) => o[u]).filter((v): v is number => v !== undefined));
    expect(krippendorffAlphaNominal(units)).toBeCloseTo(0.7434210526, 9);
  });

  it("gives Cohen's κ and the share agreed as computed independently (Python, textbook formula)", () => {
    expect(cohensKappa(A, B)).toEqual({ kappa: expect.closeTo(0.0909090909, 9) as number, agreement: 0.6, items: 10 });
    const a = [1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 1, 1, 0, 1, 0];
    const b = [1, 1, 1, 0, 1, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 1, 0, 1, 1];
    expect(cohensKappa(a, b).kappa).toBeCloseTo(0.595959596, 9);
    expect(cohensKappa(a, b).agreement).toBe(0.8);
    expect(krippendorffAlphaNominal(a.map((x, i) => [x, b[i]!]))).toBeCloseTo(0.6060606061, 9);
  });

  it('handles perfect agreement and no data', () => {
    expect(cohensKappa([true, false, true], [true, false, true]).kappa).toBe(1);
    expect(cohensKappa([true, true], [true, true]).kappa).toBe(1);
    expect(krippendorffAlphaNominal([[1, 1], [2, 2]])).toBe(1);
    expect(Number.isNaN(cohensKappa([], []).kappa)).toBe(true);
    expect(Number.isNaN(krippendorffAlphaNominal([[1]]))).toBe(true);
  });
});
