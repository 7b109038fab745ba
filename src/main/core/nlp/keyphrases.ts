import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';

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

/**
 * The keyphrase spans of a sentence's part-of-speech tags, left to right, the longest pattern
 * at each place, without overlaps: [first, last] token indexes.
 */
export function matchKeyphrases(tags: readonly Tag[]): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < tags.length; ) {
    let best = 0;
    for (const pattern of PATTERNS) {
      if (pattern.length <= best || i + pattern.length > tags.length) continue;
      if (pattern.every((allowed, k) => allowed.has(tags[i + k]!))) best = pattern.length;
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

const stems = new Map<string, string>();

/** natural's Porter stem of a lemma, remembered (a corpus has far fewer lemmas than keyphrases). */
function stem(lemma: string): string {
  let s = stems.get(lemma);
  if (s === undefined) {
    s = porter.stem(lemma);
    if (stems.size < 100_000) stems.set(lemma, s);
  }
  return s;
}

/** A keyphrase of one verbatim: its key (Porter stems of its lemmas), a readable label (its lemmas) and where it is. */
export interface FoundKeyphrase {
  readonly key: string;
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Turns a matched span (its tokens' lemmas and stop-word flags) into a keyphrase, or nothing when
 * it is only stop words or a single too-general word. Stop words at either end are dropped; the
 * key stems each lemma (so "billing" and "bill", "crashes" and "crashing" meet).
 */
export function normaliseKeyphrase(lemmas: readonly string[], stop: readonly boolean[]): { key: string; label: string } | undefined {
  let from = 0;
  let to = lemmas.length;
  while (from < to && (stop[from] || LIGHT_VERBS.has(lemmas[from]!) || !/\p{L}/u.test(lemmas[from]!))) from += 1;
  while (to > from && (stop[to - 1] || !/\p{L}/u.test(lemmas[to - 1]!))) to -= 1;
  if (from === to) return undefined;
  const words = lemmas.slice(from, to).map((l) => l.toLowerCase());
  if (words.length === 1 && (words[0]!.length < 3 || TOO_GENERAL.has(words[0]!))) return undefined;
  if (words.every((w) => TOO_GENERAL.has(w))) return undefined;
  return { key: words.map(stem).join(' '), label: words.join(' ') };
}
