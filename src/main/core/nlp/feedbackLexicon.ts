/**
 * Loupe's customer-feedback lexicon, layered on wink-nlp's general sentiment.
 *
 * A general lexicon scores "I was on hold for 45 minutes" or "still waiting for my refund" as
 * neutral: no word in them is negative on its own. In an NPS comment they are complaints. Each
 * entry is a phrase of lemmas (as wink-nlp lemmatises them, lower case) that, in the answer to
 * "what is the main reason for your score?", almost always reports a problem (or, for the few
 * positive ones, a resolution), with a weight on wink's sentence scale (−1 … 1).
 *
 * The entries were written from the complaint language of support, billing, delivery and
 * subscription feedback; they were NOT tuned on the npm `sentiment` package's amazon / imdb /
 * yelp sentences that the bench measures accuracy on. Inside a negation ("never on hold",
 * "didn't have to wait") an entry counts for half, with the opposite sign.
 */
export interface LexiconEntry {
  /** Lemmas in order, e.g. ['on', 'hold']; a '*' stands for any one token. */
  readonly lemmas: readonly string[];
  readonly weight: number;
}

const entry = (phrase: string, weight: number): LexiconEntry => ({ lemmas: phrase.split(' '), weight });

export const FEEDBACK_LEXICON: readonly LexiconEntry[] = [
  // Waiting and chasing
  entry('on hold', -0.5),
  entry('still wait', -0.6),
  entry('still waiting', -0.6),
  entry('keep wait', -0.5),
  entry('wait for', -0.3),
  entry('take forever', -0.6),
  entry('take age', -0.5),
  entry('take week', -0.5),
  entry('take day', -0.4),
  entry('take * week', -0.5),
  entry('take * day', -0.4),
  entry('take * month', -0.5),
  entry('still no', -0.5),
  entry('still not', -0.4),
  entry('still do not', -0.4),
  entry('never come', -0.5),
  entry('never receive', -0.6),
  entry('never get', -0.4),
  entry('no one', -0.3),
  entry('round in circle', -0.5),
  entry('nobody answer', -0.6),
  entry('no one answer', -0.6),
  entry('no answer', -0.5),
  entry('no response', -0.5),
  entry('no reply', -0.5),
  entry('never hear back', -0.6),
  entry('never get back', -0.6),
  entry('never answer', -0.6),
  entry('never respond', -0.6),
  entry('never reply', -0.6),
  entry('never arrive', -0.6),
  entry('call * time', -0.3),
  entry('chase', -0.4),
  entry('transfer', -0.2),
  entry('keep transfer', -0.5),
  entry('queue', -0.2),
  entry('hang up', -0.4),
  entry('runaround', -0.5),
  entry('run around', -0.4),
  // Money
  entry('charge twice', -0.7),
  entry('double charge', -0.7),
  entry('overcharge', -0.6),
  entry('hidden fee', -0.6),
  entry('refund', -0.3),
  entry('money back', -0.3),
  entry('rip off', -0.7),
  entry('ripoff', -0.7),
  entry('too expensive', -0.5),
  entry('price increase', -0.4),
  entry('price hike', -0.5),
  entry('price rise', -0.4),
  entry('price double', -0.5),
  entry('go up', -0.3),
  entry('extra fee', -0.5),
  entry('fee', -0.2),
  // Leaving
  entry('cancel', -0.3),
  entry('cancellation', -0.3),
  entry('switch provider', -0.4),
  entry('switch to', -0.3),
  entry('competitor', -0.3),
  entry('without ask', -0.4),
  entry('without fix', -0.5),
  entry('leave', -0.1),
  // Words a general lexicon leaves neutral that, said of a service, are complaints
  entry('slow', -0.4),
  entry('too slow', -0.5),
  entry('unhelpful', -0.5),
  entry('unreliable', -0.5),
  entry('expensive', -0.4),
  entry('overpriced', -0.5),
  entry('confusing', -0.4),
  entry('complicated', -0.3),
  entry('clunky', -0.4),
  // Breakage
  entry('crash', -0.5),
  entry('keep crash', -0.6),
  entry('freeze', -0.3),
  entry('bug', -0.4),
  entry('glitch', -0.4),
  entry('outage', -0.5),
  entry('drop call', -0.5),
  entry('not work', -0.5),
  entry('stop work', -0.6),
  entry('error message', -0.4),
  entry('log out', -0.2),
  entry('log * out', -0.3),
  entry('drop', -0.3),
  entry('buffer', -0.3),
  entry('wipe', -0.4),
  entry('fall apart', -0.6),
  entry('can not log', -0.5),
  entry('can not login', -0.5),
  entry('damaged', -0.5),
  entry('broken', -0.5),
  entry('lose', -0.3),
  entry('lost', -0.3),
  entry('late', -0.3),
  entry('delay', -0.4),
  entry('miss', -0.2),
  // Resolutions and ease (few: positive feedback is scored well by the general lexicon)
  entry('sort out', 0.3),
  entry('sort it', 0.4),
  entry('above and beyond', 0.7),
  entry('can not fault', 0.6),
  entry('painless', 0.5),
  entry('smooth', 0.4),
  entry('knowledgeable', 0.5),
  entry('knowledgable', 0.5),
  entry('just work', 0.5),
  entry('just run', 0.4),
  entry('early', 0.3),
  entry('quick', 0.3),
  entry('within a minute', 0.4),
  entry('on the tin', 0.4),
  entry('resolve quickly', 0.5),
  entry('fix quickly', 0.5),
  entry('no problem', 0.4),
  entry('no issue', 0.4),
  entry('no complaint', 0.5),
  entry('never have a problem', 0.5),
  entry('never have an issue', 0.5),
];

interface Trie {
  readonly next: Map<string, Trie>;
  weight?: number;
  length?: number;
}

/** A hit of the lexicon in a sentence: where it starts (token index), how many tokens, its weight. */
export interface LexiconHit {
  readonly start: number;
  readonly length: number;
  readonly weight: number;
}

/**
 * Finds the lexicon's phrases in a sentence's lemmas, longest match first, without overlaps
 * ("keep crash" wins over "crash"). With `from` and `to`, only in lemmas[from … to − 1] (hits keep
 * their index in `lemmas`), so a line's sentences need no copies.
 */
export function createLexiconMatcher(entries: readonly LexiconEntry[] = FEEDBACK_LEXICON): (lemmas: readonly string[], from?: number, to?: number) => LexiconHit[] {
  const root: Trie = { next: new Map() };
  for (const e of entries) {
    let node = root;
    for (const lemma of e.lemmas) {
      let child = node.next.get(lemma);
      if (!child) {
        child = { next: new Map() };
        node.next.set(lemma, child);
      }
      node = child;
    }
    node.weight = e.weight;
    node.length = e.lemmas.length;
  }
  return (lemmas, from = 0, to = lemmas.length) => {
    const hits: LexiconHit[] = [];
    for (let i = from; i < to; ) {
      let node: Trie | undefined = root;
      let best: Trie | undefined;
      for (let j = i; j < to && node; j += 1) {
        node = node.next.get(lemmas[j]!) ?? node.next.get('*');
        if (node?.weight !== undefined) best = node;
      }
      if (best) {
        hits.push({ start: i, length: best.length!, weight: best.weight! });
        i += best.length!;
      } else {
        i += 1;
      }
    }
    return hits;
  };
}
