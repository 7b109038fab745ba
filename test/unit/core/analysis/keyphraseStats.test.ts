import { describe, expect, it } from 'vitest';
import { keyphraseStats, type KeyphraseCounts } from '../../../../src/main/core/analysis/keyphraseStats';

const counts = (key: string, frequency: number, detractors: number, promoters: number): KeyphraseCounts => ({
  key,
  label: key,
  frequency,
  documents: frequency,
  detractors,
  promoters,
});

describe('keyphraseStats', () => {
  it('gives the log-odds ratio with the corpus as informative Dirichlet prior, and its z-score', () => {
    const stats = keyphraseStats([
      counts('wait time', 40, 30, 2),
      counts('friendly staff', 35, 3, 28),
      counts('refund', 20, 15, 1),
      counts('app', 50, 20, 20),
      counts('price', 10, 5, 3),
    ]);
    // Reference values computed independently (Python, math.log) from Monroe et al. (2008) eq. 16–22 with α_w = f_w.
    const expected: Record<string, [number, number]> = {
      'wait time': [0.566224, 2.901037],
      'friendly staff': [-0.768966, -3.743765],
      refund: [0.484577, 1.755548],
      app: [-0.128121, -0.757975],
      price: [0.059923, 0.158137],
    };
    expect(stats.map((s) => s.key)).toEqual(['wait time', 'refund', 'price', 'app', 'friendly staff']);
    for (const s of stats) {
      expect(s.logOdds).toBeCloseTo(expected[s.key]![0], 5);
      expect(s.z).toBeCloseTo(expected[s.key]![1], 5);
    }
  });

  it('pulls a phrase seen twice toward the middle, below a frequent distinctive one', () => {
    const stats = keyphraseStats([counts('on hold', 200, 150, 10), counts('fax', 2, 2, 0), counts('great app', 300, 20, 250)]);
    expect(stats[0]!.key).toBe('on hold');
    expect(Math.abs(stats.find((s) => s.key === 'fax')!.z)).toBeLessThan(1.96);
  });

  it('handles an empty corpus and a single phrase', () => {
    expect(keyphraseStats([])).toEqual([]);
    const [only] = keyphraseStats([counts('refund', 3, 2, 1)]);
    expect(Number.isFinite(only!.z)).toBe(true);
  });
});
