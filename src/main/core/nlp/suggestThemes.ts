import { louvainCommunities } from './louvainCommunities';
import { nearestNeighbourGraph } from './nearestNeighbourGraph';
import { hashString } from './seededRandom';
import { countDoc, describeThemeGroup, emptyCounts, type SuggestedPhrase, type TermCounts } from './describeThemeGroup';
import { buildThemeFeatureSpace, docLemmas, normalise, type DocFeatures, type ThemeDoc } from './themeFeatureSpace';
import type { WordVectors } from './wordVectors';

export type { ThemeDoc } from './themeFeatureSpace';
export type { SuggestedPhrase } from './describeThemeGroup';

export interface SuggestThemesOptions {
  /** Coarser (< 0) or finer (> 0) themes: each step multiplies the resolution by √2. Default 0, clamped to [-4, 4]. */
  readonly granularity?: number;
  /** Draws the sample and the community search's visiting order. Default 1. */
  readonly seed?: number;
  /** Word embeddings (loadWordVectors): without them, TF-IDF alone, which finds fewer paraphrases. */
  readonly vectors?: WordVectors;
  /** A community of the sample smaller than this is dissolved into the others. Default max(3, 1% of the sample). */
  readonly minSize?: number;
  /** Verbatims clustered directly (the rest join the nearest theme). Default 3,000. */
  readonly sampleSize?: number;
  /** Neighbours per verbatim in the similarity graph. Default 10 with vectors, 20 without. */
  readonly neighbours?: number;
}

/** A theme suggested from the data, for a researcher to accept (as a codebook theme), rename or drop. */
export interface SuggestedTheme {
  /** Stable for the same content: a hash of the label and top phrases. */
  readonly id: string;
  /** Its most distinctive terms, "hold music · queue · wait". */
  readonly label: string;
  /** Its keyphrases, most distinctive first (at most 10). */
  readonly phrases: readonly SuggestedPhrase[];
  /** Ids of the verbatims in it, ascending. */
  readonly members: readonly number[];
  /** Members over the verbatims with text. */
  readonly volume: number;
  /** Detractors over the members with an NPS group (0 when none has one). */
  readonly detractorShare: number;
  /** How much closer its members are to its centre than the average verbatim (cosine, about 0–1). */
  readonly distinctiveness: number;
  /** Up to five members nearest its centre (distinct texts), nearest first. */
  readonly representatives: readonly number[];
}

const DEFAULT_SAMPLE = 3000;
/**
 * Neighbours per verbatim. TF-IDF alone gives most pairs a similarity of 0 (no shared word), so
 * without vectors a verbatim needs more neighbours to reach its paraphrases through shared words:
 * on the labelled set, ARI without vectors rose from 0.08 (10) to 0.09 (20); with vectors 8–20
 * were within noise of each other.
 */
const DEFAULT_NEIGHBOURS = 10;
const DEFAULT_NEIGHBOURS_WITHOUT_VECTORS = 20;
/**
 * Modularity resolution at granularity 0. On the labelled set (12 themes) 1.5 gave 14–17 themes and
 * the best ARI; 1.06–2.1 were within 0.02 of it.
 */
const BASE_RESOLUTION = 1.5;
const MAX_REPRESENTATIVES = 5;

interface Centroids {
  readonly count: number;
  /** count × dimensions, unit rows. */
  readonly dense: Float32Array;
  /** terms × count: each centroid's TF-IDF weight of each term (unit columns). */
  readonly sparse: Float32Array;
}

/**
 * Suggests themes: groups of verbatims about the same thing, found from the data.
 *
 * 1. Each verbatim becomes a SIF embedding (Arora et al. 2017: word vectors averaged with weight
 *    a / (a + p(word)), the collection's common direction removed) and a TF-IDF vector over
 *    lemma stems and keyphrase keys; similarity is a weighted sum of both cosines.
 * 2. A deterministic sample of distinct contents (at most `sampleSize`, drawn by hashing ids with
 *    the seed; repeats of a sampled text take its theme) is linked into a k-nearest-neighbour
 *    graph, and Louvain modularity communities are found in it: the number of themes follows from
 *    the data, and `granularity` scales the resolution.
 * 3. Communities under `minSize` are dissolved; every other verbatim (outside the sample, or in a
 *    dissolved community) joins the theme whose centroid it is most similar to, so the cost beyond
 *    the sample is linear. Verbatims with no usable word join none.
 * 4. Each theme is named by its most distinctive terms and keyphrases (describeThemeGroup.ts).
 *
 * Pure and deterministic: the same docs, options and seed give the same suggestions.
 */
