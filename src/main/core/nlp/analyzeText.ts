import type { KeyphraseSpan, SentenceSentiment, Sentiment, SentimentLabel, VerbatimAnalysis } from '../../../shared/nlp';
import { createLexiconMatcher } from './feedbackLexicon';
import { hasLetter, matchKeyphrases, normaliseKeyphraseAt } from './keyphrases';
import { detectLanguage } from './language';
import { findPii } from './pii';
import { storedAnalysis, type StoredAnalysis } from './storedAnalysis';
import { cached } from './textCache';
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
/** wink-nlp keeps the full stop of a line's last word ("log in.") as part of it. */
const TRAILING_DOTS = /(?<=\p{L})\.+$/u;

/** A lemma as Loupe keeps it: lower case, without the full stops wink-nlp left on it. */
function cleanLemma(lemma: string): string {
  const lower = lemma.toLowerCase();
  return lower.charCodeAt(lower.length - 1) === 46 ? lower.replace(TRAILING_DOTS, '') : lower;
}

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

const LINE_BREAKS = /\r\n|\r|\n/g;

/** The non-blank lines of a text, with where each starts (a text without line breaks is its own line). */
function lines(text: string): { text: string; start: number }[] {
  if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) return text.trim() === '' ? [] : [{ text, start: 0 }];
  const out: { text: string; start: number }[] = [];
  LINE_BREAKS.lastIndex = 0;
  let start = 0;
  for (let m = LINE_BREAKS.exec(text); ; m = LINE_BREAKS.exec(text)) {
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
  return cached(analyzeOnce(), cacheSize);
}

/** What one line of an English verbatim holds, with offsets into the line. */
interface LineAnalysis {
  readonly sentences: SentenceSentiment[];
  /** How much each sentence weighs in the verbatim's score: its words (emoji count), at least 1. */
  readonly weights: number[];
  readonly lemmas: string[];
  readonly keyphrases: KeyphraseSpan[];
}

/**
 * The analysis of createTextAnalyzer, without its cache of texts. The lines of multi-line
 * verbatims are remembered (the last `lineCacheSize`): answers made of several lines share many
 * of them ("Thanks again.", "Great app"), and a line is analysed on its own whatever surrounds it.
 */
function analyzeOnce(lineCacheSize = 20_000): (text: string) => VerbatimAnalysis {
  const nlp = wink();
  const its = nlp.its;
  const lexicon = createLexiconMatcher();

  const analyseLine = (text: string): LineAnalysis => {
    const sentences: SentenceSentiment[] = [];
    const weights: number[] = [];
    const content: string[] = [];
    const keyphrases: KeyphraseSpan[] = [];
    const doc = nlp.readDoc(text);
    const tokens = doc.tokens();
    const values = tokens.out(its.value) as string[];
    const offsets = tokenOffsets(text, values, tokens.out(its.precedingSpaces) as string[], 0);
    // wink-nlp has no lemma for some contractions written without their apostrophe ("wasnt"): their text stands in.
    const lemmas = tokens.out(its.lemma as never) as unknown as (string | undefined)[] as string[];
    for (let t = 0; t < lemmas.length; t += 1) lemmas[t] = cleanLemma(lemmas[t] ?? values[t]!);
    const stop = tokens.out(its.stopWordFlag) as unknown as boolean[];
    const negated = tokens.out(its.negationFlag) as unknown as boolean[];
    const types = tokens.out(its.type) as string[];

    const sentenceList = doc.sentences();
    const spans = sentenceList.out(its.span) as unknown as [number, number][];
    const scores = sentenceList.out(its.sentiment) as unknown as number[];
    for (let s = 0; s < spans.length; s += 1) {
      const [first, last] = spans[s]!;
      let score = scores[s]!;
      for (const hit of lexicon(lemmas, first, last + 1)) {
        score += negated[hit.start] ? hit.weight * NEGATED_WEIGHT : hit.weight;
      }
      score = round(clamp(score));
      let isNegated = false;
      let words = 0;
      for (let t = first; t <= last; t += 1) {
        if (negated[t]) isNegated = true;
        if (types[t] === 'word' || types[t] === 'emoji') words += 1;
      }
      sentences.push({ start: offsets[first * 2]!, end: offsets[last * 2 + 1]!, score, label: sentimentLabel(score), negated: isNegated });
      weights.push(Math.max(words, 1));
    }

    for (let t = 0; t < lemmas.length; t += 1) {
      if (stop[t] || !(types[t] === 'emoji' || (types[t] === 'word' && hasLetter(lemmas[t]!)))) continue;
      content.push(negated[t] ? `!${lemmas[t]}` : lemmas[t]!);
    }

    const tags = tokens.out(its.pos) as string[];
    for (const [first, last] of matchKeyphrases(tags)) {
      const phrase = normaliseKeyphraseAt(lemmas, stop, first, last);
      if (phrase) keyphrases.push({ key: phrase.key, label: phrase.label, start: offsets[first * 2]!, end: offsets[last * 2 + 1]! });
    }
    return { sentences, weights, lemmas: content, keyphrases };
  };
  const analyseKnownLine = cached(analyseLine, lineCacheSize);

  return (text) => {
    const pii = findPii(text);
    const language = detectLanguage(text);
    if (language !== 'en') return { language, english: false, sentences: [], lemmas: [], keyphrases: [], pii };

    // Each line on its own: a line break ends a sentence in a comment box, which wink-nlp would read through.
    const parts = lines(text);
    let sentences: SentenceSentiment[];
    let content: string[];
    let keyphrases: KeyphraseSpan[];
    let weighted = 0;
    let weight = 0;
    if (parts.length === 1 && parts[0]!.start === 0) {
      const line = analyseLine(parts[0]!.text);
      ({ sentences, lemmas: content, keyphrases } = line);
      for (let s = 0; s < sentences.length; s += 1) {
        weighted += sentences[s]!.score * line.weights[s]!;
        weight += line.weights[s]!;
      }
    } else {
      // A remembered line is shared: its parts are copied, with offsets into the verbatim.
      sentences = [];
      content = [];
      keyphrases = [];
      for (const part of parts) {
        const line = analyseKnownLine(part.text);
        const at = part.start;
        for (let s = 0; s < line.sentences.length; s += 1) {
          const { start, end, score, label, negated } = line.sentences[s]!;
          sentences.push({ start: start + at, end: end + at, score, label, negated });
          weighted += score * line.weights[s]!;
          weight += line.weights[s]!;
        }
        for (const lemma of line.lemmas) content.push(lemma);
        for (const k of line.keyphrases) keyphrases.push({ key: k.key, label: k.label, start: k.start + at, end: k.end + at });
      }
    }
    const overall = round(weight > 0 ? weighted / weight : 0);
    const sentiment: Sentiment = { score: overall, label: sentimentLabel(overall) };

    return { language, english: true, sentiment, sentences, lemmas: content, keyphrases, pii };
  };
}

/**
 * The analysis of a verbatim as the project stores it (what the NLP workers send back). It keeps
 * no cache of texts: the writing thread sends each distinct text once (runAnalysis).
 */
export function createStoredAnalyzer(): (text: string) => StoredAnalysis {
  const analyse = analyzeOnce();
  return (text) => storedAnalysis(analyse(text));
}
