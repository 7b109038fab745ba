import { defineFigure } from '../lib/figure';
import { corpusServices, type LoupeCore } from '../lib/loupeCore';
import { percentile } from '../lib/stats';

const TIMES = 50;
type Services = ReturnType<LoupeCore['createServices']>;

/**
 * DESIGN.md §6 "apply theme": a theme applied to one verbatim and the grid's page read again (the
 * codes and the count the workbench shows), through the services, at the corpus size; 50 times on
 * 50 verbatims, each undone after (not timed).
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
    for (const id of verbatimIds) {
      const t = performance.now();
      await services.invoke('coding.apply', { themeId, verbatimIds: [id] });
      await services.invoke('coding.page', { offset: 5000, limit: 100 });
      await services.invoke('codebook.list', {});
      ms.push(performance.now() - t);
      await services.invoke('coding.undo', {});
    }
    return { value: percentile(ms, 50), extra: { 'p95 ms': percentile(ms, 95), applications: ms.length } };
  },
  teardown: async (_ctx, { services }) => {
    await services.close();
  },
});
