import { defineFigure, notYetBuilt, unavailableMeasure } from '../lib/figure';

/** DESIGN.md §6 "NLP": the analysis pipeline over the verbatims on 2 worker threads. */
export default defineFigure({
  title: 'Loupe NLP analysis on 2 worker threads',
  designRow: 'nlp',
  role: 'target',
  unit: 'verbatims/s',
  better: 'higher',
  target: {
    text: 'verbatims/s at least equal to single-thread wink-nlp sentence sentiment alone, in the same run',
    baseline: 'nlp-baseline-sentiment',
    met: (_median, ratio) => ratio !== undefined && ratio >= 1,
  },
  available: notYetBuilt('the NLP pipeline (loupe analyze) is not built yet'),
  measure: unavailableMeasure,
});
