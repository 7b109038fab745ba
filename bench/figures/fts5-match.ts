import type Database from 'better-sqlite3';
import { defineFigure } from '../lib/figure';
import { FTS_TABLE, ftsSurveyDb, openBench } from '../lib/fixtures';
import { percentile } from '../lib/stats';
import { benchQueries } from './_queries';

const QUERY_COUNT = 200;

/**
 * Baseline for DESIGN.md §6 "grid": the bare FTS5 MATCH for a 100-row page of
 * matching rowids, over 200 realistic queries; the headline is p95 latency.
 * The matching count query (a grid shows "N matches") is reported alongside.
 */
export default defineFigure<{ db: Database.Database; page: Database.Statement; count: Database.Statement; queries: string[] }>({
  title: 'bare FTS5 MATCH, 100-row page of rowids (p95 over 200 queries)',
  designRow: 'grid',
  role: 'baseline',
  unit: 'ms p95',
  better: 'lower',
  available: true,
  needsCorpus: true,
  warmups: 1,
  runs: 5,
  setup: async (ctx) => {
    const db = openBench(await ftsSurveyDb(ctx), true);
    return {
      db,
      page: db.prepare(`SELECT rowid FROM ${FTS_TABLE} WHERE ${FTS_TABLE} MATCH ? LIMIT 100`),
      count: db.prepare(`SELECT count(*) FROM ${FTS_TABLE} WHERE ${FTS_TABLE} MATCH ?`).pluck(),
      queries: benchQueries(QUERY_COUNT),
    };
  },
  measure: (_ctx, { page, count, queries }) => {
    const pageMs: number[] = [];
    const countMs: number[] = [];
    let hits = 0;
    for (const q of queries) {
      let t = performance.now();
      hits += page.all(q).length;
      pageMs.push(performance.now() - t);
      t = performance.now();
      count.get(q);
      countMs.push(performance.now() - t);
    }
    return {
      value: percentile(pageMs, 95),
      extra: {
        'page p50 ms': percentile(pageMs, 50),
        'count p50 ms': percentile(countMs, 50),
        'count p95 ms': percentile(countMs, 95),
        'rows per page': hits / queries.length,
      },
    };
  },
  teardown: (_ctx, { db }) => {
    db.close();
  },
});
