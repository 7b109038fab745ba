/**
 * `npm run bench` (node --expose-gc --import tsx bench/run.ts): measures the
 * DESIGN.md section 6 figures and their baselines, prints a table and writes
 * bench/results/latest.json plus a timestamped copy.
 *   npm run bench -- [--size 10k|100k|1M[,..]] [--seed N] [--runs N] [--only id,id] [--list]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_USAGE, parseBenchArgs } from './lib/args';
import { ensureCorpus, type Corpus } from './lib/corpus';
import { DESIGN_ROWS, type Figure } from './lib/figure';
import { loadFigures } from './lib/load-figures';
import { machineInfo } from './lib/machine';
import { writeReport } from './lib/results';
import { runFigure, type FigureResult } from './lib/runner';
import type { CorpusSize } from './lib/sizes';
import { resultNotes, resultsTable } from './lib/table';

const ROLE_ORDER: Readonly<Record<Figure['role'], number>> = { sanity: 0, baseline: 1, target: 2 };
const DESIGN_ORDER: readonly string[] = Object.values(DESIGN_ROWS);

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const figures = (await loadFigures())
    .filter((f) => args.only.length === 0 || args.only.includes(f.id))
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.id.localeCompare(b.id));
  if (args.list) {
    for (const f of figures) {
      console.log(`${f.id.padEnd(24)} ${f.role.padEnd(8)} ${f.available === true ? 'available    ' : 'not yet built'}  ${DESIGN_ROWS[f.designRow]}`);
    }
    return;
  }
  const startedAt = new Date();
  const machine = machineInfo();
  console.log(`Loupe bench — ${machine.cpuModel}, ${machine.cores} cores, ${machine.totalMemoryGB} GB, ${machine.os}`);
  console.log(`node ${machine.node}, SQLite ${machine.sqlite} (better-sqlite3 ${machine.betterSqlite3}), sqlite3 shell ${machine.sqliteCli ?? 'not found'}`);
  console.log(`sizes ${args.sizes.join(', ')}, seed ${args.seed}\n`);

  const corpora = new Map<CorpusSize, Corpus>();
  const needsCorpus = figures.some((f) => f.available === true && f.needsCorpus && !f.fixedSize);
  if (needsCorpus) {
    for (const size of args.sizes) corpora.set(size, await ensureCorpus(size, args.seed, { log: (l) => console.log(l) }));
  }

  const workDir = mkdtempSync(join(tmpdir(), 'loupe-bench-'));
  const results: FigureResult[] = [];
  try {
    for (const figure of figures) {
      // A figure not built yet is listed once, not once per size.
      const sizes: CorpusSize[] = figure.fixedSize ? [figure.fixedSize] : figure.available === true ? [...args.sizes] : args.sizes.slice(-1);
      for (const size of sizes) {
        const corpus = figure.needsCorpus ? corpora.get(size) : undefined;
        if (figure.available === true) process.stdout.write(`running ${figure.id} [${size}] ... `);
        const pairWith = figure.target?.baseline ? figures.find((f) => f.id === figure.target?.baseline && f.available === true) : undefined;
        const result = await runFigure(figure, { size, seed: args.seed, corpus, workDir, runsOverride: args.runs, earlier: results, ...(pairWith ? { pairWith } : {}) });
        if (figure.available === true) console.log(result.status === 'measured' ? `${result.seconds} s` : `${result.status}: ${result.note}`);
        results.push(result);
      }
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }

  const seconds = (Date.now() - startedAt.getTime()) / 1000;
  const shown = [...results].sort(
    (a, b) => DESIGN_ORDER.indexOf(a.designRow) - DESIGN_ORDER.indexOf(b.designRow) || ROLE_ORDER[a.role] - ROLE_ORDER[b.role],
  );
  console.log(`\n${resultsTable(shown)}\n\n${resultNotes(shown)}\n`);
  const { latest, stamped } = writeReport({
    startedAt: startedAt.toISOString(),
    seconds: Math.round(seconds),
    command: `bench ${process.argv.slice(2).join(' ')}`.trim(),
    options: { sizes: args.sizes, seed: args.seed, runs: args.runs },
    machine,
    corpora: [...corpora.values()].map((c) => ({
      size: c.size, seed: c.seed, rows: c.rows, bytes: c.manifest.files.survey.bytes, sha256: c.manifest.files.survey.sha256,
      generated: c.generated, generateSeconds: c.manifest.generateSeconds,
    })),
    figures: shown,
  });
  console.log(`wrote ${latest} and ${stamped} (${seconds.toFixed(0)} s in all)`);
  if (results.some((r) => r.status === 'failed')) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.error(`usage: ${BENCH_USAGE}`);
  process.exitCode = 2;
});
