import type { TextSpan } from '../../../../shared/coding';

/** A piece of a verbatim's text and how it is marked. */
export interface TextPiece {
  readonly text: string;
  /** A word the search matched. */
  readonly hit: boolean;
  /** The keyphrase this piece belongs to, if any. */
  readonly keyphrase?: string;
  /** The coded excerpt this piece belongs to (its theme's name and colour), if any. */
  readonly excerpt?: { readonly label: string; readonly color: string };
}

/** Folds case and diacritics as the full-text index does (unicode61, remove_diacritics 2). */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/**
 * The words a full-text expression looks for, as { word, prefix }: terms and "phrases" (each of
 * their words), prefix* terms; AND / OR / NOT / NEAR, column filters and words after NOT are left out.
 */
export function searchTerms(query: string | undefined): { word: string; prefix: boolean }[] {
  if (!query) return [];
  const terms: { word: string; prefix: boolean }[] = [];
  const tokens = query.match(/"[^"]*"|[^\s()"]+/g) ?? [];
  let negated = false;
  for (const token of tokens) {
    if (token === 'NOT') {
      negated = true;
      continue;
    }
    if (token === 'AND' || token === 'OR' || token.startsWith('NEAR')) continue;
    const skip = negated;
    negated = false;
    if (skip) continue;
    const phrase = token.startsWith('"');
    const body = phrase ? token.slice(1, -1) : token.replace(/^[\w-]+:/, '');
    const prefix = !phrase && body.endsWith('*');
    const words = fold(body.replace(/\*$/, '')).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    words.forEach((word, i) => terms.push({ word, prefix: prefix && i === words.length - 1 }));
  }
  return terms;
}

/**
 * Splits a verbatim's text into pieces marked as search hits (whole words, or word starts for
 * prefix* terms) and keyphrases (by their character offsets). Plain data: the cell renders it as
 * React elements, never as HTML.
 */
export function highlightText(
  text: string,
  terms: readonly { word: string; prefix: boolean }[],
  keyphrases: readonly TextSpan[],
  excerpts: readonly (TextSpan & { readonly color: string })[] = [],
): TextPiece[] {
  const hit = new Uint8Array(text.length);
  if (terms.length > 0) {
    for (const match of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
      const word = fold(match[0]);
      if (terms.some((t) => (t.prefix ? word.startsWith(t.word) : word === t.word))) hit.fill(1, match.index, match.index + match[0].length);
    }
  }
  const phraseAt: (string | undefined)[] = new Array<string | undefined>(text.length);
  for (const k of keyphrases) for (let i = Math.max(0, k.start); i < Math.min(text.length, k.end); i += 1) phraseAt[i] = k.label;
  const excerptAt: ({ label: string; color: string } | undefined)[] = new Array<{ label: string; color: string } | undefined>(text.length);
  for (const e of excerpts) {
    // One object per excerpt: pieces split where the excerpt changes, not at every character.
    const mark = { label: e.label, color: e.color };
    for (let i = Math.max(0, e.start); i < Math.min(text.length, e.end); i += 1) excerptAt[i] ??= mark;
  }
  const pieces: TextPiece[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i += 1) {
    if (i === text.length || hit[i] !== hit[start] || phraseAt[i] !== phraseAt[start] || excerptAt[i] !== excerptAt[start]) {
      const keyphrase = phraseAt[start];
      const excerpt = excerptAt[start];
      pieces.push({ text: text.slice(start, i), hit: hit[start] === 1, ...(keyphrase ? { keyphrase } : {}), ...(excerpt ? { excerpt } : {}) });
      start = i;
    }
  }
  return pieces;
}

/**
 * The pieces from a word boundary about 30 characters before the first search hit, led by "… ",
 * when that hit starts later than `after` characters in (a clamped cell would hide it).
 */
export function fromFirstHit(pieces: readonly TextPiece[], after: number): TextPiece[] {
  let offset = 0;
  const first = pieces.findIndex((p) => {
    if (p.hit) return true;
    offset += p.text.length;
    return false;
  });
  if (first < 0 || offset <= after) return [...pieces];
  const text = pieces.map((p) => p.text).join('');
  const from = Math.max(0, text.lastIndexOf(' ', offset - 30) + 1);
  const out: TextPiece[] = [{ text: '… ', hit: false }];
  let at = 0;
  for (const piece of pieces) {
    const end = at + piece.text.length;
    if (end > from) out.push(at >= from ? piece : { ...piece, text: piece.text.slice(from - at) });
    at = end;
  }
  return out;
}
