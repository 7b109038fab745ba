/** How a suggested theme is named: the words and keyphrases that set its verbatims apart. */

/** A keyphrase of a suggested theme: its key (Porter stems), readable label, and members holding it. */
export interface SuggestedPhrase {
  readonly key: string;
  readonly label: string;
  readonly count: number;
}

/** Documents holding each lemma and each keyphrase key, in a group of documents. */
export interface TermCounts {
  docs: number;
  readonly lemmas: Map<string, number>;
  readonly phrases: Map<string, { count: number; readonly labels: Map<string, number> }>;
}

export function emptyCounts(): TermCounts {
  return { docs: 0, lemmas: new Map(), phrases: new Map() };
}

/** Adds one document: its distinct lemmas and its distinct keyphrases. */
export function countDoc(counts: TermCounts, lemmas: readonly string[], phrases: readonly { readonly key: string; readonly label: string }[]): void {
  counts.docs += 1;
  for (const lemma of new Set(lemmas)) counts.lemmas.set(lemma, (counts.lemmas.get(lemma) ?? 0) + 1);
  const seen = new Set<string>();
  for (const { key, label } of phrases) {
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    let entry = counts.phrases.get(key);
    if (!entry) counts.phrases.set(key, (entry = { count: 0, labels: new Map() }));
    entry.count += 1;
    const readable = label.toLowerCase();
    entry.labels.set(readable, (entry.labels.get(readable) ?? 0) + 1);
  }
}

/**
 * How much a term sets a group apart: its share in the group times the log of its lift over the
 * whole collection (the term's contribution to the KL divergence of the group from the
 * collection), with add-half smoothing. Terms in fewer than two of the group's documents (one for
 * groups under four) do not count: a label must describe more than one verbatim.
 */
function distinctiveness(inGroup: number, groupDocs: number, overall: number, allDocs: number): number {
  if (inGroup < (groupDocs < 4 ? 1 : 2)) return 0;
  const share = inGroup / groupDocs;
  const lift = ((inGroup + 0.5) / (groupDocs + 1)) / ((overall + 0.5) / (allDocs + 1));
  return lift > 1 ? share * Math.log(lift) : 0;
}

const LABEL_TERMS = 3;
const PHRASES = 10;

function mostFrequent(labels: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [label, count] of labels) {
    if (count > bestCount || (count === bestCount && label < best)) {
      best = label;
      bestCount = count;
    }
  }
  return best;
}

/**
 * A group's label and ranked keyphrases. The label joins its three most distinctive terms with
 * " · ": a multi-word keyphrase ("hold music") or a lemma ("queue"), a lemma left out when a chosen
 * phrase already says it and a phrase left out when it repeats a chosen word. Phrases rank by
 * distinctiveness, then by count; with nothing distinctive, by count.
 */
export function describeThemeGroup(group: TermCounts, all: TermCounts): { label: string; phrases: SuggestedPhrase[]; terms: string[] } {
  type Candidate = { text: string; words: string[]; score: number; count: number };
  const candidates: Candidate[] = [];
  for (const [lemma, count] of group.lemmas) {
    candidates.push({ text: lemma, words: [lemma], score: distinctiveness(count, group.docs, all.lemmas.get(lemma) ?? count, all.docs), count });
  }
  const phrases: (SuggestedPhrase & { score: number })[] = [];
  for (const [key, entry] of group.phrases) {
    const label = mostFrequent(entry.labels);
    const score = distinctiveness(entry.count, group.docs, all.phrases.get(key)?.count ?? entry.count, all.docs);
    phrases.push({ key, label, count: entry.count, score });
    const words = label.split(/\s+/).filter(Boolean);
    if (words.length > 1) candidates.push({ text: label, words, score, count: entry.count });
  }
  const byRank = <T extends { score: number; count: number }>(key: (x: T) => string) => (a: T, b: T) =>
    b.score - a.score || b.count - a.count || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  candidates.sort(byRank((c) => c.text));
  phrases.sort(byRank((p) => p.key));

  const chosen: Candidate[] = [];
  const chosenWords = new Set<string>();
  const pool = candidates.some((c) => c.score > 0) ? candidates.filter((c) => c.score > 0) : candidates;
  for (const c of pool) {
    if (chosen.length === LABEL_TERMS) break;
    if (c.words.some((w) => chosenWords.has(w))) continue;
    chosen.push(c);
    for (const w of c.words) chosenWords.add(w);
  }
  return {
    label: chosen.length ? chosen.map((c) => c.text).join(' · ') : '(no words)',
    phrases: phrases.slice(0, PHRASES).map(({ key, label, count }) => ({ key, label, count })),
    terms: chosen.map((c) => c.text),
  };
}
