import type { GeneralTheme, SpecificTheme } from '../themes';

/** A smaller phrase bank for a non-English language: only some themes have phrasings. */
export interface IntlPhrases {
  readonly slots: Readonly<Record<string, readonly string[]>>;
  readonly clauses: Partial<Readonly<Record<SpecificTheme, readonly string[]>>>;
  readonly general: Readonly<Record<GeneralTheme, readonly string[]>>;
  readonly contrast: readonly string[];
  readonly closersNegative: readonly string[];
  readonly closersPositive: readonly string[];
}
