import type { ItemSentence } from 'wink-nlp';
import type { KeyphraseSpan, SentenceSentiment, Sentiment, SentimentLabel, VerbatimAnalysis } from '../../../shared/nlp';
import { createLexiconMatcher } from './feedbackLexicon';
import { matchKeyphrases, normaliseKeyphrase } from './keyphrases';
import { detectLanguage } from './language';
import { findPii } from './pii';
import { wink } from './wink';

/** A score at or beyond ±LABEL_THRESHOLD is positive / negative; between, neutral. */
export const LABEL_THRESHOLD = 0.05;

/** Inside a negation's scope a feedback-lexicon phrase counts for this much, with its sign turned. */
const NEGATED_WEIGHT = -0.5;

export function sentimentLabel(score: number): SentimentLabel {
  return score >= LABEL_THRESHOLD ? 'positive' : score <= -LABEL_THRESHOLD ? 'negative' : 'neutral';
}

const clamp = (x: number) => Math.max(-1, Math.min(1, x));
const round = (x: number) => Math.round(x * 1000) / 1000;
const HAS_LETTER = /\p{L}/u;
/** wink-nlp keeps the full stop of a line's last word ("log in.") as part of it. */
const TRAILING_DOTS = /(?<=\p{L})\.+$/u;

/** Where each token is in the text: wink-nlp keeps every token's text and the spaces before it. */
function tokenOffsets(text: string, values: readonly string[], spaces: readonly string[], base: number): Int32Array {
  const at = new Int32Array(values.length * 2);
  let pos = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i]!;
    pos += spaces[i]!.length;
    if (!text.startsWith(value, pos)) {
      const found = text.indexOf(value, pos);
      if (found >= 0) pos = found;
    }
    at[i * 2] = base + pos;
    pos += value.length;
    at[i * 2 + 1] = base + pos;
  }
  return at;
}

/** The non-blank lines of a text, with where each starts. */
function lines(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = breaks.exec(text); ; m = breaks.exec(text)) {
    const end = m ? m.index : text.length;
    const line = text.slice(start, end);
    if (line.trim() !== '') out.push({ text: line, start });
    if (!m) break;
    start = m.index + m[0].length;
  }
  return out;
}

/**
 * Analyses one verbatim: language, personal data, and for English text its sentences with
 * sentiment (wink-nlp's, plus Loupe's customer-feedback lexicon, negation-aware), its content
 * lemmas and its keyphrases. Needs loadLanguageDetector() awaited once in the thread.
 */
export function createTextAnalyzer(cacheSize = 20_000): (text: string) => VerbatimAnalysis {
  const nlp = wink();
  const its = nlp.its;
  const lexicon = createLexiconMatcher();
  // Survey answers repeat ("Great service", "-", "Very satisfied"): the same text is analysed once.
  const cache = new Map<string, VerbatimAnalysis>();
  return (text) => {
    const known = cache.get(text);
    if (known) return known;
    const analysis = analyse(text);
    if (cache.size >= cacheSize) cache.delete(cache.keys().next().value!);
    cache.set(text, analysis);
    return analysis;
  };

  function analyse(text: string): VerbatimAnalysis {
    const pii = findPii(text);
    const language = detectLanguage(text);
    if (language !== 'en') return { language, english: false, sentences: [], lemmas: [], keyphrases: [], pii };

    const sentences: SentenceSentiment[] = [];
    const content: string[] = [];
    const keyphrases: KeyphraseSpan[] = [];
    let weighted = 0;
    let weight = 0;
    // Each line on its own: a line break ends a sentence in a comment box, which wink-nlp would read through.
    for (const line of lines(text)) {
      const doc = nlp.readDoc(line.text);
      const tokens = doc.tokens();
      const values = tokens.out(its.value) as string[];
      const offsets = tokenOffsets(line.text, values, tokens.out(its.precedingSpaces) as string[], line.start);
      // wink-nlp has no lemma for some contractions written without their apostrophe ("wasnt"): their text stands in.
      const lemmas = (tokens.out(its.lemma as never) as unknown as (string | undefined)[]).map((l, i) => (l ?? values[i]!).toLowerCase().replace(TRAILING_DOTS, ''));
      const stop = tokens.out(its.stopWordFlag) as unknown as boolean[];
      const negated = tokens.out(its.negationFlag) as unknown as boolean[];
      const types = tokens.out(its.type) as string[];

      doc.sentences().each((sentence: ItemSentence) => {
        const [first, last] = sentence.out(its.span) as unknown as [number, number];
        let score = sentence.out(its.sentiment) as unknown as number;
        for (const hit of lexicon(lemmas.slice(first, last + 1))) {
          score += negated[first + hit.start] ? hit.weight * NEGATED_WEIGHT : hit.weight;
        }
        score = round(clamp(score));
        let isNegated = false;
        let words = 0;
        for (let t = first; t <= last; t += 1) {
          if (negated[t]) isNegated = true;
          if (types[t] === 'word' || types[t] === 'emoji') words += 1;
        }
        sentences.push({ start: offsets[first * 2]!, end: offsets[last * 2 + 1]!, score, label: sentimentLabel(score), negated: isNegated });
        weighted += score * Math.max(words, 1);
        weight += Math.max(words, 1);
      });

      for (let t = 0; t < lemmas.length; t += 1) {
        if (stop[t] || !(types[t] === 'emoji' || (types[t] === 'word' && HAS_LETTER.test(lemmas[t]!)))) continue;
        content.push(negated[t] ? `!${lemmas[t]}` : lemmas[t]!);
      }

      const tags = tokens.out(its.pos) as string[];
      for (const [first, last] of matchKeyphrases(tags)) {
        const phrase = normaliseKeyphrase(lemmas.slice(first, last + 1), stop.slice(first, last + 1));
        if (phrase) keyphrases.push({ ...phrase, start: offsets[first * 2]!, end: offsets[last * 2 + 1]! });
      }
    }
    const overall = round(weight > 0 ? weighted / weight : 0);
    const sentiment: Sentiment = { score: overall, label: sentimentLabel(overall) };

    return { language, english: true, sentiment, sentences, lemmas: content, keyphrases, pii };
  }
}
