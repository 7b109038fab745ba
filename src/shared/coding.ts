/** A theme of the codebook (DESIGN.md section 3: `loupe themes`). */
export interface Theme {
  readonly id: number;
  readonly name: string;
  /** Names from the root, joined by " > " ("Billing > Double charge"). */
  readonly path: string;
  readonly parentId?: number;
  readonly description: string;
  readonly color: string;
  readonly shortcut?: string;
  readonly guid: string;
  /** Verbatims carrying it (active codes, any coder). */
  readonly count: number;
}

export type CodeSource = 'manual' | 'rule' | 'suggestion' | 'model';

/** One entry of the coding log. */
export interface CodingAction {
  readonly id: number;
  readonly at: string;
  readonly coder: string;
  readonly kind: string;
  readonly source: CodeSource;
  readonly summary: string;
  readonly state: 'done' | 'undone' | 'discarded';
}

/** What `loupe code` and a bulk apply report (DESIGN.md section 3). */
export interface CodeResult {
  readonly theme: string;
  /** Verbatims coded by this run. */
  readonly coded: number;
  /** Matching verbatims that already carried the theme (or that a coder removed it from by hand). */
  readonly alreadyCoded: number;
  readonly actionId?: number;
}

export type NpsGroup = 'detractor' | 'passive' | 'promoter';

/** Which verbatims the grid shows (all filters combine). */
export interface GridFilter {
  /** Full-text expression (words, "phrases", prefix*, AND / OR / NOT). */
  readonly query?: string;
  readonly group?: NpsGroup;
  /** Scores from scoreMin to scoreMax (inclusive). */
  readonly scoreMin?: number;
  readonly scoreMax?: number;
  /** Only verbatims carrying this theme (the same as themeIds [id] with themeMode 'any'). */
  readonly themeId?: number;
  /** Themes to filter by, with how they combine: carrying any of them, all of them, or none of them. */
  readonly themeIds?: readonly number[];
  readonly themeMode?: 'any' | 'all' | 'none';
  /** Only verbatims carrying no theme at all. */
  readonly uncoded?: boolean;
  /** Only responses with these segment values (segment name → a value, or any of several values, as the export writes them). */
  readonly segments?: Readonly<Record<string, string | readonly string[]>>;
  /** The verbatim's overall sentiment (English verbatims that were analysed). */
  readonly sentiment?: 'negative' | 'neutral' | 'positive';
  /** Response dates from dateFrom to dateTo (YYYY-MM-DD, inclusive, in the export's own time zone). */
  readonly dateFrom?: string;
  readonly dateTo?: string;
  /** Only verbatims this coder has coded (any theme). */
  readonly coder?: string;
  /** Only the verbatims of this suggested theme. */
  readonly suggestion?: string;
  /** Only the verbatims this theme's classifier suggests it for. */
  readonly model?: number;
}

/** How the grid's rows are ordered: by a column (score, date, respondentId, sentiment or segment:<name>); by verbatim otherwise. */
export interface GridSort {
  readonly column: string;
  readonly direction: 'asc' | 'desc';
}

/** A span of a verbatim's text [start, end) with what to show for it. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly label: string;
}

/** One row of the verbatim grid. */
export interface GridRow {
  readonly verbatimId: number;
  readonly responseId: number;
  readonly respondentId?: string;
  readonly column: string;
  readonly text: string;
  readonly score?: number;
  readonly group?: NpsGroup;
  readonly sentiment?: { readonly score: number; readonly label: 'negative' | 'neutral' | 'positive' };
  readonly date?: string;
  readonly themes: readonly { readonly id: number; readonly name: string; readonly color: string }[];
  /** Keyphrases found in the text (empty until analysed). */
  readonly keyphrases: readonly TextSpan[];
  /** Segment name → the response's value. */
  readonly segments: Readonly<Record<string, string>>;
  /** How many notes the verbatim has. */
  readonly notes: number;
}

export type RuleKind = 'fts' | 'regex';

/** A saved query that codes the verbatims it matches with its theme (source 'rule'). */
export interface Rule {
  readonly id: number;
  readonly themeId: number;
  /** The theme's path. */
  readonly theme: string;
  /** 'fts': a full-text expression; 'regex': a regular expression (JavaScript syntax, any case). */
  readonly kind: RuleKind;
  readonly query: string;
  readonly createdAt: string;
  /** Verbatims carrying a code this rule made. */
  readonly coded: number;
}

/** What a rule would match: how many verbatims, and a few of them. */
export interface RulePreview {
  readonly count: number;
  readonly sample: readonly { readonly verbatimId: number; readonly text: string }[];
}

/** A segment and the values it takes (for the grid's filters and columns). */
export interface SegmentValues {
  readonly name: string;
  readonly values: readonly string[];
}

/** A note (a memo, in QDA terms) on a verbatim or on a theme. */
export interface Note {
  readonly id: number;
  readonly verbatimId?: number;
  readonly themeId?: number;
  readonly coder: string;
  readonly text: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A named set of grid filters and hidden columns, saved in the project. */
export interface GridView {
  readonly id: number;
  readonly name: string;
  readonly filter: GridFilter;
  readonly hidden: readonly string[];
  readonly updatedAt: string;
}

/** One change to a code in a response's coding history. */
export interface CodeEvent {
  readonly at: string;
  readonly coder: string;
  readonly verbatimId: number;
  readonly theme: string;
  readonly change: 'added' | 'removed';
  readonly source: CodeSource;
  /** The action's summary ("Apply “Billing” to 1 verbatim"), and whether it was undone since. */
  readonly summary: string;
  readonly undone: boolean;
}

/** Everything about the response a verbatim belongs to, for the response view. */
export interface ResponseDetail {
  readonly responseId: number;
  readonly respondentId?: string;
  /** The customer key that links the response to contacts (once contact logs are imported). */
  readonly customerKey?: string;
  readonly score?: number;
  readonly group?: NpsGroup;
  readonly excluded?: string;
  readonly date?: string;
  readonly source: string;
  readonly segments: Readonly<Record<string, string>>;
  /** The export's other columns, as it wrote them. */
  readonly fields: readonly { readonly name: string; readonly value: string }[];
  readonly verbatims: readonly {
    readonly verbatimId: number;
    readonly column: string;
    readonly text: string;
    readonly sentiment?: { readonly score: number; readonly label: 'negative' | 'neutral' | 'positive' };
    readonly keyphrases: readonly TextSpan[];
    readonly codes: readonly { readonly codeId: number; readonly themeId: number; readonly path: string; readonly color: string; readonly coder: string; readonly source: CodeSource; readonly start?: number; readonly end?: number }[];
    readonly notes: readonly Note[];
  }[];
  readonly history: readonly CodeEvent[];
}

/** Keys the verbatim grid keeps for itself: J and K move, N goes to the next uncoded verbatim. */
export const RESERVED_THEME_KEYS: ReadonlySet<string> = new Set(['j', 'k', 'n']);

/** Why a key cannot be a theme's shortcut, or undefined when it can. */
export function themeShortcutProblem(key: string): string | undefined {
  if (!/^[a-z0-9]$/i.test(key)) return 'A theme shortcut is one letter or digit.';
  if (RESERVED_THEME_KEYS.has(key.toLowerCase())) return 'J, K and N move in the verbatim grid: choose another key.';
  return undefined;
}
