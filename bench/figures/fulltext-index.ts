import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { defineFigure } from '../lib/figure';
import { importCorpus, loadCore, type LoupeCore } from '../lib/loupeCore';

/**
 * DESIGN.md §6 "full-text index": Loupe indexing every imported verbatim after
 * the import committed (the project is imported once, untimed; each run empties
 * the index and times Loupe's catch-up, which is what an import runs).
 */
export default defineFigure<{ core: LoupeCore; db: Database.Database }>({
  title: "Loupe's full-text index of the imported verbatims",
  designRow: 'fulltext',
  role: 'target',
  unit: 's',
  better: 'lower',
  target: {
    text: "within 1.2× of FTS5's own 'rebuild' of the same verbatims, reported separately",
    baseline: 'fts5-rebuild',
    met: (_median, ratio) => ratio !== undefined && ratio <= 1.2,
  },
  available: true,
  needsCorpus: true,
  warmups: 1,
  runs: 3,
  setup: async (ctx) => {
    const core = loadCore();
    const path = join(ctx.workDir, `fulltext-${ctx.size}.loupe`);
    await importCorpus(core, path, ctx.corpus!.survey);
    return { core, db: core.openProjectDatabase(path) };
  },
  measure: (_ctx, { core, db }) => {
    db.exec("INSERT INTO verbatims_fts (verbatims_fts) VALUES ('delete-all')");
    db.exec("UPDATE project_meta SET value = '0' WHERE key = 'fts_indexed_through'");
    db.pragma('wal_checkpoint(TRUNCATE)');
    const started = performance.now();
    const indexed = core.catchUpFullTextIndex(db);
    const seconds = (performance.now() - started) / 1000;
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { value: seconds, extra: { 'verbatims/s': indexed / seconds } };
  },
  teardown: (_ctx, { db }) => {
    db.close();
  },
});
