import { describe, expect, it } from 'vitest';
import { generateSurvey } from '../../../scripts/corpus/index';
import { Rng, hashKeys } from '../../../scripts/corpus/prng';
import { Collector, generateAll } from './collect';

describe('corpus generator determinism', () => {
  it('writes the same bytes twice for the same seed', async () => {
    const a = await generateAll(400, 7);
    const b = await generateAll(400, 7);
    expect(a.survey.buffer.equals(b.survey.buffer)).toBe(true);
    expect(a.labels.buffer.equals(b.labels.buffer)).toBe(true);
    expect(a.tickets.buffer.equals(b.tickets.buffer)).toBe(true);
    expect(a.history.buffer.equals(b.history.buffer)).toBe(true);
  });

  it('writes different bytes for another seed', async () => {
    const a = await generateAll(400, 7);
    const b = await generateAll(400, 8);
    expect(a.survey.buffer.equals(b.survey.buffer)).toBe(false);
    expect(a.tickets.buffer.equals(b.tickets.buffer)).toBe(false);
  });

  it('gives the same first rows whatever the size (rows are a function of seed and index)', async () => {
    const small = new Collector();
    const large = new Collector();
    await generateSurvey({ size: 50, seed: 3, out: small });
    await generateSurvey({ size: 80, seed: 3, out: large });
    const ids = (text: string) => text.split('\r\n').slice(1, 6).map((l) => l.split(',')[0]);
    expect(ids(small.text)).toEqual(ids(large.text));
  });

  it('waits for drain on a slow destination and still writes everything', async () => {
    const fast = new Collector();
    const slow = new Collector(1, 1024);
    await generateSurvey({ size: 300, seed: 11, out: fast });
    await generateSurvey({ size: 300, seed: 11, out: slow });
    expect(slow.buffer.equals(fast.buffer)).toBe(true);
  });

  it('has a seeded PRNG that repeats and stays in range', () => {
    const a = Rng.of(1, 2, 3);
    const b = Rng.of(1, 2, 3);
    const xs = Array.from({ length: 1000 }, () => a.float());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b.float()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
    expect(hashKeys(1, 2)).not.toBe(hashKeys(1, 3));
  });
});
