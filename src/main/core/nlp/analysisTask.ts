import type { AnalysisResult, ClassifierRun } from '../../../shared/nlp';
import type { ProjectDb } from '../db/connection';
import type { AnalysisWorkerData } from '../services/workerProtocol';
import { runAnalysis } from './runAnalysis';
import { runSuggestions, splitSuggestion } from './runSuggestions';
import { runClassifier } from './runClassifier';
import { loadWordVectors, type WordVectors } from './wordVectors';

export interface AnalysisTaskContext {
  readonly signal?: AbortSignal;
  readonly nlpWorkerFile?: string;
  readonly progress: (done: number, total: number, message: string) => void;
  /** Says what a cancellation from now on keeps (the NLP pass is committed before the suggestions). */
  readonly kept?: (message: string) => void;
}

/** What an analysis job reports: the NLP pass (absent for 'suggest' and 'split') and the suggestions. */
export interface AnalysisTaskResult extends Partial<AnalysisResult> {
  readonly suggestions: number;
  readonly vectors: boolean;
}

/** The word vectors, or undefined (with why) when they cannot be had: suggestions then use TF-IDF alone. */
async function vectorsFor(dir: string | undefined, progress: AnalysisTaskContext['progress']): Promise<{ vectors?: WordVectors; problem?: string }> {
  if (!dir) return {};
  progress(0, 1, 'Loading word vectors (the first time, they are converted once: about 10 s)…');
  try {
    return { vectors: await loadWordVectors({ cacheDir: dir }) };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * One analysis job, as its worker (or a test, in-thread) runs it: the NLP pipeline over the
 * verbatims not analysed yet, then theme suggestions from every analysed verbatim; or the
 * suggestions alone, or one suggestion split. Plain core code, so tests call it directly.
 */
export async function runAnalysisTask(db: ProjectDb, data: AnalysisWorkerData, ctx: AnalysisTaskContext): Promise<AnalysisTaskResult | ClassifierRun> {
  if (data.task === 'classify') {
    ctx.progress(0, 1, 'Learning the theme from its codes…');
    const run = runClassifier(db, data.themeId!);
    ctx.progress(1, 1, `${run.suggested.toLocaleString('en')} verbatims suggested`);
    return run;
  }
  let analysed: AnalysisResult | undefined;
  if (data.task === 'analyze') {
    analysed = await runAnalysis(db, {
      ...(ctx.signal ? { signal: ctx.signal } : {}),
      ...(ctx.nlpWorkerFile ? { nlpWorkerFile: ctx.nlpWorkerFile, threads: 2 } : {}),
      onProgress: ({ done, total }) => ctx.progress(done, total, `Analyzing verbatims: ${done.toLocaleString('en')} of ${total.toLocaleString('en')}`),
    });
    ctx.kept?.(
      `The analysis of ${analysed.analysed.toLocaleString('en')} verbatim${analysed.analysed === 1 ? '' : 's'} is kept; the suggested themes are as they were.`,
    );
  }
  if (ctx.signal?.aborted) throw ctx.signal.reason;
  const { vectors } = await vectorsFor(data.vectorsDir, ctx.progress);
  ctx.progress(0, 1, data.task === 'split' ? 'Splitting the suggested theme…' : 'Suggesting themes…');
  const settings = { ...(data.granularity === undefined ? {} : { granularity: data.granularity }), ...(vectors ? { vectors } : {}) };
  const made = data.task === 'split' && data.split ? splitSuggestion(db, data.split, settings) : runSuggestions(db, settings);
  ctx.progress(1, 1, `${made.suggestions} suggested theme${made.suggestions === 1 ? '' : 's'}`);
  return { ...(analysed ?? {}), suggestions: made.suggestions, vectors: vectors !== undefined };
}
