import { Worker } from 'node:worker_threads';
import { AppError, deserializeError } from '../../../shared/errors';
import type { AnalysisResult } from '../../../shared/nlp';
import { AnalysisRepository, type PendingVerbatim } from '../db/analysisRepository';
import type { ProjectDb } from '../db/connection';
import { createStoredAnalyzer } from './analyzeText';
import { loadLanguageDetector } from './language';
import type { NlpToWriter, WriterToNlp } from './nlpProtocol';
import type { StoredAnalysis } from './storedAnalysis';

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

/** Which of `threads` workers analyses a text: always the same one for the same text (FNV-1a of it). */
function shardOf(text: string, threads: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % threads;
}

/**
 * A pool of NLP workers. Each batch is shared out by text, the same text always to the same
 * worker: a worker's cache then sees every repeat of its texts (with batches dealt out whole, a
 * repeated answer was analysed once per worker), and every worker has its part of the batches in
 * flight queued, so none waits for the writer between batches.
 */
function workerPool(file: string, threads: number): { analyse: Analyse; close(): Promise<void> } {
  type Waiting = { resolve: (results: StoredAnalysis[]) => void; reject: (error: unknown) => void };
  const workers = Array.from({ length: threads }, () => new Worker(file, { resourceLimits: { maxOldGenerationSizeMb: 1024 } }));
  const waiting = workers.map(() => new Map<number, Waiting>());
  const failed: unknown[] = workers.map(() => undefined);
  workers.forEach((worker, w) => {
    worker.on('message', (message: NlpToWriter) => {
      const request = waiting[w]!.get(message.seq);
      if (!request) return;
      waiting[w]!.delete(message.seq);
      if (message.type === 'error') request.reject(deserializeError(message.error));
      else request.resolve(message.results);
    });
    worker.on('error', (error) => {
      failed[w] = error;
      for (const request of waiting[w]!.values()) request.reject(error);
      waiting[w]!.clear();
    });
  });
  let seq = 0;
  const send = (w: number, texts: readonly string[]) =>
    new Promise<StoredAnalysis[]>((resolve, reject) => {
      if (failed[w] !== undefined) return reject(failed[w]);
      const id = (seq += 1);
      waiting[w]!.set(id, { resolve, reject });
      workers[w]!.postMessage({ type: 'batch', seq: id, texts } satisfies WriterToNlp);
    });
  const analyse: Analyse = async (texts) => {
    if (threads === 1) return send(0, texts);
    const shard = new Int32Array(texts.length);
    const parts = workers.map((): string[] => []);
    for (let i = 0; i < texts.length; i += 1) parts[(shard[i] = shardOf(texts[i]!, threads))]!.push(texts[i]!);
    const results = await Promise.all(parts.map((part, w) => (part.length > 0 ? send(w, part) : [])));
    // Back in the batch's order: each worker's results come in the order of its part.
    const next = new Int32Array(threads);
    return texts.map((_, i) => {
      const w = shard[i]!;
      return results[w]![next[w]!++]!;
    });
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
    const analyser = createStoredAnalyzer();
    analyse = async (texts) => texts.map(analyser);
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
