import { buildFeatureSpace, docFeatures, type ClassifierDoc, type FeatureSpace } from './classifierFeatures';
import { dot, sigmoid, trainLogisticRegression, type LogisticModel } from './logisticRegression';

export type { ClassifierDoc } from './classifierFeatures';

/** A theme needs this many manual codes (and this many reviewed verbatims without it) before a classifier is trained. */
export const MIN_TRAINING_CODES = 15;
/** Suggestions are the verbatims whose confidence is above this. */
export const DEFAULT_THRESHOLD = 0.5;
export const DEFAULT_SEED = 1;
/** Cross-validation folds, at most; fewer when a class has too few verbatims for three per fold. */
export const MAX_FOLDS = 5;
/**
 * The L2 penalty λ against the summed (class-weighted) log-loss of L2-normalised vectors. On the
 * labelled set, λ from 0.1 to 1 moved held-out precision and recall by under 0.03; 0.3 is in the middle.
 */
export const DEFAULT_L2 = 0.3;

/** A verbatim the classifier suggests for the theme. */
export interface ThemeSuggestion {
  readonly id: number;
  /** The model's probability that the verbatim belongs to the theme, in [0, 1]. */
  readonly confidence: number;
}

/** A feature and its weight in the model: what pushes a verbatim towards (> 0) or away from (< 0) the theme. */
export interface WeightedFeature {
  /** `w:<stem>` (a lemma's Porter stem), `w:!<stem>` (inside a negation), `b:<stem> <stem>` (neighbouring lemmas) or `k:<key>` (a keyphrase key). */
  readonly feature: string;
  readonly weight: number;
}

export interface ThemeClassifierModel {
  /** The decision threshold the model was cross-validated at, and that predict uses by default. */
  readonly threshold: number;
  /** Distinct features the model knows (from its training verbatims). */
  readonly features: number;
  /** The confidence of one verbatim, in [0, 1]. */
  confidence(doc: ClassifierDoc): number;
  /** The verbatims whose confidence is above the threshold (the model's, or options.threshold), most confident first, ties by id. */
  predict(docs: Iterable<ClassifierDoc>, options?: { readonly threshold?: number; readonly limit?: number }): ThemeSuggestion[];
  /** The n features with the largest positive weights (the theme's vocabulary as the model learnt it). */
  topFeatures(n: number): WeightedFeature[];
}

/** Out-of-fold quality at the threshold: every training verbatim is scored once, by a model that did not see it. */
export interface ThemeCrossValidation {
  readonly folds: number;
  readonly seed: number;
  readonly threshold: number;
  /** tp / (tp + fp); undefined when no verbatim was predicted positive. */
  readonly precision: number | undefined;
  /** tp / (tp + fn) = tp / positives. */
  readonly recall: number;
  /** Harmonic mean of precision and recall; 0 when either is 0 or precision is undefined. */
  readonly f1: number;
  /**
   * 95% Wilson intervals of precision (over tp + fp; undefined with it) and recall (over the
   * positives): how far the figures can be trusted with so few codes. Approximate, since the folds'
   * models share training verbatims.
   */
  readonly precisionCi95: readonly [number, number] | undefined;
  readonly recallCi95: readonly [number, number];
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
  readonly positives: number;
  readonly negatives: number;
}

export type ThemeClassifierResult =
  | { readonly ok: true; readonly model: ThemeClassifierModel; readonly crossValidation: ThemeCrossValidation }
  | {
      readonly ok: false;
      /** 'too-few-codes': under MIN_TRAINING_CODES verbatims coded with the theme; 'too-few-negatives': under MIN_TRAINING_CODES reviewed without it. */
      readonly reason: 'too-few-codes' | 'too-few-negatives';
      readonly have: number;
      readonly need: number;
      /** For the UI: "Not enough codes (9 of 15)". */
      readonly message: string;
    };

