import { defineFigure, notYetBuilt, unavailableMeasure } from '../lib/figure';

/** DESIGN.md §6 "project open": a 1M-response project to an interactive workbench. */
export default defineFigure({
  title: 'open a project to an interactive workbench',
  designRow: 'projectOpen',
  role: 'target',
  unit: 's',
  better: 'lower',
  target: { text: 'under 2 s for a 1M-response project', met: (median) => median < 2 },
  available: notYetBuilt('projects (open/import) are not built yet'),
  measure: unavailableMeasure,
});
