import { defineFigure, notYetBuilt, unavailableMeasure } from '../lib/figure';

/** DESIGN.md §6 "full-text index": Loupe's verbatim index after import, reported apart from the import. */
export default defineFigure({
  title: "Loupe's full-text index of the imported verbatims",
  designRow: 'fulltext',
  role: 'target',
  unit: 's',
  better: 'lower',
  target: {
    text: "within 1.2× of FTS5's own 'rebuild' of the same verbatims, reported separately",
    baseline: 'fts5-rebuild',
    met: (_median, ratio) => ratio !== undefined && ratio <= 1.2,
  },
  available: notYetBuilt("Loupe's full-text indexing is not built yet"),
  measure: unavailableMeasure,
});
