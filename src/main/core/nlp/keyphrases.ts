import { porterStem as stem } from './porterStem';

type Tag = string;

/**
 * Part-of-speech patterns of a keyphrase: noun-phrase chunks ("customer service", "mobile app",
 * "long hold times") and the verb phrases complaints are made of ("got charged twice", "keeps
 * crashing", "cancel subscription"). Each is a sequence of allowed tags per token.
 */
const PATTERNS: readonly (readonly ReadonlySet<Tag>[])[] = [
  ['ADJ|NOUN|PROPN', 'ADJ|NOUN|PROPN', 'NOUN'],
  ['ADJ|NOUN|PROPN', 'NOUN'],
  ['NOUN'],
  ['VERB', 'VERB', 'ADV'],
  ['VERB', 'ADV'],
  ['VERB', 'VERB'],
  ['VERB', 'NOUN'],
  ['VERB', 'ADP', 'NOUN'],
].map((pattern) => pattern.map((tags) => new Set(tags.split('|'))));

/** Each tag a pattern allows, as one bit; a tag no pattern allows has none. */
const TAG_BITS = new Map<Tag, number>();
for (const pattern of PATTERNS) for (const allowed of pattern) for (const tag of allowed) if (!TAG_BITS.has(tag)) TAG_BITS.set(tag, 1 << TAG_BITS.size);

/** The patterns as bit masks of their allowed tags, with their lengths. */
const PATTERN_MASKS: readonly Int32Array[] = PATTERNS.map((pattern) =>
  Int32Array.from(pattern, (allowed) => [...allowed].reduce((mask, tag) => mask | TAG_BITS.get(tag)!, 0)),
);

/**
 * The keyphrase spans of a sentence's part-of-speech tags, left to right, the longest pattern
 * at each place, without overlaps: [first, last] token indexes.
 */
export function matchKeyphrases(tags: readonly Tag[]): [number, number][] {
  const n = tags.length;
  // Pattern matching on bits: a token matches a pattern's place when its tag's bit is in the place's mask.
  const bits = new Int32Array(n);
  for (let i = 0; i < n; i += 1) bits[i] = TAG_BITS.get(tags[i]!) ?? 0;
  const spans: [number, number][] = [];
  for (let i = 0; i < n; ) {
    let best = 0;
    if (bits[i] !== 0) {
      for (const mask of PATTERN_MASKS) {
        const length = mask.length;
        if (length <= best || i + length > n) continue;
        let k = 0;
        while (k < length && (bits[i + k]! & mask[k]!) !== 0) k += 1;
        if (k === length) best = length;
      }
    }
    if (best > 0) {
      spans.push([i, i + best - 1]);
      i += best;
    } else {
      i += 1;
    }
  }
  return spans;
}

/** Verbs that carry no topic at the start of a phrase ("got charged" is about the charge). */
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'get', 'go', 'make', 'let', 'seem', 'feel', 'become']);

/** Lemmas too general to be a keyphrase on their own. */
const TOO_GENERAL = new Set([
  'thing', 'lot', 'way', 'time', 'day', 'year', 'month', 'week', 'bit', 'everything', 'anything', 'something', 'nothing', 'one', 'people', 'guy',
  'be', 'have', 'do', 'get', 'go', 'make', 'use', 'need', 'want', 'give', 'say', 'know', 'think', 'see', 'come', 'take', 'keep', 'let', 'seem', 'feel',
  'company', 'service', 'product', 'experience', 'score', 'reason', 'recommend', 'friend', 'colleague',
  // Sentiment words say how, not what: they are scored, not themes.
  'love', 'like', 'hate', 'problem', 'issue', 'complaint', 'minute', 'hour', 'star', 'job', 'stuff',
]);


/** A keyphrase of one verbatim: its key (Porter stems of its lemmas), a readable label (its lemmas) and where it is. */
export interface FoundKeyphrase {
  readonly key: string;
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

/** Whether a string holds a letter (\p{L}): ASCII text is answered without a regular expression. */
export function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return LETTER.test(s);
    if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) return true;
  }
  return false;
}
const LETTER = /\p{L}/u;

/**
 * Turns a matched span (its tokens' lemmas and stop-word flags) into a keyphrase, or nothing when
 * it is only stop words or a single too-general word. Stop words at either end are dropped; the
 * key stems each lemma (so "billing" and "bill", "crashes" and "crashing" meet).
 */
export function normaliseKeyphrase(lemmas: readonly string[], stop: readonly boolean[]): { key: string; label: string } | undefined {
  return normaliseKeyphraseAt(lemmas, stop, 0, lemmas.length - 1);
}

/** normaliseKeyphrase of the tokens first … last of a line's lemmas and stop-word flags (no copies). */
export function normaliseKeyphraseAt(lemmas: readonly string[], stop: readonly boolean[], first: number, last: number): { key: string; label: string } | undefined {
  let from = first;
  let to = last + 1;
  while (from < to && (stop[from] || LIGHT_VERBS.has(lemmas[from]!) || !hasLetter(lemmas[from]!))) from += 1;
  while (to > from && (stop[to - 1] || !hasLetter(lemmas[to - 1]!))) to -= 1;
  if (from === to) return undefined;
  if (to - from === 1) {
    const word = lemmas[from]!.toLowerCase();
    if (word.length < 3 || TOO_GENERAL.has(word)) return undefined;
    return { key: stem(word), label: word };
  }
  const words: string[] = [];
  let general = true;
  for (let i = from; i < to; i += 1) {
    const word = lemmas[i]!.toLowerCase();
    if (general && !TOO_GENERAL.has(word)) general = false;
    words.push(word);
  }
  if (general) return undefined;
  return { key: words.map(stem).join(' '), label: words.join(' ') };
}
