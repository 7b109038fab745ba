import { porterStem as stem } from './porterStem';
import type { WordVectors } from './wordVectors';

/** A verbatim as theme suggestion sees it: what the NLP pipeline found in it (VerbatimAnalysis). */
export interface ThemeDoc {
  readonly id: number;
  /** Content lemmas in order; '!' marks a lemma inside a negation's scope. */
  readonly lemmas: readonly string[];
  readonly keyphrases: readonly { readonly key: string; readonly label: string }[];
  /** The respondent's NPS group, when the response has a counted score. */
  readonly group?: 'detractor' | 'passive' | 'promoter';
  readonly text: string;
}

/** A verbatim's place in the feature space; absent when it has no usable word. */
export interface DocFeatures {
  /** Unit-length SIF embedding, or undefined without vectors (or without a known word). */
  readonly dense: Float32Array | undefined;
  /** TF-IDF over stems and keyphrase keys: term ids ascending, unit length. */
  readonly ids: Int32Array;
  readonly values: Float32Array;
}

export interface ThemeFeatureSpace {
  readonly dimensions: number;
  features(doc: ThemeDoc): DocFeatures | undefined;
  /** Weighted cosine: DENSE_WEIGHT on the embeddings plus the rest on TF-IDF (TF-IDF alone without vectors). */
  similarity(a: DocFeatures, b: DocFeatures): number;
  readonly denseWeight: number;
  readonly sparseWeight: number;
  /** The readable lemma terms of a verbatim (no negation marks, lower case), distinct. */
  terms(doc: ThemeDoc): string[];
}

/**
 * SIF's smoothing a (Arora et al. 2017): a word of in-corpus probability p weighs a / (a + p), so
 * words every second comment uses ("service", "time") count little. Tried 0.003–0.1 on the labelled
 * set: 0.01–0.03 were best, within noise of each other.
 */
const SIF_A = 0.01;
/**
 * With vectors, similarity is 0.8 × embedding cosine + 0.2 × TF-IDF cosine: TF-IDF adds exact
 * matches of rare words the embeddings blur. On the labelled set the mix was as good as or better
 * than either alone (0.2 ≥ 0.35 ≥ 0.5 for the TF-IDF share).
 */
const DENSE_WEIGHT = 0.8;
/**
 * SIF removes the sample's first principal direction, what most verbatims share (in a survey's
 * comments: "service", "time", complaint tone). In a handful of verbatims on one subject that
 * direction is the subject itself, so it is kept below this many verbatims.
 */
const MIN_FOR_COMMON = 100;
/** A keyphrase key counts this much against a lemma's stem (it repeats the same words). */
const KEYPHRASE_WEIGHT = 0.5;
const KEYPHRASE_PREFIX = 'k:';


const HAS_LETTER = /\p{L}/u;

/** The usable lemmas of a verbatim in order: negation marks dropped, lower case, at least two characters with a letter. */
export function docLemmas(doc: ThemeDoc): string[] {
  const out: string[] = [];
  for (const raw of doc.lemmas) {
    const lemma = (raw.startsWith('!') ? raw.slice(1) : raw).toLowerCase();
    if (lemma.length >= 2 && HAS_LETTER.test(lemma)) out.push(lemma);
  }
  return out;
}

function sparseTerms(doc: ThemeDoc, lemmas: readonly string[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const lemma of lemmas) {
    const s = stem(lemma);
    tf.set(s, (tf.get(s) ?? 0) + 1);
  }
  for (const phrase of doc.keyphrases) {
    if (!phrase.key.includes(' ')) continue; // a one-word key is its lemma's stem again
    const key = KEYPHRASE_PREFIX + phrase.key;
    tf.set(key, (tf.get(key) ?? 0) + KEYPHRASE_WEIGHT);
  }
  return tf;
}

/**
 * The feature space of a collection: document frequencies (for IDF) and in-corpus word
 * probabilities (for SIF) over every document, one pass; the SIF embeddings' common component
 * (first principal direction, removed from every embedding as SIF does) from `sample`.
 */
