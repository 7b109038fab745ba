import { defineFigure, notYetBuilt, unavailableMeasure } from '../lib/figure';

/**
 * DESIGN.md §6 "import": Loupe importing the survey CSV up to committed rows.
 * To build: set `available: true`, `needsCorpus: true`, and in `measure` time
 * Loupe's import of `ctx.corpus.survey` into a fresh project under ctx.workDir,
 * returning rows/s (the child's own peak RSS is recorded by the runner).
 */
export default defineFigure({
  title: "Loupe's survey import, up to committed rows",
  designRow: 'import',
  role: 'target',
  unit: 'rows/s',
  better: 'higher',
  target: {
    text: "rows/s at least 1/3 of the sqlite3 shell's .import in the same run; peak RSS under 1 GB; memory flat in file size",
    baseline: 'sqlite-shell-import',
    met: (_median, ratio) => ratio !== undefined && ratio >= 1 / 3,
  },
  available: notYetBuilt('Loupe import (loupe import --kind survey) is not built yet'),
  measure: unavailableMeasure,
});
