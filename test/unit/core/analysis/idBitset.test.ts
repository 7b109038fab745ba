import { describe, expect, it } from 'vitest';
import { IdBitset } from '../../../../src/main/core/analysis/idBitset';

describe('IdBitset', () => {
  const ids = [0, 1, 31, 32, 33, 63, 64, 100, 999, 1000];

  it('holds ids up to its size, counts them and lists them in order from an offset', () => {
    const set = IdBitset.of(1000, [...ids].reverse());
    expect(set.count()).toBe(ids.length);
    expect(ids.every((id) => set.has(id))).toBe(true);
    expect(set.has(2) || set.has(65) || set.has(1001) || set.has(-1)).toBe(false);
    expect(set.slice(0, 100)).toEqual(ids);
    for (let offset = 0; offset <= ids.length; offset += 1) {
      for (const limit of [1, 3, 20]) expect(set.slice(offset, limit)).toEqual(ids.slice(offset, offset + limit));
    }
    expect(() => set.add(1001)).toThrow(RangeError);
  });

  it('intersects with others and without the excluded ones, leaving itself unchanged', () => {
    const a = IdBitset.of(1000, ids);
    const b = IdBitset.of(1000, [1, 32, 33, 100, 500, 1000]);
    const not = IdBitset.of(1000, [33]);
    expect(a.intersect([b], [not]).slice(0, 100)).toEqual([1, 32, 100, 1000]);
    expect(a.intersect([], [b]).slice(0, 100)).toEqual([0, 31, 63, 64, 999]);
    expect(a.count()).toBe(ids.length);
    a.set(31, false);
    a.set(500, true);
    expect(a.slice(0, 100)).toEqual([0, 1, 32, 33, 63, 64, 100, 500, 999, 1000]);
  });

  it('writes one byte per id for SQL to test', () => {
    const bytes = IdBitset.of(40, [0, 5, 31, 32, 40]).toBytes();
    expect(bytes.length).toBe(41);
    expect([...bytes.keys()].filter((i) => bytes[i] === 1)).toEqual([0, 5, 31, 32, 40]);
    expect([...bytes].filter((b) => b !== 0 && b !== 1)).toEqual([]);
  });

  it('lists the ids one set has and another lacks', () => {
    const a = IdBitset.of(1000, ids);
    const b = IdBitset.of(1000, [1, 32, 33, 100, 500, 1000]);
    expect(a.minus(b)).toEqual([0, 31, 63, 64, 999]);
    expect(b.minus(a)).toEqual([500]);
    expect(a.minus(a)).toEqual([]);
    expect(a.minus(new IdBitset(1000))).toEqual(ids);
  });
});
