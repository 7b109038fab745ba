import { CountingSink, generateSurvey } from '../../scripts/corpus/index';
import { defineFigure } from '../lib/figure';

/** Sanity: how fast the corpus generator writes survey rows (to a sink that only counts bytes). */
export default defineFigure({
  title: 'corpus generator throughput (survey rows, text included)',
  designRow: 'sanity',
  role: 'sanity',
  unit: 'rows/s',
  better: 'higher',
  available: true,
  fixedSize: '100k',
  warmups: 1,
  runs: 3,
  measure: async (ctx) => {
    const out = new CountingSink();
    const started = performance.now();
    const stats = await generateSurvey({ size: ctx.rows, seed: ctx.seed, out });
    const seconds = (performance.now() - started) / 1000;
    return { value: stats.rows / seconds, extra: { 'MB/s': stats.bytes / 1e6 / seconds, seconds } };
  },
});
