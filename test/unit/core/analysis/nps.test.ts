import { describe, expect, it } from 'vitest';
import { countScores, summariseNps } from '../../../../src/main/core/analysis/nps';

describe('NPS', () => {
  it('computes NPS and the 95% interval by the formula of DESIGN.md section 4', () => {
    // 50 promoters, 30 passives, 20 detractors: p = .5, d = .2, var = (.7 - .09) / 100 = .0061
    const s = summariseNps({ n: 100, promoters: 50, passives: 30, detractors: 20 });
    expect(s.nps).toBeCloseTo(30, 10);
    expect(s.ci95?.[0]).toBeCloseTo(30 - 196 * Math.sqrt(0.0061), 10);
    expect(s.ci95?.[1]).toBeCloseTo(30 + 15.3078, 3);
    expect(s.smallBase).toBe(false);
  });

  it('clips the interval to [-100, 100] and flags a small base', () => {
    const s = summariseNps({ n: 5, promoters: 5, passives: 0, detractors: 0 });
    expect(s.nps).toBe(100);
    expect(s.ci95).toEqual([100, 100]);
    expect(summariseNps({ n: 10, promoters: 9, passives: 0, detractors: 1 }).ci95?.[1]).toBe(100);
    expect(s.smallBase).toBe(true);
  });

  it('has no NPS without responses', () => {
    expect(summariseNps({ n: 0, promoters: 0, passives: 0, detractors: 0 })).toEqual({ n: 0, promoters: 0, passives: 0, detractors: 0, smallBase: true });
  });

  it('groups 9-10 as promoters, 7-8 passives, 0-6 detractors', () => {
    expect(countScores([0, 6, 7, 8, 9, 10])).toEqual({ n: 6, promoters: 2, passives: 2, detractors: 2 });
  });
});