export function suggestThemes(docs: readonly ThemeDoc[], options: SuggestThemesOptions = {}): SuggestedTheme[] {
  const seed = options.seed ?? 1;
  const granularity = Math.max(-4, Math.min(4, options.granularity ?? 0));
  const usable: number[] = [];
  docs.forEach((doc, i) => {
    if (docLemmas(doc).length > 0 || doc.keyphrases.length > 0) usable.push(i);
  });
  const { sample: sampleIndexes, twins } = drawSample(docs, usable, options.sampleSize ?? DEFAULT_SAMPLE, seed);
  const space = buildThemeFeatureSpace(docs, sampleIndexes, options.vectors);
  const sample: { index: number; features: DocFeatures }[] = [];
  for (const index of sampleIndexes) {
    const features = space.features(docs[index]!);
    if (features) sample.push({ index, features });
  }
  const minSize = Math.max(1, options.minSize ?? Math.max(3, Math.ceil(sample.length / 100)));
  if (sample.length < minSize || sample.length === 0) return [];

  const k = Math.min(options.neighbours ?? (space.dimensions ? DEFAULT_NEIGHBOURS : DEFAULT_NEIGHBOURS_WITHOUT_VECTORS), sample.length - 1);
  const graph = nearestNeighbourGraph(sample.map((s) => s.features), k, space.denseWeight, space.sparseWeight);
  // A small, dense graph falls apart into singletons at a resolution above 1: when no community
  // reaches minSize, the resolution is halved (at most three times) before giving up.
  let communities: Int32Array = new Int32Array(0);
  const theme = new Map<number, number>();
  for (let resolution = BASE_RESOLUTION * Math.SQRT2 ** granularity, attempt = 0; theme.size === 0 && attempt < 4; resolution /= 2, attempt += 1) {
    communities = louvainCommunities(graph, { resolution, seed });
    // Communities big enough to be themes, numbered by first appearance.
    const sizes = new Map<number, number>();
    for (const c of communities) sizes.set(c, (sizes.get(c) ?? 0) + 1);
    for (const c of communities) if (sizes.get(c)! >= minSize && !theme.has(c)) theme.set(c, theme.size);
  }
  if (theme.size === 0) return [];
  const centroids = makeCentroids(sample.map((s, i) => ({ features: s.features, theme: theme.get(communities[i]!) })), theme.size, space.dimensions);

  const assignment = new Int32Array(docs.length).fill(-1);
  const sampled = new Map<number, DocFeatures>();
  sample.forEach((s, i) => {
    sampled.set(s.index, s.features);
    const t = theme.get(communities[i]!);
    if (t !== undefined) assignment[s.index] = t;
  });
  const scores = new Float64Array(theme.size);
  for (const i of usable) {
    if (assignment[i] !== -1) continue;
    const twin = sampled.has(i) ? undefined : twins.get(contentKey(docs[i]!));
    if (twin !== undefined && assignment[twin] !== -1) {
      assignment[i] = assignment[twin]!;
      continue;
    }
    const features = sampled.get(i) ?? space.features(docs[i]!);
    if (features) assignment[i] = nearest(features, centroids, space.denseWeight, space.sparseWeight, scores);
  }
  return describe(docs, assignment, theme.size, sample, centroids, space);
}

/** What a verbatim says, to find repeats ("Great service" a thousand times): its lemmas and keyphrase keys. */
function contentKey(doc: ThemeDoc): string {
  return `${docLemmas(doc).join(' ')}\u0001${doc.keyphrases.map((k) => k.key).join('\u0002')}`;
}

/**
 * The sample: usable docs in the order of a hash of (id, seed), one per distinct content, until
 * `size` are taken (the same docs for the same ids and seed). Repeats of a sampled content are not
 * clustered again (a thousand identical answers would otherwise make a clique that crowds out
 * everything else among their neighbours); `twins` maps each sampled content to its doc, whose
 * theme its repeats then take.
 */
function drawSample(docs: readonly ThemeDoc[], usable: readonly number[], size: number, seed: number): { sample: number[]; twins: Map<string, number> } {
  const order = usable.length <= size ? [...usable] : usable.map((i) => ({ i, h: hashString(String(docs[i]!.id), seed) })).sort((a, b) => a.h - b.h || a.i - b.i).map((x) => x.i);
  const twins = new Map<string, number>();
  const sample: number[] = [];
  for (const i of order) {
    if (sample.length === size) break;
    const key = contentKey(docs[i]!);
    if (twins.has(key)) continue;
    twins.set(key, i);
    sample.push(i);
  }
  return { sample: sample.sort((a, b) => a - b), twins };
}

function makeCentroids(points: readonly { features: DocFeatures; theme: number | undefined }[], count: number, dimensions: number): Centroids {
  let terms = 0;
  for (const p of points) for (const id of p.features.ids) terms = Math.max(terms, id + 1);
  const dense = new Float32Array(count * dimensions);
  const sparse = new Float32Array(terms * count);
  for (const { features, theme } of points) {
    if (theme === undefined) continue;
    if (features.dense) for (let d = 0; d < dimensions; d += 1) dense[theme * dimensions + d]! += features.dense[d]!;
    features.ids.forEach((id, t) => (sparse[id * count + theme]! += features.values[t]!));
  }
  for (let c = 0; c < count; c += 1) {
    normalise(dense.subarray(c * dimensions, (c + 1) * dimensions));
    let s = 0;
    for (let id = 0; id < terms; id += 1) s += sparse[id * count + c]! ** 2;
    if (s > 0) for (let id = 0; id < terms; id += 1) sparse[id * count + c]! /= Math.sqrt(s);
  }
  return { count, dense, sparse };
}

