import { defineFigure, notYetBuilt, unavailableMeasure } from '../lib/figure';

/**
 * Baseline for DESIGN.md §6 "NLP": wink-nlp's sentence-level sentiment alone,
 * single thread, over the same verbatims. wink-nlp and its English model are
 * not dependencies yet, so this is listed rather than measured.
 */
export default defineFigure({
  title: 'single-thread wink-nlp sentence sentiment alone',
  designRow: 'nlp',
  role: 'baseline',
  unit: 'verbatims/s',
  better: 'higher',
  available: notYetBuilt('wink-nlp is not a dependency yet'),
  measure: unavailableMeasure,
});
