import { parseArgs } from 'node:util';
import { DEFAULT_SEED, parseSize, type CorpusSize } from './sizes';

export interface BenchArgs {
  readonly sizes: readonly CorpusSize[];
  readonly seed: number;
  /** Overrides every figure's own number of measured runs. */
  readonly runs: number | undefined;
  /** Figure ids to run (all when empty). */
  readonly only: readonly string[];
  readonly list: boolean;
}

export const BENCH_USAGE = `npm run bench -- [--size 10k|100k|1M[,..]] [--seed N] [--runs N] [--only id,id] [--list]`;

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      size: { type: 'string', default: '100k' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      runs: { type: 'string' },
      only: { type: 'string' },
      list: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const seed = Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`--seed must be a non-negative integer, got ${values.seed}`);
  const runs = values.runs === undefined ? undefined : Number(values.runs);
  if (runs !== undefined && (!Number.isInteger(runs) || runs < 1)) throw new Error(`--runs must be a positive integer`);
  return {
    sizes: (values.size ?? '100k').split(',').map(parseSize),
    seed,
    runs,
    only: values.only ? values.only.split(',').map((s) => s.trim()) : [],
    list: values.list ?? false,
  };
}
