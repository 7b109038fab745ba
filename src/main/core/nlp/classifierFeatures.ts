import { porterStem as stem } from './porterStem';

/**
 * Features of a verbatim for the theme classifier (themeClassifier.ts): what the NLP pipeline
 * already stored for it, turned into a sparse, L2-normalised TF-IDF vector.
 */

/** A verbatim as the classifier sees it: its id and what the NLP pipeline found in it. */
export interface ClassifierDoc {
  readonly id: number;
  /** Content lemmas in order; '!' marks a lemma inside a negation's scope (VerbatimAnalysis.lemmas). */
  readonly lemmas: readonly string[];
  /** Keyphrases; only their keys (Porter stems, "bill charg") are used. */
  readonly keyphrases: readonly { readonly key: string }[];
}

/** A sparse vector: feature indexes, ascending, and their values. */
export interface SparseVector {
  readonly indices: Int32Array;
  readonly values: Float64Array;
}

const NEGATION = '!';

/**
 * How much a bigram or a keyphrase key counts against a single lemma, before normalisation.
 * Both repeat what the unigrams say, more sparsely: at full weight they dilute the unigrams of a
 * short verbatim, and on the labelled set (bench/quality/themes-labelled.json) held-out F1 fell
 * from 0.59 to 0.53; at half weight it is 0.59, and they still count where phrases recur.
 */
export const PHRASE_WEIGHT = 0.5;


/**
 * The distinct features of a verbatim, in first-seen order. Lemmas are lower-cased and Porter-stemmed
 * ("billing" and "bill", "delivery" and "deliver" meet; held-out F1 on the labelled set 0.57 → 0.59):
 * - `w:<stem>` for each lemma; a lemma inside a negation also gives `w:!<stem>`, a distinct
 *   feature, so "no signal" is about the signal and the model can still tell it from "signal";
 * - `b:<stem> <stem>` for each pair of neighbouring lemmas, without negation marks;
 * - `k:<key>` for each keyphrase key.
 */
export function docFeatures(doc: ClassifierDoc): string[] {
  const seen = new Set<string>();
  let previous: string | undefined;
  for (const raw of doc.lemmas) {
    const negated = raw.startsWith(NEGATION);
    const lemma = (negated ? raw.slice(1) : raw).toLowerCase();
    if (lemma === '') continue;
    const s = stem(lemma);
    seen.add(`w:${s}`);
    if (negated) seen.add(`w:${NEGATION}${s}`);
    if (previous !== undefined) seen.add(`b:${previous} ${s}`);
    previous = s;
  }
  for (const phrase of doc.keyphrases) if (phrase.key !== '') seen.add(`k:${phrase.key}`);
  return [...seen];
}

/** A feature's weight before IDF: 1 for a lemma, PHRASE_WEIGHT for a bigram or a keyphrase. */
function groupWeight(feature: string): number {
  return feature.startsWith('w:') ? 1 : PHRASE_WEIGHT;
}

/**
 * A vocabulary with inverse document frequencies, learnt from the training verbatims only (so
 * cross-validation does not peek at the held-out fold). Features the training set does not hold
 * are ignored when vectorising.
 */
export interface FeatureSpace {
  /** Feature names by index. */
  readonly names: readonly string[];
  /** Smoothed IDF by index: ln((1 + n) / (1 + df)) + 1. */
  readonly idf: Float64Array;
  /** The vector of a verbatim's features (docFeatures): binary TF × group weight × IDF, L2-normalised. */
  vectorise(features: readonly string[]): SparseVector;
}

/** Builds the feature space of the training verbatims' features (one array per verbatim). */
export function buildFeatureSpace(training: readonly (readonly string[])[]): FeatureSpace {
  const index = new Map<string, number>();
  const names: string[] = [];
  const df: number[] = [];
  for (const features of training) {
    for (const f of features) {
      const at = index.get(f);
      if (at === undefined) {
        index.set(f, names.length);
        names.push(f);
        df.push(1);
      } else {
        df[at]! += 1;
      }
    }
  }
  const n = training.length;
  const idf = Float64Array.from(df, (d) => Math.log((1 + n) / (1 + d)) + 1);
  const scaled = Float64Array.from(names, (name, j) => groupWeight(name) * idf[j]!);
  return {
    names,
    idf,
    vectorise(features) {
      const found: number[] = [];
      for (const f of features) {
        const at = index.get(f);
        if (at !== undefined) found.push(at);
      }
      found.sort((a, b) => a - b);
      const indices = new Int32Array(found.length);
      const values = new Float64Array(found.length);
      let norm = 0;
      let m = 0;
      for (const at of found) {
        if (m > 0 && indices[m - 1] === at) continue; // a repeated feature counts once (binary TF)
        const v = scaled[at]!;
        indices[m] = at;
        values[m] = v;
        norm += v * v;
        m += 1;
      }
      const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
      for (let i = 0; i < m; i += 1) values[i]! *= scale;
      return { indices: indices.subarray(0, m), values: values.subarray(0, m) };
    },
  };
}
