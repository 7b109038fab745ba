import { defineFigure } from '../lib/figure';
import { corpusServices, type LoupeCore } from '../lib/loupeCore';
import { percentile } from '../lib/stats';

const TIMES = 50;
type Services = ReturnType<LoupeCore['createServices']>;

/**
 * DESIGN.md §6 "apply theme": a theme applied to one verbatim and the grid's page read again (the
 * codes and the count the workbench shows), through the services, at the corpus size; 50 times on
 * 50 verbatims, each undone after (not timed). Reported beside it: the same with the grid filtered
 * by that theme, a segment and words (page and count).
 */
export default defineFigure<{ services: Services; themeId: number; verbatimIds: number[] }>({
  title: 'apply a theme to one verbatim, grid updated',
  designRow: 'applyTheme',
  role: 'target',
  unit: 'ms',
  better: 'lower',
  target: { text: 'under 50 ms at 1M responses', met: (median) => median < 50 },
  available: true,
  needsCorpus: true,
  warmups: 1,
  runs: 5,
  setup: async (ctx) => {
    const services = await corpusServices(ctx);
    const theme = (await services.invoke('codebook.create', { name: `Apply (bench ${Date.now()})` })) as { id: number };
    const page = (await services.invoke('coding.page', { offset: 5000, limit: TIMES })) as { rows: { verbatimId: number }[] };
    return { services, themeId: theme.id, verbatimIds: page.rows.map((r) => r.verbatimId) };
  },
  measure: async (_ctx, { services, themeId, verbatimIds }) => {
    const ms: number[] = [];
    const filteredMs: number[] = [];
    // The same with the grid filtered by the theme, a segment and words: its sets are patched for the verbatim, not read again.
    const filtered = { themeId, segments: { Region: 'North America' }, query: 'app OR support' };
    await services.invoke('coding.page', { offset: 0, limit: 100, ...filtered });
    for (const id of verbatimIds) {
      let t = performance.now();
      await services.invoke('coding.apply', { themeId, verbatimIds: [id] });
      await services.invoke('coding.page', { offset: 5000, limit: 100 });
      await services.invoke('codebook.list', {});
      ms.push(performance.now() - t);
      await services.invoke('coding.undo', {});
      t = performance.now();
      await services.invoke('coding.apply', { themeId, verbatimIds: [id] });
      await services.invoke('coding.page', { offset: 0, limit: 100, ...filtered });
      await services.invoke('coding.count', { filter: filtered });
      await services.invoke('codebook.list', {});
      filteredMs.push(performance.now() - t);
      await services.invoke('coding.undo', {});
    }
    return {
      value: percentile(ms, 50),
      extra: { 'p95 ms': percentile(ms, 95), 'filtered grid p50 ms': percentile(filteredMs, 50), 'filtered grid p95 ms': percentile(filteredMs, 95), applications: ms.length },
    };
  },
  teardown: async (_ctx, { services }) => {
    await services.close();
  },
});
