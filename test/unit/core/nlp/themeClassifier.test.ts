import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTextAnalyzer } from '../../../../src/main/core/nlp/analyzeText';
import { buildFeatureSpace, docFeatures } from '../../../../src/main/core/nlp/classifierFeatures';
import { loadLanguageDetector } from '../../../../src/main/core/nlp/language';
import { dot, sigmoid, trainLogisticRegression } from '../../../../src/main/core/nlp/logisticRegression';
import {
  foldCount,
  MIN_TRAINING_CODES,
  trainThemeClassifier,
  type ClassifierDoc,
  type ThemeClassifierModel,
} from '../../../../src/main/core/nlp/themeClassifier';

interface Labelled extends ClassifierDoc {
  readonly theme: string;
}

/** bench/quality/themes-labelled.json, analysed: 660 comments, 55 for each of 12 themes. */
let labelled: Labelled[];
/** Per theme, by id: the first two of every five comments are held out (22 per theme), the rest train (33). */
let train: Labelled[];
let heldOut: Labelled[];

beforeAll(async () => {
  await loadLanguageDetector();
  const analyze = createTextAnalyzer();
  const set = JSON.parse(readFileSync(join(__dirname, '../../../../bench/quality/themes-labelled.json'), 'utf8')) as {
    comments: { id: number; theme: string; text: string }[];
  };
  labelled = set.comments.map((c) => {
    const a = analyze(c.text);
    return { id: c.id, theme: c.theme, lemmas: a.lemmas, keyphrases: a.keyphrases };
  });
  const held = new Set<number>();
  for (const docs of groupByTheme(labelled).values()) [...docs].sort((a, b) => a.id - b.id).forEach((d, i) => i % 5 < 2 && held.add(d.id));
  train = labelled.filter((d) => !held.has(d.id));
  heldOut = labelled.filter((d) => held.has(d.id));
});

function groupByTheme(docs: readonly Labelled[]): Map<string, Labelled[]> {
  const out = new Map<string, Labelled[]>();
  for (const d of docs) out.set(d.theme, [...(out.get(d.theme) ?? []), d]);
  return out;
}

const doc = (id: number, ...lemmas: string[]): ClassifierDoc => ({ id, lemmas, keyphrases: [] });
const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

function trained(result: ReturnType<typeof trainThemeClassifier>) {
  if (!result.ok) throw new Error(result.message);
  return result;
}

function trainOn(theme: string, docs: readonly Labelled[], seed?: number) {
  return trained(trainThemeClassifier({ positives: docs.filter((d) => d.theme === theme), negatives: docs.filter((d) => d.theme !== theme), seed }));
}

/** Precision and recall of the model's suggestions among the held-out comments. */
function heldOutQuality(model: ThemeClassifierModel, theme: string) {
  const suggested = model.predict(heldOut);
  const themeOf = new Map(heldOut.map((d) => [d.id, d.theme]));
  const tp = suggested.filter((s) => themeOf.get(s.id) === theme).length;
  const positives = heldOut.filter((d) => d.theme === theme).length;
  return { tp, predicted: suggested.length, positives, precision: tp / suggested.length, recall: tp / positives };
}

describe('docFeatures', () => {
  it('stems lemmas, keeps a negated lemma as a distinct feature besides its topic, and adds bigrams and keyphrase keys once each', () => {
    expect(docFeatures({ id: 1, lemmas: ['Billing', '!charge', 'twice', 'billing'], keyphrases: [{ key: 'charg twice' }, { key: 'charg twice' }] })).toEqual([
      'w:bill',
      'w:charg',
      'w:!charg',
      'b:bill charg',
      'w:twice',
      'b:charg twice',
      'b:twice bill',
      'k:charg twice',
    ]);
    expect(docFeatures(doc(1))).toEqual([]);
  });

  it('vectorises with IDF from the training set only, L2-normalised, ignoring unseen features', () => {
    const space = buildFeatureSpace([['w:a', 'w:b'], ['w:a']]);
    // idf(a) = ln(3/3) + 1 = 1, idf(b) = ln(3/2) + 1
    const idfB = Math.log(1.5) + 1;
    const v = space.vectorise(['w:b', 'w:zzz', 'w:a', 'w:a']);
    expect([...v.indices]).toEqual([0, 1]);
    const norm = Math.hypot(1, idfB);
    expect(v.values[0]).toBeCloseTo(1 / norm, 12);
    expect(v.values[1]).toBeCloseTo(idfB / norm, 12);
    expect(space.vectorise(['w:zzz']).indices).toHaveLength(0);
  });
});