/** Fills `scores` with the similarity to each centroid; returns the best theme, or -1 when none is similar at all. */
function nearest(features: DocFeatures, centroids: Centroids, denseWeight: number, sparseWeight: number, scores: Float64Array): number {
  const { count, dense, sparse } = centroids;
  scores.fill(0);
  if (features.dense && denseWeight > 0) {
    const dimensions = features.dense.length;
    for (let c = 0; c < count; c += 1) {
      let s = 0;
      for (let d = 0; d < dimensions; d += 1) s += features.dense[d]! * dense[c * dimensions + d]!;
      scores[c] = denseWeight * s;
    }
  }
  if (sparseWeight > 0) {
    features.ids.forEach((id, t) => {
      const at = id * count;
      if (at >= sparse.length) return;
      const w = sparseWeight * features.values[t]!;
      for (let c = 0; c < count; c += 1) scores[c]! += w * sparse[at + c]!;
    });
  }
  let best = -1;
  let bestScore = 0;
  for (let c = 0; c < count; c += 1) {
    if (scores[c]! > bestScore) {
      bestScore = scores[c]!;
      best = c;
    }
  }
  return best;
}

function describe(
  docs: readonly ThemeDoc[],
  assignment: Int32Array,
  count: number,
  sample: readonly { index: number; features: DocFeatures }[],
  centroids: Centroids,
  space: ReturnType<typeof buildThemeFeatureSpace>,
): SuggestedTheme[] {
  const withText = docs.reduce((n, d) => n + (d.text.trim() !== '' ? 1 : 0), 0);
  const all = emptyCounts();
  const groups: TermCounts[] = Array.from({ length: count }, emptyCounts);
  const members: number[][] = Array.from({ length: count }, () => []);
  const grouped = new Array<number>(count).fill(0);
  const detractors = new Array<number>(count).fill(0);
  docs.forEach((doc, i) => {
    const lemmas = docLemmas(doc);
    if (lemmas.length === 0 && doc.keyphrases.length === 0) return;
    countDoc(all, lemmas, doc.keyphrases);
    const t = assignment[i]!;
    if (t < 0) return;
    countDoc(groups[t]!, lemmas, doc.keyphrases);
    members[t]!.push(doc.id);
    if (doc.group) grouped[t]! += 1;
    if (doc.group === 'detractor') detractors[t]! += 1;
  });

  // Nearness to each centroid, over the sample: representatives and distinctiveness.
  const scores = new Float64Array(count);
  const near: { index: number; score: number }[][] = Array.from({ length: count }, () => []);
  const inside = new Array<number>(count).fill(0);
  const overall = new Array<number>(count).fill(0);
  for (const s of sample) {
    nearest(s.features, centroids, space.denseWeight, space.sparseWeight, scores);
    for (let c = 0; c < count; c += 1) overall[c]! += scores[c]!;
    const t = assignment[s.index]!;
    if (t < 0) continue;
    near[t]!.push({ index: s.index, score: scores[t]! });
    inside[t]! += scores[t]!;
  }

  const themes: SuggestedTheme[] = [];
  const ids = new Set<string>();
  for (let t = 0; t < count; t += 1) {
    if (members[t]!.length === 0) continue;
    const { label, phrases, terms } = describeThemeGroup(groups[t]!, all);
    const base = `theme-${hashString([...terms, '|', ...phrases.slice(0, 5).map((p) => p.key)].join('\u0001')).toString(16).padStart(8, '0')}`;
    let id = base;
    for (let n = 2; ids.has(id); n += 1) id = `${base}-${n}`;
    ids.add(id);
    const ranked = near[t]!.sort((a, b) => b.score - a.score || a.index - b.index);
    const representatives: number[] = [];
    const texts = new Set<string>();
    for (const { index } of ranked) {
      if (representatives.length === MAX_REPRESENTATIVES) break;
      const text = docs[index]!.text.trim().toLowerCase();
      if (texts.has(text)) continue;
      texts.add(text);
      representatives.push(docs[index]!.id);
    }
    const n = members[t]!.length;
    themes.push({
      id,
      label,
      phrases,
      members: members[t]!.sort((a, b) => a - b),
      volume: withText > 0 ? n / withText : 0,
      detractorShare: grouped[t]! > 0 ? detractors[t]! / grouped[t]! : 0,
      distinctiveness: ranked.length > 0 ? inside[t]! / ranked.length - overall[t]! / sample.length : 0,
      representatives,
    });
  }
  return themes.sort((a, b) => b.volume - a.volume || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
