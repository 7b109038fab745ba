/** Blind double-coding (the coding area): samples, what each coder sees, agreement and disagreements. */
import type { CodeSource, NpsGroup } from './coding';

/** Which responses a sample may be drawn from, besides "not excluded, with a non-empty verbatim". */
export interface SampleFilter {
  /** Only promoters, passives or detractors. */
  readonly group?: NpsGroup;
}

export interface NewCodingSample {
  /** How many responses to draw: at least 10, at most the number of eligible responses. */
  readonly size: number;
  /** Any whole number; the same seed over the same eligible responses draws the same sample. */
  readonly seed: number;
  readonly filter?: SampleFilter;
  /** The coders the sample is meant for (two or more, by name); progress lists them even before they start. */
  readonly coders?: readonly string[];
}

/** A double-coding sample. */
export interface CodingSample {
  readonly id: number;
  readonly name: string;
  readonly seed: number;
  /** How many responses were drawn. */
  readonly size: number;
  /** How many of them the project still holds (removing an import removes its responses from samples). */
  readonly items: number;
  readonly filter: SampleFilter;
  readonly coders: readonly string[];
  readonly createdAt: string;
}

/** How many of a sample's responses a coder has marked done. */
export interface CoderProgress {
  readonly coder: string;
  readonly done: number;
}

export interface CodingSampleDetails extends CodingSample {
  /** The sample's coders first (in the order they were named), then anyone else who marked a response done. */
  readonly progress: readonly CoderProgress[];
}

/** One of a coder's own active codes on a verbatim of the sample (blind: nobody else's). */
export interface SampleCode {
  readonly codeId: number;
  readonly themeId: number;
  readonly source: CodeSource;
  /** An excerpt's character offsets [start, end); absent for a code on the whole verbatim. */
  readonly start?: number;
  readonly end?: number;
}

export interface SampleVerbatim {
  readonly verbatimId: number;
  readonly column: string;
  readonly text: string;
  readonly codes: readonly SampleCode[];
}

/** A response of a sample as one coder sees it. */
export interface SampleItem {
  readonly responseId: number;
  /** Its place in the sample, from 0 (the order of the draw). */
  readonly position: number;
  readonly respondentId?: string;
  readonly score?: number;
  readonly group?: NpsGroup;
  /** Whether this coder marked it done. */
  readonly done: boolean;
  /** Its non-empty verbatims, in id order. */
  readonly verbatims: readonly SampleVerbatim[];
}

/** Agreement on one theme: the 2 × 2 table of the two coders' decisions over the responses both marked done. */
export interface ThemeAgreement {
  readonly themeId: number;
  readonly path: string;
  readonly parentId?: number;
  /** Responses both coders marked done: the items κ is computed over. */
  readonly n: number;
  readonly bothApplied: number;
  readonly onlyA: number;
  readonly onlyB: number;
  readonly neither: number;
  /** The share of the n responses on which the coders agree (0–1); undefined when n = 0. */
  readonly agreement?: number;
  /**
   * Cohen's κ; undefined when it is not defined: n = 0, or both coders made the same single
   * decision on every response (both never, or both always, applied the theme: p_e = 1 and κ is
   * 0/0). The shared `cohensKappa` reports 1 in that case; here the caller says "n/a" instead.
   */
  readonly kappa?: number;
}

export interface SampleAgreement {
  readonly sampleId: number;
  readonly coderA: string;
  readonly coderB: string;
  /** Responses coder A, coder B, and both marked done; the figures are over `responses` (both). */
  readonly doneByA: number;
  readonly doneByB: number;
  readonly responses: number;
  /** Every active theme of the codebook, parents before children, in codebook order. */
  readonly themes: readonly ThemeAgreement[];
  readonly overall: {
    /** Response × theme units (responses × themes). */
    readonly units: number;
    /** The share of units on which the coders agree (0–1); undefined when there are none. */
    readonly agreement?: number;
    /**
     * Krippendorff's α (nominal) over the units, each holding the two coders' decisions;
     * undefined when there are no units or every decision of both coders is the same (α is 0/0).
     */
    readonly alpha?: number;
  };
}

/** A response × theme on which two coders differ: one applied the theme (or a child of it), the other did not. */
export interface Disagreement {
  readonly responseId: number;
  readonly position: number;
  readonly respondentId?: string;
  readonly themeId: number;
  readonly path: string;
  /** The coder who applied it. */
  readonly appliedBy: string;
  /** The coder who did not. */
  readonly missingFrom: string;
  /** True when `appliedBy` applied only children of the theme, not the theme itself. */
  readonly viaChild: boolean;
}

export type SettleDecision = 'apply' | 'remove';

export interface SettleResult {
  /** Codes added (apply: one per coder who lacked the theme). */
  readonly added: number;
  /** Codes removed (remove: every active code of the theme and its children on the response). */
  readonly removed: number;
  /** The coding-log action (undo restores the disagreement); absent when nothing had to change. */
  readonly actionId?: number;
}

// ---------------------------------------------------------------------------------------------

/** A sample has at least this many responses: fewer give κ values too unstable to report. */
