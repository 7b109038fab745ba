import { join } from 'node:path';
import { defineFigure } from '../lib/figure';
import { importCorpus, loadCore, type LoupeCore } from '../lib/loupeCore';

/**
 * DESIGN.md §6 "project open": from nothing to what the workbench shows once a
 * project opens (services up, the project opened and checked, its counts, its
 * datasets, its layout, the recent list), on a project holding the corpus.
 */
export default defineFigure<{ core: LoupeCore; path: string }>({
  title: 'open a project to an interactive workbench',
  designRow: 'projectOpen',
  role: 'target',
  unit: 's',
  better: 'lower',
  target: { text: 'under 2 s for a 1M-response project', met: (median) => median < 2 },
  available: true,
  needsCorpus: true,
  warmups: 1,
  runs: 5,
  setup: async (ctx) => {
    const core = loadCore();
    const path = join(ctx.workDir, `open-${ctx.size}.loupe`);
    await importCorpus(core, path, ctx.corpus!.survey);
    return { core, path };
  },
  measure: async (ctx, { core, path }) => {
    const started = performance.now();
    const services = core.createServices({ dataDir: join(ctx.workDir, 'data'), resourcesDir: ctx.workDir, host: 'in-process', version: 'bench' });
    await services.invoke('projects.open', { path });
    const opened = performance.now();
    await Promise.all([
      services.invoke('projects.current', {}),
      services.invoke('imports.list', {}),
      services.invoke('projects.getLayout', {}),
      services.invoke('projects.recent', {}),
      services.invoke('app.info', {}),
    ]);
    const seconds = (performance.now() - started) / 1000;
    await services.close();
    return { value: seconds, extra: { 'open + checks s': (opened - started) / 1000 } };
  },
});
