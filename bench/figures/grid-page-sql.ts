import type Database from 'better-sqlite3';
import { defineFigure } from '../lib/figure';
import { openBench } from '../lib/fixtures';
import { percentile } from '../lib/stats';
import { gridServices } from './_gridSetup';
import { benchQueries } from './_queries';

const QUERY_COUNT = 200;

/**
 * For comparison with the grid page: the same filtered page (full text + theme + segment, 100 ids
 * in verbatim order) and its count as one plain SQL statement each (the statement the grid
 * repository builds for filters its in-memory sets do not hold), run on the project file with
 * none of Loupe's layers. It shows what the sets save: SQL looks up the codes and the response of
 * every full-text match.
 */
export default defineFigure<{ db: Database.Database; page: Database.Statement; count: Database.Statement; close: () => Promise<void> }>({
  title: 'the same filtered grid page in plain SQL (ids + count, p95 over 200 queries)',
  designRow: 'grid',
  role: 'baseline',
  unit: 'ms p95',
  better: 'lower',
  available: true,
  needsCorpus: true,
  warmups: 1,
  runs: 5,
  setup: async (ctx) => {
    const { services, themeId, path } = await gridServices(ctx);
    const db = openBench(path, true);
    const segment = db.prepare("SELECT id FROM segments WHERE name = 'Region'").pluck().get() as number;
    const column = `seg_${Number(segment)}`;
    // The statement Loupe's grid repository builds for these filters, run bare.
    const where = `verbatims_fts MATCH @query
      AND EXISTS (SELECT 1 FROM codes c WHERE c.verbatim_id = f.rowid AND c.active = 1 AND c.theme_id IN (SELECT value FROM json_each('[${Number(themeId)}]')))
      AND r.${column} IN (SELECT id FROM segment_values WHERE segment_id = ${Number(segment)} AND value IN (SELECT value FROM json_each('["North America"]')))`;
    const from = 'verbatims_fts f JOIN verbatims v ON v.id = f.rowid JOIN responses r ON r.id = v.response_id';
    return {
      db,
      page: db.prepare(`SELECT f.rowid FROM ${from} WHERE ${where} ORDER BY f.rowid LIMIT 100`).pluck(),
      count: db.prepare(`SELECT count(*) FROM ${from} WHERE ${where}`).pluck(),
      close: () => services.close(),
    };
  },
  measure: (_ctx, { page, count }) => {
    const ms: number[] = [];
    let rows = 0;
    for (const query of benchQueries(QUERY_COUNT)) {
      const t = performance.now();
      rows += page.all({ query }).length;
      count.get({ query });
      ms.push(performance.now() - t);
    }
    return { value: percentile(ms, 95), extra: { 'p50 ms': percentile(ms, 50), 'rows per page': rows / QUERY_COUNT } };
  },
  teardown: async (_ctx, { db, close }) => {
    db.close();
    await close();
  },
});