describe('trainLogisticRegression', () => {
  it('stops at the minimum of the regularised, weighted log-loss (its gradient is about zero there)', () => {
    const docs = train.map((d) => docFeatures(d));
    const space = buildFeatureSpace(docs);
    const rows = docs.map((f) => space.vectorise(f));
    const labels = train.map((d) => d.theme === 'billing-errors');
    const [cPos, cNeg, lambda] = [6, 0.55, 0.3];
    const model = trainLogisticRegression(rows, labels, space.names.length, { l2: lambda, positiveWeight: cPos, negativeWeight: cNeg });
    expect(model.converged).toBe(true);
    const grad = Float64Array.from(model.weights, (w) => lambda * w);
    let gradBias = 0;
    rows.forEach((x, i) => {
      const r = (labels[i] ? cPos : cNeg) * (sigmoid(dot(model.weights, x) + model.bias) - (labels[i] ? 1 : 0));
      x.indices.forEach((j, k) => (grad[j]! += r * x.values[k]!));
      gradBias += r;
    });
    expect(Math.max(...grad.map(Math.abs))).toBeLessThan(1e-3);
    expect(Math.abs(gradBias)).toBeLessThan(1e-3);
    // ...and the fit is not the trivial one.
    expect(Math.max(...model.weights)).toBeGreaterThan(1);
  });
});

