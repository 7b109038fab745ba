import { describe, expect, it } from 'vitest';
import { fromFirstHit, highlightText, searchTerms } from '../../src/renderer/src/contrib/coding/highlight';

describe('search and keyphrase highlighting', () => {
  it('reads the words a full-text expression looks for, leaving out operators and what NOT excludes', () => {
    expect(searchTerms('refund')).toEqual([{ word: 'refund', prefix: false }]);
    expect(searchTerms('"on hold" OR wait* NOT price')).toEqual([
      { word: 'on', prefix: false },
      { word: 'hold', prefix: false },
      { word: 'wait', prefix: true },
    ]);
    expect(searchTerms('(Café AND text:slow) NEAR(a b)')).toEqual([
      { word: 'cafe', prefix: false },
      { word: 'slow', prefix: false },
      { word: 'a', prefix: false },
      { word: 'b', prefix: false },
    ]);
    expect(searchTerms(undefined)).toEqual([]);
  });

  it('marks whole words (any case and accent) and prefixes, and keyphrases by their offsets', () => {
    const text = 'Waited for the REFUND; refunds café waiting';
    const pieces = highlightText(text, searchTerms('refund wait* cafe'), [{ start: 15, end: 21, label: 'refund' }]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.hit).map((p) => p.text)).toEqual(['Waited', 'REFUND', 'café', 'waiting']);
    expect(pieces.filter((p) => p.keyphrase).map((p) => [p.text, p.hit])).toEqual([['REFUND', true]]);
    // "refunds" is another word for the index: only refund* would match it.
    expect(pieces.find((p) => p.text.includes('refunds'))?.hit).toBe(false);
  });

  it('marks coded excerpts by their offsets, in one piece each', () => {
    const pieces = highlightText('Still waiting for the refund!', searchTerms('waiting'), [], [{ start: 6, end: 17, label: 'Waits', color: '#ff0000' }]);
    expect(pieces.map((p) => [p.text, p.hit, p.excerpt?.label])).toEqual([
      ['Still ', false, undefined],
      ['waiting', true, 'Waits'],
      [' for', false, 'Waits'],
      [' the refund!', false, undefined],
    ]);
  });

  it('returns the text whole when there is nothing to mark', () => {
    expect(highlightText('Plain text', [], [])).toEqual([{ text: 'Plain text', hit: false }]);
    expect(highlightText('', [], [])).toEqual([]);
  });
});

describe('bringing a late search hit into a clamped cell', () => {
  it('starts at a word boundary about 30 characters before the first hit, after an ellipsis', () => {
    const text = `${'Lots of words about the product before '.repeat(3)}the refund finally came.`;
    const pieces = fromFirstHit(highlightText(text, searchTerms('refund'), []), 60);
    const shown = pieces.map((p) => p.text).join('');
    expect(shown.startsWith('… ')).toBe(true);
    expect(shown.endsWith('the refund finally came.')).toBe(true);
    expect(text.endsWith(shown.slice(2))).toBe(true);
    expect(shown.length).toBeLessThan(70);
    expect(pieces.filter((p) => p.hit).map((p) => p.text)).toEqual(['refund']);
  });

  it('leaves the text whole when the hit is near the start or there is none', () => {
    const early = highlightText('The refund came late', searchTerms('refund'), []);
    expect(fromFirstHit(early, 60)).toEqual(early);
    const none = highlightText('x '.repeat(100), searchTerms('refund'), []);
    expect(fromFirstHit(none, 60)).toEqual(none);
  });
});
