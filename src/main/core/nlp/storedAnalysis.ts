import type { SentimentLabel, VerbatimAnalysis } from '../../../shared/nlp';

/**
 * A verbatim's analysis as the project stores it (see migration 0004): made in the NLP worker,
 * so the thread that writes only binds values. Keyphrases travel flat: key, label, start, end, …
 */
export interface StoredAnalysis {
  readonly language: string;
  readonly english: boolean;
  readonly sentiment: number | null;
  readonly label: SentimentLabel | null;
  readonly sentences: string;
  readonly lemmas: string;
  readonly pii: string | null;
  readonly phrases: (string | number)[];
}

export function storedAnalysis(a: VerbatimAnalysis): StoredAnalysis {
  const phrases: (string | number)[] = [];
  for (const k of a.keyphrases) phrases.push(k.key, k.label, k.start, k.end);
  return {
    language: a.language,
    english: a.english,
    sentiment: a.sentiment?.score ?? null,
    label: a.sentiment?.label ?? null,
    sentences: sentencesJson(a.sentences),
    lemmas: a.lemmas.join(' '),
    pii: a.pii.length > 0 ? JSON.stringify(a.pii.map((p) => [p.kind, p.start, p.end])) : null,
    phrases,
  };
}

/** JSON.stringify of the sentences as [start, end, score, negated 0|1] rows, written directly (it runs once per verbatim). */
function sentencesJson(sentences: VerbatimAnalysis['sentences']): string {
  let json = '[';
  for (let i = 0; i < sentences.length; i += 1) {
    const s = sentences[i]!;
    // A finite number prints the same in JSON as in a template; anything else goes the long way.
    if (!Number.isFinite(s.start) || !Number.isFinite(s.end) || !Number.isFinite(s.score)) {
      return JSON.stringify(sentences.map((t) => [t.start, t.end, t.score, t.negated ? 1 : 0]));
    }
    json += `${i === 0 ? '' : ','}[${s.start},${s.end},${s.score},${s.negated ? 1 : 0}]`;
  }
  return `${json}]`;
}
