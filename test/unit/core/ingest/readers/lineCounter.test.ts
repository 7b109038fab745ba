import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter } from '../../../../../src/main/core/ingest/readers/lineCounter';

/** Line and column of `offset` counted the slow, obvious way over the whole text. */
function reference(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i += 1) {
    const c = text[i];
    if (c === '\r' || (c === '\n' && text[i - 1] !== '\r')) line += 1;
    if (c === '\r' || c === '\n') lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

describe('LineCounter', () => {
  it('counts CR, LF and CRLF as one line break each', () => {
    const lines = new LineCounter();
    lines.append('a\nb\r\nc\rd');
    expect(lines.position(2)).toEqual({ line: 2, column: 1 });
    expect(lines.position(5)).toEqual({ line: 3, column: 1 });
    expect(lines.position(7)).toEqual({ line: 4, column: 1 });
  });

  it('agrees with a plain count for any text, any chunking and any increasing offsets', () => {
    const text = fc.array(fc.constantFrom('a', 'é', ',', '\n', '\r', '\r\n', '"'), { maxLength: 200 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 10 }), (s, cuts, offsets) => {
        const lines = new LineCounter();
        const at = [...new Set(cuts.map((c) => c % (s.length + 1)))].sort((a, b) => a - b);
        let from = 0;
        for (const cut of [...at, s.length]) {
          lines.append(s.slice(from, cut));
          from = cut;
        }
        for (const offset of offsets.map((o) => o % (s.length + 1)).sort((a, b) => a - b)) {
          expect(lines.position(offset)).toEqual(reference(s, offset));
        }
      }),
      { numRuns: 500 },
    );
  });
});