export interface TrainThemeClassifierInput {
  /** Verbatims manually coded with the theme. */
  readonly positives: readonly ClassifierDoc[];
  /** Verbatims manually reviewed and coded, but not with the theme. An id also among the positives counts as positive. */
  readonly negatives: readonly ClassifierDoc[];
  /** Seeds the fold assignment of cross-validation; the model itself does not depend on it. */
  readonly seed?: number;
  readonly threshold?: number;
  readonly l2?: number;
}

interface Prepared {
  readonly id: number;
  readonly features: string[];
  readonly positive: boolean;
}

interface Fitted {
  readonly space: FeatureSpace;
  readonly logistic: LogisticModel;
}

/**
 * Trains a one-vs-rest classifier for a theme from the analyst's codes, and estimates its
 * precision and recall at the threshold by stratified k-fold cross-validation.
 *
 * Model: L2-regularised logistic regression (full-batch L-BFGS, deterministic) on binary TF-IDF,
 * L2-normalised vectors of stemmed lemmas (negated ones also as distinct features), lemma bigrams
 * and keyphrase keys (classifierFeatures.ts).
 *
 * The two classes' losses are weighted so that each class weighs as much as the other. A theme's
 * codes are a small minority of the coded set (1 in 12 on the labelled set), and an unweighted fit
 * on so few positives keeps nearly every confidence under 0.5 (held-out recall 0.04–0.05 there,
 * against 0.46–0.50 weighted, at precision 0.86–1 against 0.69–0.74). The confidence is therefore a probability under even odds: a
 * verbatim with no evidence either way gets exactly 0.5, which is not above the default
 * threshold, and one with none of the model's features gets σ(bias), about 0.1–0.2. On the labelled
 * set, held-out verbatims scored 0.5–0.9 were the theme about as often as their confidence says;
 * under 0.5 the confidence overstates (those are not suggested).
 *
 * Deterministic: the verbatims are taken in id order, so the same sets (in any order) and seed
 * give the same model, the same confidences and the same cross-validation figures; the seed only
 * deals the verbatims into folds.
 */
export function trainThemeClassifier(input: TrainThemeClassifierInput): ThemeClassifierResult {
  const threshold = input.threshold ?? DEFAULT_THRESHOLD;
  const seed = input.seed ?? DEFAULT_SEED;
  const l2 = input.l2 ?? DEFAULT_L2;
  if (!(threshold >= 0 && threshold <= 1)) throw new RangeError(`threshold must be in [0, 1], got ${threshold}`);
  if (!(l2 > 0)) throw new RangeError(`l2 must be positive, got ${l2}`);

  const docs = prepare(input.positives, input.negatives);
  const positives = docs.filter((d) => d.positive);
  const negatives = docs.filter((d) => !d.positive);
  if (positives.length < MIN_TRAINING_CODES) return notEnough('too-few-codes', positives.length, 'codes');
  if (negatives.length < MIN_TRAINING_CODES) return notEnough('too-few-negatives', negatives.length, 'verbatims coded with other themes');

  const crossValidation = crossValidate(positives, negatives, { seed, threshold, l2 });
  const fitted = fit(docs, l2);
  return { ok: true, model: toModel(fitted, threshold), crossValidation };
}

function notEnough(reason: 'too-few-codes' | 'too-few-negatives', have: number, what: string): ThemeClassifierResult {
  return { ok: false, reason, have, need: MIN_TRAINING_CODES, message: `Not enough ${what} (${have} of ${MIN_TRAINING_CODES})` };
}

/** One entry per distinct id, in id order; positives win over negatives. */
function prepare(positives: readonly ClassifierDoc[], negatives: readonly ClassifierDoc[]): Prepared[] {
  const byId = new Map<number, Prepared>();
  for (const doc of positives) if (!byId.has(doc.id)) byId.set(doc.id, { id: doc.id, features: docFeatures(doc), positive: true });
  for (const doc of negatives) if (!byId.has(doc.id)) byId.set(doc.id, { id: doc.id, features: docFeatures(doc), positive: false });
  return [...byId.values()].sort((a, b) => a.id - b.id);
}