export function buildThemeFeatureSpace(docs: readonly ThemeDoc[], sample: readonly number[], vectors: WordVectors | undefined): ThemeFeatureSpace {
  const df = new Map<string, number>();
  const wordCount = new Map<string, number>();
  let words = 0;
  for (const doc of docs) {
    const lemmas = docLemmas(doc);
    for (const lemma of lemmas) wordCount.set(lemma, (wordCount.get(lemma) ?? 0) + 1);
    words += lemmas.length;
    for (const term of sparseTerms(doc, lemmas).keys()) df.set(term, (df.get(term) ?? 0) + 1);
  }
  // Terms in one document only match nothing: they get no id.
  const termIds = new Map<string, number>();
  const idf: number[] = [];
  for (const [term, n] of df) {
    if (n < 2) continue;
    termIds.set(term, idf.length);
    // Smoothed (as scikit-learn's default), so a word every verbatim uses still counts a little.
    idf.push(Math.log((1 + docs.length) / (1 + n)) + 1);
  }

  const dimensions = vectors?.dimensions ?? 0;
  const wordVectors = new Map<string, Float32Array | undefined>();
  const unitVector = (word: string): Float32Array | undefined => {
    if (wordVectors.has(word)) return wordVectors.get(word);
    const v = vectors?.vector(word);
    if (v) normalise(v);
    wordVectors.set(word, v);
    return v;
  };
  const sif = (lemmas: readonly string[]): Float64Array | undefined => {
    if (!dimensions) return undefined;
    const sum = new Float64Array(dimensions);
    let known = false;
    for (const lemma of lemmas) {
      const v = unitVector(lemma);
      if (!v) continue;
      known = true;
      const weight = SIF_A / (SIF_A + (wordCount.get(lemma) ?? 1) / Math.max(1, words));
      for (let d = 0; d < dimensions; d += 1) sum[d]! += weight * v[d]!;
    }
    return known ? sum : undefined;
  };
  const common = dimensions && sample.length >= MIN_FOR_COMMON ? firstPrincipalDirection(sample.map((i) => sif(docLemmas(docs[i]!))).filter((v) => v !== undefined), dimensions) : undefined;

  const denseWeight = dimensions ? DENSE_WEIGHT : 0;
  const sparseWeight = 1 - denseWeight;
  return {
    dimensions,
    denseWeight,
    sparseWeight,
    terms: (doc) => [...new Set(docLemmas(doc))],
    features: (doc) => {
      const lemmas = docLemmas(doc);
      const raw = sif(lemmas);
      let dense: Float32Array | undefined;
      if (raw) {
        if (common) {
          let s = 0;
          for (let d = 0; d < dimensions; d += 1) s += raw[d]! * common[d]!;
          for (let d = 0; d < dimensions; d += 1) raw[d]! -= s * common[d]!;
        }
        dense = normalise(Float32Array.from(raw));
      }
      const entries: [number, number][] = [];
      for (const [term, tf] of sparseTerms(doc, lemmas)) {
        const id = termIds.get(term);
        if (id !== undefined) entries.push([id, (tf < 1 ? tf : 1 + Math.log(tf)) * idf[id]!]);
      }
      if (!dense && entries.length === 0) return undefined;
      entries.sort((a, b) => a[0] - b[0]);
      const values = normalise(Float32Array.from(entries, (e) => e[1]));
      return { dense, ids: Int32Array.from(entries, (e) => e[0]), values };
    },
    similarity: (a, b) => denseWeight * denseDot(a.dense, b.dense) + sparseWeight * sparseDot(a.ids, a.values, b.ids, b.values),
  };
}

export function denseDot(a: Float32Array | undefined, b: Float32Array | undefined): number {
  if (!a || !b) return 0;
  let s = 0;
  for (let d = 0; d < a.length; d += 1) s += a[d]! * b[d]!;
  return s;
}

export function sparseDot(ai: Int32Array, av: Float32Array, bi: Int32Array, bv: Float32Array): number {
  let s = 0;
  let p = 0;
  let q = 0;
  while (p < ai.length && q < bi.length) {
    const x = ai[p]!;
    const y = bi[q]!;
    if (x === y) s += av[p++]! * bv[q++]!;
    else if (x < y) p += 1;
    else q += 1;
  }
  return s;
}

export function normalise<T extends Float32Array | Float64Array>(v: T): T {
  let s = 0;
  for (let i = 0; i < v.length; i += 1) s += v[i]! * v[i]!;
  if (s > 0) {
    const inv = 1 / Math.sqrt(s);
    for (let i = 0; i < v.length; i += 1) v[i]! *= inv;
  }
  return v;
}

/** Power iteration from a fixed start (deterministic); undefined with fewer than two vectors. */
function firstPrincipalDirection(rows: readonly Float64Array[], dimensions: number): Float64Array | undefined {
  if (rows.length < 2) return undefined;
  let u = new Float64Array(dimensions);
  for (let d = 0; d < dimensions; d += 1) u[d] = 1 + d / dimensions;
  normalise(u);
  for (let iteration = 0; iteration < 50; iteration += 1) {
    const next = new Float64Array(dimensions);
    for (const x of rows) {
      let s = 0;
      for (let d = 0; d < dimensions; d += 1) s += x[d]! * u[d]!;
      for (let d = 0; d < dimensions; d += 1) next[d]! += s * x[d]!;
    }
    normalise(next);
    let change = 0;
    for (let d = 0; d < dimensions; d += 1) change += Math.abs(next[d]! - u[d]!);
    u = next;
    if (change < 1e-9) break;
  }
  return u;
}
