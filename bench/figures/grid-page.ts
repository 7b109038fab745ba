import { defineFigure } from '../lib/figure';
import { corpusServices, type LoupeCore } from '../lib/loupeCore';
import { percentile } from '../lib/stats';
import { benchQueries } from './_queries';

const QUERY_COUNT = 200;
type Services = ReturnType<LoupeCore['createServices']>;

/**
 * DESIGN.md §6 "grid": a 100-row page of the verbatim grid with a theme, a segment and a full-text
 * filter, as the workbench asks for it (coding.page through the services: validation, the page and
 * its total), over the same words as fts5-match (./_queries.ts). The theme codes every verbatim
 * matching "refund OR charge* OR bill*", applied as a rule in the setup (its time is reported).
 */
export default defineFigure<{ services: Services; themeId: number; bulkMs: number; coded: number }>({
  title: 'grid page: 100 rows with theme + segment + full-text filters',
  designRow: 'grid',
  role: 'target',
  unit: 'ms p95',
  better: 'lower',
  target: {
    text: 'p95 under 100 ms and within 3× of the bare FTS5 MATCH query for the same words',
    baseline: 'fts5-match',
    met: (median, ratio) => median < 100 && ratio !== undefined && ratio <= 3,
  },
  available: true,
  needsCorpus: true,
  warmups: 1,
  runs: 5,
  setup: async (ctx) => {
    const services = await corpusServices(ctx);
    const themes = (await services.invoke('codebook.list', {})) as { id: number; name: string }[];
    const existing = themes.find((t) => t.name === 'Billing (bench)');
    const theme = existing ?? ((await services.invoke('codebook.create', { name: 'Billing (bench)' })) as { id: number });
    const started = performance.now();
    const result = (await services.invoke('coding.rule', { theme: 'Billing (bench)', query: 'refund OR charge* OR bill*' })) as { coded: number };
    return { services, themeId: theme.id, bulkMs: performance.now() - started, coded: result.coded };
  },
  measure: async (_ctx, { services, themeId, bulkMs, coded }) => {
    const pageMs: number[] = [];
    let rows = 0;
    for (const query of benchQueries(QUERY_COUNT)) {
      const t = performance.now();
      const page = (await services.invoke('coding.page', { offset: 0, limit: 100, query, themeId, segments: { Region: 'North America' } })) as { rows: unknown[] };
      pageMs.push(performance.now() - t);
      rows += page.rows.length;
    }
    return {
      value: percentile(pageMs, 95),
      extra: { 'page p50 ms': percentile(pageMs, 50), 'rows per page': rows / QUERY_COUNT, 'rule coded verbatims': coded, 'rule (bulk apply) s': bulkMs / 1000 },
    };
  },
  teardown: async (_ctx, { services }) => {
    await services.close();
  },
});
