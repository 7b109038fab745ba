/** What Loupe's NLP pipeline finds in one verbatim (see src/main/core/nlp). */
export type SentimentLabel = 'negative' | 'neutral' | 'positive';

export interface Sentiment {
  /** In [-1, 1]. */
  readonly score: number;
  readonly label: SentimentLabel;
}

/** A sentence of a verbatim: character offsets [start, end), its sentiment, whether it holds a negation. */
export interface SentenceSentiment extends Sentiment {
  readonly start: number;
  readonly end: number;
  readonly negated: boolean;
}

export type PiiKind = 'email' | 'phone' | 'card' | 'iban' | 'ip';

/** Personal data in a verbatim, as character offsets [start, end). */
export interface PiiSpan {
  readonly kind: PiiKind;
  readonly start: number;
  readonly end: number;
}

export interface KeyphraseSpan {
  /** The phrase's key: Porter stems of its lemmas ("bill charg"). */
  readonly key: string;
  /** Its lemmas, readable ("billing charge"). */
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

export interface VerbatimAnalysis {
  /** ISO 639-1 code, or 'und' when the text has no words to tell by. */
  readonly language: string;
  /** Scored as English; other languages are kept and flagged, not scored. */
  readonly english: boolean;
  readonly sentiment?: Sentiment;
  readonly sentences: readonly SentenceSentiment[];
  /** Content lemmas in order (no stop words or punctuation); '!' marks a lemma inside a negation's scope. */
  readonly lemmas: readonly string[];
  readonly keyphrases: readonly KeyphraseSpan[];
  readonly pii: readonly PiiSpan[];
}

/** One verbatim as `loupe verbatims` and the grid list it (DESIGN.md section 3). */
export interface VerbatimRow {
  readonly verbatimId: number;
  readonly respondentId?: string;
  /** The export's column the verbatim came from. */
  readonly column: string;
  readonly text: string;
  /** Absent until the verbatim is analysed. */
  readonly language?: string;
  /** Absent until analysed, and for text that is not English. */
  readonly sentiment?: Sentiment;
  readonly keyphrases: readonly string[];
  /** Codebook themes (the coding issue); empty until then. */
  readonly themes: readonly string[];
}

/** What an analysis job reports. */
export interface AnalysisResult {
  readonly analysed: number;
  readonly alreadyAnalysed: number;
  readonly english: number;
  readonly otherLanguages: number;
  readonly withPersonalData: number;
  readonly ms: number;
}

/** A keyphrase across the corpus, and how distinctive it is for detractors vs promoters. */
export interface KeyphraseStatsRow {
  readonly key: string;
  readonly label: string;
  /** Occurrences in every verbatim. */
  readonly frequency: number;
  /** Verbatims holding it at least once. */
  readonly documents: number;
  /** Occurrences in detractors' verbatims (counted responses, scores 0–6). */
  readonly detractors: number;
  /** Occurrences in promoters' verbatims (scores 9–10). */
  readonly promoters: number;
  /** Log-odds ratio (informative Dirichlet prior): > 0 leans to detractors. */
  readonly logOdds: number;
  readonly z: number;
}

/** A suggested theme as the project keeps it (DESIGN.md section 3: `loupe themes --suggested`). */
export interface ThemeSuggestion {
  readonly id: string;
  readonly label: string;
  readonly phrases: readonly { readonly key: string; readonly label: string; readonly count: number }[];
  /** Verbatims in it. */
  readonly members: number;
  /** Share of the clustered verbatims in it. */
  readonly volume: number;
  /** Share of its members (with an NPS group) that are detractors. */
  readonly detractorShare: number;
  /** How much closer its members are to its centre than the average verbatim (about 0–1). */
  readonly distinctiveness: number;
  /** A few verbatims nearest its centre. */
  readonly representatives: readonly { readonly verbatimId: number; readonly text: string }[];
  readonly state: 'open' | 'accepted' | 'dropped';
  /** The codebook theme it became, once accepted. */
  readonly themeId?: number;
}

/** How the current suggestions were made. */
export interface SuggestionRun {
  readonly createdAt: string;
  readonly granularity: number;
  readonly vectors: boolean;
  readonly documents: number;
  readonly ms: number;
}

/** A theme's classifier, learnt from its manual codes: how far to trust it, and what it suggests. */
export interface ClassifierRun {
  readonly themeId: number;
  readonly createdAt: string;
  /** Verbatims coded with the theme by hand, and coded by hand with other themes only. */
  readonly positives: number;
  readonly negatives: number;
  readonly threshold: number;
  readonly validation: {
    readonly folds: number;
    /** Undefined when no verbatim was predicted positive in the folds. */
    readonly precision?: number;
    readonly recall: number;
    readonly f1: number;
    readonly precisionCi95?: readonly [number, number];
    readonly recallCi95: readonly [number, number];
    readonly tp: number;
    readonly fp: number;
    readonly fn: number;
  };
  /** The words and phrases it weighs most ("w:refund", "k:bill charg"). */
  readonly topFeatures: readonly string[];
  /** Uncoded verbatims it suggests the theme for (confidence above the threshold). */
  readonly suggested: number;
}
