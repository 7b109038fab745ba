import type { Corpus } from './corpus';
import type { CorpusSize } from './sizes';

/**
 * One benchmark figure = one file in bench/figures/ whose default export is
 * `defineFigure({...})`. The runner finds it by itself; nothing else to edit.
 */

/** The DESIGN.md section 6 rows, by short key. */
export const DESIGN_ROWS = {
  sanity: 'sanity (no DESIGN.md row)',
  import: 'import a 1M-response survey CSV',
  fulltext: 'full-text index after that import',
  nlp: 'NLP analysis of 1M verbatims on 2 worker threads',
  grid: 'a 100-row grid page with theme + segment + full-text filters',
  crosstab: 'theme × segment crosstab, 50 themes × 10 values',
  applyTheme: 'applying a theme to one verbatim, grid updated',
  projectOpen: 'opening a 1M-response project to an interactive workbench',
} as const;
export type DesignRow = keyof typeof DESIGN_ROWS;

export interface FigureContext {
  readonly size: CorpusSize;
  readonly rows: number;
  readonly seed: number;
  /** Present when the figure declared `needsCorpus`. */
  readonly corpus: Corpus | undefined;
  /** Scratch directory shared by the whole run, removed at its end. */
  readonly workDir: string;
  /** Marks a run as warm-up (its measurement is discarded). */
  readonly warmup: boolean;
}

export interface Measurement {
  /** The figure's headline number, in its `unit`. */
  readonly value: number;
  /** Further numbers worth keeping (each reported as a median over runs). */
  readonly extra?: Readonly<Record<string, number>>;
  /** Peak RSS of a process other than the figure's own (e.g. the sqlite3 shell), in bytes. */
  readonly peakRssBytes?: number;
}

export interface Target {
  /** What DESIGN.md asks, in words. */
  readonly text: string;
  /** Id of the figure this one is compared with, measured in the same run and size. */
  readonly baseline?: string;
  /** Whether the median meets the target; ratio = median / baseline median. */
  readonly met?: (median: number, ratio: number | undefined) => boolean;
}

export interface FigureSpec<State> {
  readonly title: string;
  readonly designRow: DesignRow;
  /** 'baseline' figures are what later 'target' figures are compared against. */
  readonly role: 'baseline' | 'target' | 'sanity';
  readonly unit: string;
  readonly better: 'higher' | 'lower';
  readonly target?: Target;
  /** `true`, or why not yet: such figures are listed as "not yet built", never faked. */
  readonly available: true | { readonly notYetBuilt: string };
  readonly needsCorpus?: boolean;
  /** Run at this size whatever the run's size (e.g. a sanity figure). */
  readonly fixedSize?: CorpusSize;
  readonly warmups?: number;
  readonly runs?: number;
  /** Once per size, in the child process, before the runs; not timed. */
  readonly setup?: (ctx: FigureContext) => Promise<State> | State;
  /** One run: does the work and returns what it measured (time it yourself). */
  readonly measure: (ctx: FigureContext, state: State) => Promise<Measurement> | Measurement;
  readonly teardown?: (ctx: FigureContext, state: State) => Promise<void> | void;
}

// State is erased in the registry: each spec's functions only ever see the state its own setup made.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Figure = FigureSpec<any> & { readonly id: string };

export function defineFigure<State = undefined>(spec: FigureSpec<State>): FigureSpec<State> {
  return spec;
}

/** For figures whose capability is not in Loupe yet. */
export function notYetBuilt(reason: string): { readonly notYetBuilt: string } {
  return { notYetBuilt: reason };
}

export function unavailableMeasure(): never {
  throw new Error('this figure is not built yet');
}
