import { defineFigure, notYetBuilt, unavailableMeasure } from '../lib/figure';

/**
 * Baseline for DESIGN.md §6 "crosstab": the single GROUP BY counting the same
 * theme × segment cells. It needs Loupe's theme-coding tables to count over.
 */
export default defineFigure({
  title: 'single GROUP BY counting the crosstab cells',
  designRow: 'crosstab',
  role: 'baseline',
  unit: 'ms',
  better: 'lower',
  available: notYetBuilt("needs Loupe's coding schema (themes applied to verbatims)"),
  measure: unavailableMeasure,
});
