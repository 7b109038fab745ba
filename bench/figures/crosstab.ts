import { defineFigure, notYetBuilt, unavailableMeasure } from '../lib/figure';

/** DESIGN.md §6 "crosstab": theme × segment, 50 themes × 10 values. */
export default defineFigure({
  title: 'theme × segment crosstab, 50 themes × 10 values',
  designRow: 'crosstab',
  role: 'target',
  unit: 'ms',
  better: 'lower',
  target: {
    text: 'within 2× of the single GROUP BY that counts the same cells',
    baseline: 'crosstab-group-by',
    met: (_median, ratio) => ratio !== undefined && ratio <= 2,
  },
  available: notYetBuilt('the crosstab (loupe crosstab) is not built yet'),
  measure: unavailableMeasure,
});
