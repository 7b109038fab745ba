import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { defineFigure } from '../lib/figure';
import { importCorpus, loadCore } from '../lib/loupeCore';

let run = 0;

/**
 * DESIGN.md §6 "import": Loupe importing the survey CSV (encoding and delimiter
 * detection, platform and mapping, rows and segment values, one transaction)
 * up to committed rows, in a fresh project. The full-text index that follows
 * is its own figure.
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
  available: true,
  needsCorpus: true,
  warmups: 0,
  runs: 5,
  measure: async (ctx) => {
    const core = loadCore();
    const path = join(ctx.workDir, `import-${ctx.size}-${(run += 1)}.loupe`);
    const result = await importCorpus(core, path, ctx.corpus!.survey);
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    const seconds = result.timings!.rowsMs / 1000;
    return { value: result.rowsRead / seconds, extra: { 'rows committed after s': seconds, 'index s (not included)': result.timings!.indexMs / 1000 } };
  },
});
