import type { FigureContext } from '../lib/figure';
import { corpusServices } from '../lib/loupeCore';

/** The rule both grid figures filter by: the theme codes every verbatim matching it. */
export const BENCH_THEME = 'Billing (bench)';
export const BENCH_RULE = 'refund OR charge* OR bill*';

/** The corpus project open in Loupe's services, with the bench theme coded by its rule (idempotent). */
export async function gridServices(ctx: FigureContext) {
  const services = await corpusServices(ctx);
  const themes = (await services.invoke('codebook.list', {})) as { id: number; name: string }[];
  const theme = themes.find((t) => t.name === BENCH_THEME) ?? ((await services.invoke('codebook.create', { name: BENCH_THEME })) as { id: number });
  const started = performance.now();
  const result = (await services.invoke('coding.rule', { theme: BENCH_THEME, query: BENCH_RULE })) as { coded: number; alreadyCoded: number };
  const project = (await services.invoke('projects.current', {})) as { project: { path: string } };
  return { services, themeId: theme.id, bulkMs: performance.now() - started, coded: result.coded + result.alreadyCoded, path: project.project.path };
}
