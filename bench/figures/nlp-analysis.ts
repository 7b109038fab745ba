import { join } from 'node:path';
import Database from 'better-sqlite3';
import { defineFigure } from '../lib/figure';
import { REPO_ROOT } from '../lib/paths';
import { corpusProject, loadCore, type LoupeCore } from '../lib/loupeCore';

/**
 * DESIGN.md §6 "NLP": Loupe's whole per-verbatim analysis (language, sentences, sentiment with
 * the feedback lexicon, lemmas, keyphrases, personal data, written to the project) of every
 * verbatim of the corpus, as the app runs it: the analysis worker with 2 NLP worker threads.
 */
export default defineFigure<{ core: LoupeCore; path: string }>({
  title: 'Loupe NLP analysis on 2 worker threads',
  designRow: 'nlp',
  role: 'target',
  unit: 'verbatims/s',
  better: 'higher',
  target: {
    text: 'verbatims/s at least equal to single-thread wink-nlp sentence sentiment alone, in the same run; memory under 1.5 GB at 1M',
    baseline: 'nlp-baseline-sentiment',
    met: (_median, ratio) => ratio !== undefined && ratio >= 1,
  },
  available: true,
  needsCorpus: true,
  warmups: 0,
  runs: 3,
  setup: async (ctx) => ({ core: loadCore(), path: await corpusProject(loadCore(), ctx.workDir, ctx.size, ctx.corpus!.survey) }),
  measure: async (_ctx, { core, path }) => {
    // Each run analyses everything: the previous run's results go first (not timed).
    const db = new Database(path);
    db.exec('DELETE FROM verbatim_keyphrases; DELETE FROM keyphrases; DELETE FROM verbatim_analysis;');
    db.close();
    const ctx = { signal: new AbortController().signal, progress: () => {} };
    type Result = { analysed: number; ms: number; english: number; otherLanguages: number; withPersonalData: number; suggestions: number };
    // The analysis job as the app runs it: the NLP pass (timed by its own `ms`), then theme suggestions (without word vectors here).
    const started = performance.now();
    const result = await core.runInWorker<Result>(join(REPO_ROOT, 'out', 'main', 'analyze.worker.js'), { projectPath: path, task: 'analyze' }, ctx);
    const jobSeconds = (performance.now() - started) / 1000;
    const seconds = result.ms / 1000;
    return {
      value: result.analysed / seconds,
      extra: {
        verbatims: result.analysed,
        seconds,
        english: result.english,
        'other languages': result.otherLanguages,
        'with personal data': result.withPersonalData,
        'suggested themes': result.suggestions,
        'whole job s (with suggestions)': jobSeconds,
      },
    };
  },
});
