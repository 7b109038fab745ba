import { defineFigure, notYetBuilt, unavailableMeasure } from '../lib/figure';

/**
 * DESIGN.md §6 "grid": a 100-row page with theme + segment + full-text filters.
 * Use the same words as fts5-match (./_queries.ts) so the ratio is fair.
 */
export default defineFigure({
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
  available: notYetBuilt('the verbatim grid query is not built yet'),
  measure: unavailableMeasure,
});
