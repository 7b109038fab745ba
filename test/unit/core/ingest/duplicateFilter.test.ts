import { describe, expect, it } from 'vitest';
import { DuplicateFilter } from '../../../../src/main/core/ingest/duplicateFilter';

describe('DuplicateFilter', () => {
  it('says no for 200,000 distinct ids (growing its table) and yes once one repeats', () => {
    const filter = new DuplicateFilter();
    for (let i = 0; i < 200_000; i += 1) filter.add(`R_${i.toString(36)}x${(i * 7919) % 1000}`);
    expect(filter.mayHaveDuplicates).toBe(false);
    filter.add('R_0x0');
    expect(filter.mayHaveDuplicates).toBe(true);
  });
});
