/**
 * Writes bench/corpus/survey-<size>.csv plus tickets-<size>.csv and
 * ticket-status-history-<size>.csv, unless the same seed is already there.
 *   npx tsx bench/generate-corpus.ts --size 10k|100k|1M [--seed N] [--force]
 */
import { parseArgs } from 'node:util';
import { ensureCorpus } from './lib/corpus';
import { DEFAULT_SEED, parseSize } from './lib/sizes';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '100k' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      force: { type: 'boolean', default: false },
    },
  });
  const seed = Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`--seed must be a non-negative integer`);
  for (const label of (values.size ?? '100k').split(',')) {
    const corpus = await ensureCorpus(parseSize(label), seed, { force: values.force, log: (l) => console.log(l) });
    const m = corpus.manifest;
    console.log(
      `${corpus.generated ? 'wrote' : 'kept'} ${corpus.survey} (${m.rows} rows, ${(m.files.survey.bytes / 1e6).toFixed(1)} MB, ` +
        `sha256 ${m.files.survey.sha256.slice(0, 12)}...), ${m.tickets} tickets, ${m.historyRows} status changes`,
    );
  }
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
