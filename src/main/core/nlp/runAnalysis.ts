import { Worker } from 'node:worker_threads';
import { AppError, deserializeError } from '../../../shared/errors';
import type { AnalysisResult } from '../../../shared/nlp';
import { AnalysisRepository, type PendingVerbatim } from '../db/analysisRepository';
import type { ProjectDb } from '../db/connection';
import { createTextAnalyzer } from './analyzeText';
import { loadLanguageDetector } from './language';
import type { NlpToWriter, WriterToNlp } from './nlpProtocol';
import { storedAnalysis, type StoredAnalysis } from './storedAnalysis';

/**
 * The pipeline's version: stored with each analysis, so a verbatim analysed by another version
 * (other settings, another lexicon) is analysed again. Change it whenever results would change.
 */
export const ANALYSIS_VERSION = 'nlp-1';

const BATCH = 256;

export interface AnalysisProgress {
  readonly done: number;
  readonly total: number;
}

export interface AnalysisContext {
  readonly signal?: AbortSignal;
  /** The built NLP worker (nlp.worker.js); verbatims are analysed in this thread when absent. */
  readonly nlpWorkerFile?: string;
  /** How many NLP workers (DESIGN.md: 2). */
  readonly threads?: number;
  readonly onProgress?: (progress: AnalysisProgress) => void;
}

type Analyse = (texts: readonly string[]) => Promise<StoredAnalysis[]>;

/** A pool of NLP workers, each analysing one batch at a time. */
function workerPool(file: string, threads: number): { analyse: Analyse; close(): Promise<void> } {
  const idle: Worker[] = [];
  const waiting: ((worker: Worker) => void)[] = [];
  const workers = Array.from({ length: threads }, () => new Worker(file, { resourceLimits: { maxOldGenerationSizeMb: 1024 } }));
  const release = (worker: Worker) => {
    const next = waiting.shift();
    if (next) next(worker);
    else idle.push(worker);
  };
  workers.forEach(release);
  let seq = 0;
  const analyse: Analyse = async (texts) => {
    const worker = idle.pop() ?? (await new Promise<Worker>((resolve) => waiting.push(resolve)));
    const id = (seq += 1);
    try {
      return await new Promise<StoredAnalysis[]>((resolve, reject) => {
        const onMessage = (message: NlpToWriter) => {
          if (message.seq !== id) return;
          worker.off('message', onMessage);
          worker.off('error', reject);
          if (message.type === 'error') reject(deserializeError(message.error));
          else resolve(message.results);
        };
        worker.on('message', onMessage);
        worker.once('error', reject);
        worker.postMessage({ type: 'batch', seq: id, texts } satisfies WriterToNlp);
      });
    } finally {
      release(worker);
    }
  };
  return { analyse, close: async () => void (await Promise.all(workers.map((w) => w.terminate()))) };
}

/**
 * Analyses every verbatim not analysed yet by this version of the pipeline (all of them after a
 * change of version), in ONE transaction: cancelled or failed, the project keeps the analysis it
 * had. Batches go to the NLP workers on the other cores while this thread writes the results.
 */
export async function runAnalysis(db: ProjectDb, ctx: AnalysisContext = {}): Promise<AnalysisResult> {
  const started = performance.now();
  const repo = new AnalysisRepository(db);
  const total = repo.countPending(ANALYSIS_VERSION);
  const alreadyAnalysed = (db.prepare('SELECT count(*) FROM verbatims').pluck().get() as number) - total;
  const threads = Math.max(1, ctx.threads ?? 2);
  let pool: ReturnType<typeof workerPool> | undefined;
  let analyse: Analyse;
  if (ctx.nlpWorkerFile && total > 0) {
    pool = workerPool(ctx.nlpWorkerFile, threads);
    analyse = pool.analyse;
  } else {
    await loadLanguageDetector();
    const analyser = createTextAnalyzer();
    analyse = async (texts) => texts.map((text) => storedAnalysis(analyser(text)));
  }
  const counts = { analysed: 0, english: 0, otherLanguages: 0, withPersonalData: 0 };
  const cancelled = () => new AppError('JOB_CANCELLED', 'The analysis was cancelled; the project keeps the analysis it had.');
  ctx.onProgress?.({ done: 0, total });
  db.exec('BEGIN IMMEDIATE');
  try {
    let after = 0;
    // Up to two batches per worker in flight, written in the order they were read.
    const inFlight: Promise<{ batch: PendingVerbatim[]; results: StoredAnalysis[] }>[] = [];
    const read = () => {
      const batch = repo.pending(ANALYSIS_VERSION, after, BATCH);
      if (batch.length === 0) return false;
      after = batch.at(-1)!.id;
      const analysed = analyse(batch.map((v) => v.text)).then((results) => ({ batch, results }));
      analysed.catch(() => undefined); // awaited below; a failure after an earlier one must not go unhandled
      inFlight.push(analysed);
      return true;
    };
    let more = true;
    while (more && inFlight.length < threads * 2) more = read();
    while (inFlight.length > 0) {
      if (ctx.signal?.aborted) throw cancelled();
      const { batch, results } = await inFlight.shift()!;
      repo.save(
        ANALYSIS_VERSION,
        batch.map((v, i) => ({ id: v.id, stored: results[i]!, replaces: v.analysed === 1 })),
      );
      for (const r of results) {
        counts.analysed += 1;
        if (r.english) counts.english += 1;
        else counts.otherLanguages += 1;
        if (r.pii !== null) counts.withPersonalData += 1;
      }
      ctx.onProgress?.({ done: counts.analysed, total });
      if (more) more = read();
    }
    if (ctx.signal?.aborted) throw cancelled();
    db.exec('COMMIT');
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  } finally {
    await pool?.close();
  }
  return { ...counts, alreadyAnalysed, ms: Math.round(performance.now() - started) };
}
