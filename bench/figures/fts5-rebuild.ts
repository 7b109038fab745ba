import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { defineFigure } from '../lib/figure';
import { createFtsTable, openBench, plainSurveyDb, rebuildFts } from '../lib/fixtures';

/**
 * Baseline for DESIGN.md §6 "full-text index": FTS5's own 'rebuild' of an
 * external-content index over the verbatim column of the shell-imported table.
 * Creating the (empty) FTS table is not timed; the rebuild and its commit are.
 */
export default defineFigure<{ db: Database.Database }>({
  title: "FTS5 'rebuild' over the imported verbatim column",
  designRow: 'fulltext',
  role: 'baseline',
  unit: 's',
  better: 'lower',
  available: true,
  needsCorpus: true,
  warmups: 1,
  runs: 3,
  setup: async (ctx) => {
    const path = join(ctx.workDir, `fts-rebuild-${ctx.size}.db`);
    copyFileSync(await plainSurveyDb(ctx), path);
    return { db: openBench(path) };
  },
  measure: (ctx, { db }) => {
    createFtsTable(db);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const started = performance.now();
    rebuildFts(db);
    const seconds = (performance.now() - started) / 1000;
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { value: seconds, extra: { 'verbatims/s': ctx.rows / seconds } };
  },
  teardown: (_ctx, { db }) => {
    db.close();
  },
});
