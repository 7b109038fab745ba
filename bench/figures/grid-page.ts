import { defineFigure } from '../lib/figure';
import type { LoupeCore } from '../lib/loupeCore';
import { gridServices } from './_gridSetup';
import { percentile } from '../lib/stats';
import { benchQueries } from './_queries';

const QUERY_COUNT = 200;
type Services = ReturnType<LoupeCore['createServices']>;

/**
 * DESIGN.md §6 "grid": a 100-row page of the verbatim grid with a theme, a segment and a full-text
 * filter, as the workbench asks for it (coding.page through the services: validation, the ids and
 * every column of the rows), over the same words as fts5-match (./_queries.ts), the bare MATCH it
 * is compared with. The theme codes every verbatim matching "refund OR charge* OR bill*", applied
 * as a rule in the setup. A search's total is not part of its page (the
 * workbench shows the rows, then asks coding.count): the count's latency is reported beside it,
 * and so are the first page after the filter is set (when its sets are read) and the first search
 * with it (when the filter's 15.6k verbatims get a full-text index of their own: MemberTextIndex).
 * That first search is one of the 200 pages measured.
 */
export default defineFigure<{ services: Services; themeId: number; bulkMs: number; coded: number; path: string }>({
  title: 'grid page: 100 rows with theme + segment + full-text filters',
  designRow: 'grid',
  role: 'target',
  unit: 'ms p95',
  better: 'lower',
  target: {
    text: 'p95 under 100 ms and within 3× of the bare FTS5 MATCH for the same words (fts5-match)',
    baseline: 'fts5-match',
    met: (median, ratio) => median < 100 && ratio !== undefined && ratio <= 3,
  },
  available: true,
  needsCorpus: true,
  warmups: 1,
  runs: 5,
  setup: async (ctx) => gridServices(ctx),
  measure: async (_ctx, { services, themeId, coded, path }) => {
    const filter = { themeId, segments: { Region: 'North America' } };
    // The first page after the project opens reads the filter's theme and segment sets (GridMembership).
    await services.invoke('projects.close', {});
    await services.invoke('projects.open', { path });
    const started = performance.now();
    await services.invoke('coding.page', { offset: 0, limit: 100, ...filter });
    const firstMs = performance.now() - started;
    const pageMs: number[] = [];
    const countMs: number[] = [];
    let rows = 0;
    for (const query of benchQueries(QUERY_COUNT)) {
      let t = performance.now();
      const page = (await services.invoke('coding.page', { offset: 0, limit: 100, query, ...filter })) as { rows: unknown[] };
      pageMs.push(performance.now() - t);
      rows += page.rows.length;
      t = performance.now();
      await services.invoke('coding.count', { filter: { query, ...filter } });
      countMs.push(performance.now() - t);
    }
    return {
      value: percentile(pageMs, 95),
      extra: {
        'page p50 ms': percentile(pageMs, 50),
        'count p50 ms': percentile(countMs, 50),
        'count p95 ms': percentile(countMs, 95),
        'first page after opening ms': firstMs,
        'first search page ms': pageMs[0] ?? Number.NaN,
        'rows per page': rows / QUERY_COUNT,
        'theme members': coded,
      },
    };
  },
  teardown: async (_ctx, { services }) => {
    await services.close();
  },
});
