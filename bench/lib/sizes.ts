/** Corpus sizes the benchmarks know, by the label used on the command line and in file names. */
export const CORPUS_SIZES = { '10k': 10_000, '100k': 100_000, '1M': 1_000_000 } as const;
export type CorpusSize = keyof typeof CORPUS_SIZES;

export function parseSize(text: string): CorpusSize {
  const key = Object.keys(CORPUS_SIZES).find((k) => k.toLowerCase() === text.trim().toLowerCase());
  if (!key) throw new Error(`unknown size "${text}": use one of ${Object.keys(CORPUS_SIZES).join(', ')}`);
  return key as CorpusSize;
}

export function rowsOf(size: CorpusSize): number {
  return CORPUS_SIZES[size];
}

export const DEFAULT_SEED = 42;