function fit(docs: readonly Prepared[], l2: number): Fitted {
  const space = buildFeatureSpace(docs.map((d) => d.features));
  const rows = docs.map((d) => space.vectorise(d.features));
  const labels = docs.map((d) => d.positive);
  const nPos = labels.filter(Boolean).length;
  const nNeg = labels.length - nPos;
  const logistic = trainLogisticRegression(rows, labels, space.names.length, {
    l2,
    positiveWeight: labels.length / (2 * nPos),
    negativeWeight: labels.length / (2 * nNeg),
  });
  return { space, logistic };
}

function score(fitted: Fitted, features: readonly string[]): number {
  return sigmoid(dot(fitted.logistic.weights, fitted.space.vectorise(features)) + fitted.logistic.bias);
}

function toModel(fitted: Fitted, threshold: number): ThemeClassifierModel {
  return {
    threshold,
    features: fitted.space.names.length,
    confidence: (doc) => score(fitted, docFeatures(doc)),
    predict(docs, options) {
      const at = options?.threshold ?? threshold;
      const out: ThemeSuggestion[] = [];
      for (const doc of docs) {
        const confidence = score(fitted, docFeatures(doc));
        if (confidence > at) out.push({ id: doc.id, confidence });
      }
      out.sort((a, b) => b.confidence - a.confidence || a.id - b.id);
      return options?.limit !== undefined ? out.slice(0, Math.max(0, options.limit)) : out;
    },
    topFeatures(n) {
      const { weights } = fitted.logistic;
      const order = [...weights.keys()].filter((j) => weights[j]! > 0);
      order.sort((a, b) => weights[b]! - weights[a]! || a - b);
      return order.slice(0, Math.max(0, n)).map((j) => ({ feature: fitted.space.names[j]!, weight: weights[j]! }));
    },
  };
}

/** How many folds: MAX_FOLDS, fewer when a class has under three verbatims per fold, never under two. */
export function foldCount(positives: number, negatives: number): number {
  return Math.max(2, Math.min(MAX_FOLDS, Math.floor(positives / 3), Math.floor(negatives / 3)));
}

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Stratified k-fold: each class is shuffled (seeded) and dealt round-robin into the folds, so every
 * fold holds about 1/k of the positives and of the negatives. Each fold is scored by a model
 * (features, IDF and weights) trained on the other folds only.
 */
function crossValidate(
  positives: readonly Prepared[],
  negatives: readonly Prepared[],
  options: { readonly seed: number; readonly threshold: number; readonly l2: number },
): ThemeCrossValidation {
  const folds = foldCount(positives.length, negatives.length);
  const random = prng(options.seed);
  const fold = new Map<number, number>();
  shuffled(positives, random).forEach((d, i) => fold.set(d.id, i % folds));
  shuffled(negatives, random).forEach((d, i) => fold.set(d.id, i % folds));
  const all = [...positives, ...negatives].sort((a, b) => a.id - b.id);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let k = 0; k < folds; k += 1) {
    const fitted = fit(
      all.filter((d) => fold.get(d.id) !== k),
      options.l2,
    );
    for (const d of all) {
      if (fold.get(d.id) !== k) continue;
      const predicted = score(fitted, d.features) > options.threshold;
      if (d.positive) {
        if (predicted) tp += 1;
        else fn += 1;
      } else if (predicted) fp += 1;
      else tn += 1;
    }
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : undefined;
  const recall = tp / (tp + fn);
  const f1 = precision !== undefined && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    folds,
    seed: options.seed,
    threshold: options.threshold,
    precision,
    recall,
    f1,
    precisionCi95: tp + fp > 0 ? wilson(tp, tp + fp) : undefined,
    recallCi95: wilson(tp, tp + fn),
    tp,
    fp,
    fn,
    tn,
    positives: positives.length,
    negatives: negatives.length,
  };
}

const Z95 = 1.959963984540054;

/** The 95% Wilson score interval of a proportion k of n (n > 0). */
export function wilson(k: number, n: number): readonly [number, number] {
  const p = k / n;
  const z2 = Z95 * Z95;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
