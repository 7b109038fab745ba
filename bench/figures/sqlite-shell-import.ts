import { join } from 'node:path';
import Database from 'better-sqlite3';
import { defineFigure } from '../lib/figure';
import { importWithShell, PLAIN_TABLE } from '../lib/fixtures';

/**
 * Baseline for DESIGN.md §6 "import": the sqlite3 shell's `.mode csv` +
 * `.import FILE t` of the same survey CSV into a plain table, timed as a
 * whole process; peak RSS is the shell's own.
 */
export default defineFigure({
  title: 'sqlite3 shell .import of the survey CSV into a plain table',
  designRow: 'import',
  role: 'baseline',
  unit: 'rows/s',
  better: 'higher',
  available: true,
  needsCorpus: true,
  warmups: 1,
  runs: 5,
  measure: async (ctx) => {
    const corpus = ctx.corpus;
    if (!corpus) throw new Error('no corpus');
    const db = join(ctx.workDir, `shell-import-${ctx.size}.db`);
    const run = await importWithShell(db, corpus.survey);
    if (ctx.warmup) {
      const check = new Database(db, { readonly: true });
      const { n } = check.prepare(`SELECT count(*) AS n FROM ${PLAIN_TABLE}`).get() as { n: number };
      check.close();
      if (n !== corpus.rows) throw new Error(`the shell imported ${n} rows, expected ${corpus.rows}`);
    }
    return {
      value: corpus.rows / run.seconds,
      extra: { seconds: run.seconds, 'MB/s': corpus.manifest.files.survey.bytes / 1e6 / run.seconds },
      peakRssBytes: run.peakRssBytes,
    };
  },
});