describe('trainThemeClassifier', () => {
  it(`says how many codes are missing under ${MIN_TRAINING_CODES}, counting each verbatim once`, () => {
    const negatives = range(100, 30).map((id) => doc(id, 'crash'));
    const positives = [...range(1, 14).map((id) => doc(id, 'refund')), doc(1, 'refund')];
    expect(trainThemeClassifier({ positives, negatives })).toEqual({
      ok: false,
      reason: 'too-few-codes',
      have: 14,
      need: 15,
      message: 'Not enough codes (14 of 15)',
    });
    // A verbatim among both sets counts as a positive only, so 15 negatives given are 14.
    const fifteen = range(1, 15).map((id) => doc(id, 'refund'));
    expect(trainThemeClassifier({ positives: fifteen, negatives: [...negatives.slice(0, 14), doc(3, 'refund')] })).toMatchObject({
      ok: false,
      reason: 'too-few-negatives',
      have: 14,
      need: 15,
    });
    expect(trainThemeClassifier({ positives: fifteen, negatives: negatives.slice(0, 15) }).ok).toBe(true);
  });

  it('cross-validates perfectly separable codes at precision = recall = 1', () => {
    // Each verbatim also has a word of its own, which the held-out fold never saw.
    const positives = range(1, 15).map((id) => doc(id, 'refund', `own${id}`));
    const negatives = range(101, 30).map((id) => doc(id, 'crash', `own${id}`));
    const { crossValidation, model } = trained(trainThemeClassifier({ positives, negatives }));
    expect(crossValidation).toMatchObject({ folds: 5, seed: 1, threshold: 0.5, precision: 1, recall: 1, f1: 1 });
    expect(crossValidation).toMatchObject({ tp: 15, fp: 0, fn: 0, tn: 30, positives: 15, negatives: 30 });
    expect(model.confidence(doc(999, 'refund'))).toBeGreaterThan(0.8);
    expect(model.confidence(doc(999, 'crash'))).toBeLessThan(0.2);
    // An unseen word is ignored, so 9 and 8 tie, and ties go by id.
    const suggested = model.predict([doc(7, 'crash'), doc(9, 'refund'), doc(8, 'refund', 'late')]);
    expect(suggested.map((s) => s.id)).toEqual([8, 9]);
    expect(suggested[0]!.confidence).toBe(suggested[1]!.confidence);
  });

  it('suggests nothing when codes and the rest look alike, and counts every verbatim once in cross-validation', () => {
    // Identical verbatims: the classes weigh the same, so every confidence is exactly 0.5 — not above the threshold.
    const positives = range(1, 15).map((id) => doc(id, 'service'));
    const negatives = range(101, 45).map((id) => doc(id, 'service'));
    const { crossValidation, model } = trained(trainThemeClassifier({ positives, negatives }));
    expect(crossValidation).toMatchObject({ folds: 5, precision: undefined, precisionCi95: undefined, recall: 0, f1: 0, tp: 0, fp: 0, fn: 15, tn: 45 });
    expect(model.confidence(doc(999, 'service'))).toBe(0.5);
    expect(model.predict([...positives, ...negatives])).toEqual([]);
    // At a lower threshold everything is suggested: precision 15 of 60, recall 15 of 15, F1 = 2·0.25·1 / 1.25.
    const low = trained(trainThemeClassifier({ positives, negatives, threshold: 0.4 })).crossValidation;
    expect(low).toMatchObject({ threshold: 0.4, precision: 0.25, recall: 1, tp: 15, fp: 45, fn: 0, tn: 0 });
    expect(low.f1).toBeCloseTo(0.4, 12);
    // Wilson 95%: 15 of 60 → 0.265 ± 0.107; 15 of 15 → 0.898 ± 0.102, so [0.796, 1].
    expect(low.precisionCi95![0]).toBeCloseTo(0.158, 3);
    expect(low.precisionCi95![1]).toBeCloseTo(0.372, 3);
    expect(low.recallCi95[0]).toBeCloseTo(0.796, 3);
    expect(low.recallCi95[1]).toBe(1);
    // Five folds of at least three of each class; fewer only if a class had under 15 (which the minimum rules out today).
    expect([foldCount(15, 15), foldCount(40, 400), foldCount(14, 400), foldCount(6, 400), foldCount(2, 2)]).toEqual([5, 5, 4, 2, 2]);
  });

  it('is deterministic: the same codes, in any order, and seed give the same model and figures', () => {
    const a = trainOn('billing-errors', train, 7);
    const b = trainOn('billing-errors', [...train].reverse(), 7);
    expect(b.crossValidation).toEqual(a.crossValidation);
    const suggestions = a.model.predict(labelled);
    expect(suggestions.length).toBeGreaterThan(30);
    expect(b.model.predict(labelled)).toEqual(suggestions);
    // The seed deals the folds only: the final model does not change with it, the estimates do a little.
    const others = [1, 2, 3, 4].map((seed) => trainOn('billing-errors', train, seed));
    for (const o of others) expect(o.model.predict(labelled)).toEqual(suggestions);
    const figures = new Set([a, ...others].map((o) => `${o.crossValidation.tp}/${o.crossValidation.fp}`));
    expect(figures.size).toBeGreaterThan(1);
  });

  it('predicts above the threshold only, most confident first, with a limit', () => {
    const { model } = trainOn('wait-time', train);
    const all = model.predict(heldOut);
    expect(all.length).toBeGreaterThan(10);
    expect(all.every((s) => s.confidence > 0.5 && s.confidence <= 1)).toBe(true);
    expect(all.map((s) => s.confidence)).toEqual([...all.map((s) => s.confidence)].sort((x, y) => y - x));
    const expected = heldOut.filter((d) => model.confidence(d) > 0.5).map((d) => d.id);
    expect(all.map((s) => s.id).sort((x, y) => x - y)).toEqual(expected.sort((x, y) => x - y));
    expect(model.predict(heldOut, { limit: 3 })).toEqual(all.slice(0, 3));
    expect(model.predict(heldOut, { threshold: 0.8 })).toEqual(all.filter((s) => s.confidence > 0.8));
    expect(model.topFeatures(5).map((f) => f.feature)).toEqual(expect.arrayContaining(['w:wait', 'w:queue']));
  });

  // Trained on the 33 training comments of the theme against the 363 of the other themes, tested on the
  // 264 held-out comments (22 of the theme; base rate 1 in 12). Measured with this split and seed 1
  // (precision, recall): billing-errors 0.86 (18/21), 0.82 (18/22); wait-time 0.68 (17/25), 0.77 (17/22);
  // app-bugs 0.50 (7/14), 0.32 (7/22) — crash reports mention bills and accounts, and the set
  // paraphrases on purpose. The floors leave one or two verbatims' worth of room for drift in the NLP
  // pipeline's lemmas; the precision floors are 5–9 times the base rate, what suggesting at random gives.
  it.each([
    ['billing-errors', 0.75, 0.7],
    ['wait-time', 0.6, 0.65],
    ['app-bugs', 0.4, 0.25],
  ])('learns %s from the codes: held-out precision ≥ %s and recall ≥ %s', (theme, minPrecision, minRecall) => {
    const { model } = trainOn(theme, train);
    const q = heldOutQuality(model, theme);
    expect(q.precision, `${q.tp} of ${q.predicted}`).toBeGreaterThanOrEqual(minPrecision);
    expect(q.recall, `${q.tp} of ${q.positives}`).toBeGreaterThanOrEqual(minRecall);
  });

  it('cross-validation estimates what the held-out comments show', () => {
    // Per theme, within 0.3: each figure rests on 15–25 verbatims (standard error about 0.1 each).
    // Pooled over the 12 themes, tighter. Cross-validation trains on 4/5 of the codes, so its recall
    // runs under the final model's: measured pooled 0.40 (158 of 396) against 0.50 (133 of 264); precision
    // 0.63 (158 of 249) against 0.70 (133 of 189).
    let cv = { tp: 0, fp: 0, fn: 0 };
    let held = { tp: 0, predicted: 0, positives: 0 };
    const themes = [...new Set(labelled.map((d) => d.theme))].sort();
    for (const theme of themes) {
      const { model, crossValidation: c } = trainOn(theme, train);
      const q = heldOutQuality(model, theme);
      if (['billing-errors', 'wait-time', 'app-bugs'].includes(theme)) {
        expect(Math.abs((c.precision ?? 0) - q.precision), `${theme} precision`).toBeLessThanOrEqual(0.3);
        expect(Math.abs(c.recall - q.recall), `${theme} recall`).toBeLessThanOrEqual(0.3);
      }
      expect(c).toMatchObject({ folds: 5, positives: 33, negatives: 363, threshold: 0.5 });
      expect(c.tp + c.fn).toBe(33);
      expect(c.fp + c.tn).toBe(363);
      cv = { tp: cv.tp + c.tp, fp: cv.fp + c.fp, fn: cv.fn + c.fn };
      held = { tp: held.tp + q.tp, predicted: held.predicted + q.predicted, positives: held.positives + q.positives };
    }
    const cvPrecision = cv.tp / (cv.tp + cv.fp);
    const cvRecall = cv.tp / (cv.tp + cv.fn);
    const heldPrecision = held.tp / held.predicted;
    const heldRecall = held.tp / held.positives;
    expect(Math.abs(cvPrecision - heldPrecision)).toBeLessThanOrEqual(0.1);
    expect(heldRecall - cvRecall).toBeGreaterThanOrEqual(-0.05);
    expect(heldRecall - cvRecall).toBeLessThanOrEqual(0.15);
  });

  it('trains on a few thousand verbatims well under a second and scores 100k in a few seconds', () => {
    // Synthetic verbatims: the first half of one labelled comment's lemmas and the second half of another's of the same theme.
    let state = 12345;
    const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const byTheme = groupByTheme(labelled);
    const synthetic = (n: number, from: number): Labelled[] =>
      range(from, n).map((id) => {
        const a = labelled[Math.floor(random() * labelled.length)]!;
        const same = byTheme.get(a.theme)!;
        const b = same[Math.floor(random() * same.length)]!;
        return {
          id,
          theme: a.theme,
          lemmas: [...a.lemmas.slice(0, Math.ceil(a.lemmas.length / 2)), ...b.lemmas.slice(Math.floor(b.lemmas.length / 2))],
          keyphrases: [...a.keyphrases, ...b.keyphrases],
        };
      });
    const docs = synthetic(3000, 1);
    const t0 = performance.now();
    const { model } = trainOn('delivery-delays', docs);
    const trainMs = performance.now() - t0;
    const many = synthetic(100_000, 10_000);
    const t1 = performance.now();
    const suggested = model.predict(many);
    const predictMs = performance.now() - t1;
    // Measured about 300 ms (5-fold cross-validation and the final fit) and 550 ms; the bounds allow a loaded machine.
    expect(trainMs).toBeLessThan(2_000);
    expect(predictMs).toBeLessThan(5_000);
    expect(suggested.length).toBeGreaterThan(5_000);
  });
});
