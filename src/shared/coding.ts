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

/** Which verbatims the grid shows (all filters combine). */
export interface GridFilter {
  /** Full-text expression (words, "phrases", prefix*, AND / OR / NOT). */
  readonly query?: string;
  readonly group?: 'detractor' | 'passive' | 'promoter';
  /** Only verbatims carrying this theme. */
  readonly themeId?: number;
  /** Only verbatims carrying no theme at all. */
  readonly uncoded?: boolean;
  /** Only responses with these segment values (segment name → value, as the export writes them). */
  readonly segments?: Readonly<Record<string, string>>;
}

/** One row of the verbatim grid. */
export interface GridRow {
  readonly verbatimId: number;
  readonly respondentId?: string;
  readonly text: string;
  readonly score?: number;
  readonly group?: 'detractor' | 'passive' | 'promoter';
  readonly sentiment?: { readonly score: number; readonly label: 'negative' | 'neutral' | 'positive' };
  readonly date?: string;
  readonly themes: readonly { readonly id: number; readonly name: string; readonly color: string }[];
}

/** Keys the verbatim grid keeps for itself: J and K move, N goes to the next uncoded verbatim. */
export const RESERVED_THEME_KEYS: ReadonlySet<string> = new Set(['j', 'k', 'n']);

/** Why a key cannot be a theme's shortcut, or undefined when it can. */
export function themeShortcutProblem(key: string): string | undefined {
  if (!/^[a-z0-9]$/i.test(key)) return 'A theme shortcut is one letter or digit.';
  if (RESERVED_THEME_KEYS.has(key.toLowerCase())) return 'J, K and N move in the verbatim grid: choose another key.';
  return undefined;
}
