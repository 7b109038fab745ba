import { defineFigure, notYetBuilt, unavailableMeasure } from '../lib/figure';

/** DESIGN.md §6 "apply theme": one verbatim coded and the grid page re-read, at 1M responses. */
export default defineFigure({
  title: 'apply a theme to one verbatim, grid updated',
  designRow: 'applyTheme',
  role: 'target',
  unit: 'ms',
  better: 'lower',
  target: { text: 'under 50 ms at 1M responses', met: (median) => median < 50 },
  available: notYetBuilt('coding (loupe code) is not built yet'),
  measure: unavailableMeasure,
});
