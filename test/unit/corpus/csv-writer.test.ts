import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, csvRow } from '../../../scripts/corpus/csv';
import { compile, renderClean } from '../../../scripts/corpus/template';
import { Rng } from '../../../scripts/corpus/prng';

describe('csv writer', () => {
  it('quotes only fields that need it, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField(7)).toBe('7');
    expect(csvField(undefined)).toBe('');
  });

  it('round-trips awkward fields through csv-parse', () => {
    const fields = ['a,b', 'q"uote', 'multi\nline\r\nfield', 'émoji 😡', '', ' padded '];
    const text = csvRow(fields, '\r\n') + csvRow(['x', 'y', 'z', '1', '2', '3'], '\r\n');
    const rows = parse(text, { relax_column_count: false }) as string[][];
    expect(rows[0]).toEqual(fields);
    expect(rows).toHaveLength(2);
  });
});

describe('phrase templates', () => {
  it('expands alternatives, nested alternatives and slots', () => {
    const t = compile('[I |][waited|sat [on hold|in the queue]] {dur}');
    const slots = { dur: [compile('an hour'), compile('[2|3] hours')] };
    const rng = new Rng(5);
    const seen = new Set<string>();
    for (let i = 0; i < 400; i++) seen.add(renderClean(t, rng, slots));
    expect(seen.has('I waited an hour')).toBe(true);
    expect(seen.has('sat in the queue 3 hours')).toBe(true);
    for (const s of seen) expect(s).toMatch(/^(I )?(waited|sat on hold|sat in the queue) (an hour|[23] hours)$/);
  });

  it('rejects unbalanced templates', () => {
    expect(() => compile('[a|b')).toThrow();
    expect(() => compile('a]')).toThrow();
  });
});
