import { Worker } from 'node:worker_threads';
import { AppError, deserializeError } from '../../../shared/errors';
import type { AnalysisResult } from '../../../shared/nlp';
import { AnalysisRepository, type PendingVerbatim } from '../db/analysisRepository';
import type { ProjectDb } from '../db/connection';
import { createStoredAnalyzer } from './analyzeText';
import { loadLanguageDetector } from './language';
import type { NlpToWriter, WriterToNlp } from './nlpProtocol';
import type { StoredAnalysis } from './storedAnalysis';
import { TextCache } from './textCache';

/**
 * The pipeline's version: stored with each analysis, so a verbatim analysed by another version
 * (other settings, another lexicon) is analysed again. Change it whenever results would change.
 */
export const ANALYSIS_VERSION = 'nlp-1';

const BATCH = 256;

/** At most this many batches read and not written yet (their texts and results in memory). */
const MAX_AHEAD = 64;

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

/**
 * How many distinct texts the writing thread remembers the analysis of: a third of a survey's
 * answers repeat one before them, often far before (on the 1M corpus, 20,000 texts remembered
 * left 74% of the answers to analyse, 200,000 left 67%, all of them 66%), and a repeat known here
 * is neither sent to a worker nor sent back.
 */
const KNOWN_TEXTS = 200_000;

/**
 * An NLP worker's heap: a young generation large enough that wink-nlp's short-lived token arrays
 * die between scavenges (the default cost the 1M analysis about a second per worker).
 */
const NLP_WORKER_LIMITS = { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 96 } as const;

/**
 * A pool of NLP workers. Each batch of texts goes whole to the worker with the fewest texts
 * waiting, so both stay busy whatever the texts cost (long English answers, or short ones in
 * other languages), and every worker has work queued while the writer writes.
 */
function workerPool(file: string, threads: number): { analyse: Analyse; queued(): number; close(): Promise<void> } {
  type Waiting = { resolve: (results: StoredAnalysis[]) => void; reject: (error: unknown) => void };
  const workers = Array.from({ length: threads }, () => new Worker(file, { resourceLimits: NLP_WORKER_LIMITS }));
  const waiting = workers.map(() => new Map<number, Waiting>());
  const failed: unknown[] = workers.map(() => undefined);
  const queued = new Int32Array(threads);
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
  const analyse: Analyse = (texts) =>
    new Promise<StoredAnalysis[]>((resolve, reject) => {
      let w = 0;
      for (let i = 1; i < threads; i += 1) if (queued[i]! < queued[w]!) w = i;
      if (failed[w] !== undefined) return reject(failed[w]);
      const id = (seq += 1);
      queued[w] = queued[w]! + texts.length;
      const done = () => void (queued[w] = queued[w]! - texts.length);
      waiting[w]!.set(id, { resolve: (results) => (done(), resolve(results)), reject: (error) => (done(), reject(error)) });
      workers[w]!.postMessage({ type: 'batch', seq: id, texts } satisfies WriterToNlp);
    });
  return {
    analyse,
    queued: () => queued.reduce((sum, n) => sum + n, 0),
    close: async () => void (await Promise.all(workers.map((w) => w.terminate()))),
  };
}

/** `analyse` for the distinct texts of a batch that are not known yet; the known ones from `known`. */
function withKnownTexts(analyse: Analyse, known: TextCache<StoredAnalysis>): Analyse {
  return async (texts) => {
    const results: StoredAnalysis[] = new Array<StoredAnalysis>(texts.length);
    const fresh: string[] = [];
    const freshAt = new Map<string, number>();
    const from = new Int32Array(texts.length).fill(-1);
    for (let i = 0; i < texts.length; i += 1) {
      const text = texts[i]!;
      const value = known.get(text);
      if (value !== undefined) {
        results[i] = value;
        continue;
      }
      let j = freshAt.get(text);
      if (j === undefined) {
        j = fresh.length;
        fresh.push(text);
        freshAt.set(text, j);
      }
      from[i] = j;
    }
    if (fresh.length === 0) return results;
    const analysed = await analyse(fresh);
    for (let j = 0; j < fresh.length; j += 1) known.set(fresh[j]!, analysed[j]!);
    for (let i = 0; i < texts.length; i += 1) if (from[i]! >= 0) results[i] = analysed[from[i]!]!;
    return results;
  };
}

/**
 * Analyses every verbatim not analysed yet by this version of the pipeline (all of them after a
 * change of version), in ONE transaction: cancelled or failed, the project keeps the analysis it
 * had. Batches go to the NLP workers on the other cores while this thread writes the results.
 */
export async function runAnalysis(db: ProjectDb, ctx: AnalysisContext = {}): Promise<AnalysisResult> {
  const started = performance.now();
  const repo = new AnalysisRepository(db);
  const threads = Math.max(1, ctx.threads ?? 2);
  let pool: ReturnType<typeof workerPool> | undefined;
  let analyse: Analyse;
  // The workers load wink-nlp and eld (half a second) while the pending verbatims are counted.
  if (ctx.nlpWorkerFile && repo.hasPending(ANALYSIS_VERSION)) {
    pool = workerPool(ctx.nlpWorkerFile, threads);
    analyse = pool.analyse;
  } else {
    await loadLanguageDetector();
    const analyser = createStoredAnalyzer();
    analyse = async (texts) => texts.map(analyser);
  }
  analyse = withKnownTexts(analyse, new TextCache<StoredAnalysis>(KNOWN_TEXTS));
  let total: number;
  let alreadyAnalysed: number;
  try {
    total = repo.countPending(ANALYSIS_VERSION);
    alreadyAnalysed = (db.prepare('SELECT count(*) FROM verbatims').pluck().get() as number) - total;
  } catch (error) {
    await pool?.close();
    throw error;
  }
  const counts = { analysed: 0, english: 0, otherLanguages: 0, withPersonalData: 0 };
  const cancelled = () => new AppError('JOB_CANCELLED', 'The analysis was cancelled; the project keeps the analysis it had.');
  ctx.onProgress?.({ done: 0, total });
  // Every id written comes from this transaction's own reads (verbatims, and the keyphrases it
  // adds): the foreign keys cannot fail, and checking them is about a seventh of the writing.
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  let stopped = false;
  try {
    db.pragma('foreign_keys = OFF');
    db.exec('BEGIN IMMEDIATE');
    // At least half the project to analyse: the keyphrases' index is built once at the end (rebuilt
    // from fewer rows than are written) instead of kept up to date row by row.
    const rebuildIndexes = total > 0 && total >= alreadyAnalysed ? repo.deferKeyphraseIndexes() : undefined;
    const noneAnalysed = repo.noneAnalysed();
    let after = 0;
    let more = true;
    // Batches read and not written yet, written in the order they were read. More are read each
    // time a worker answers (not only after a write) while the workers have less than a batch
    // each to do: the writer waits for the oldest batch, and a worker done early must not idle.
    const inFlight: Promise<{ batch: PendingVerbatim[]; results: StoredAnalysis[] }>[] = [];
    const busy = () =>
      !more || stopped || ctx.signal?.aborted === true || inFlight.length >= MAX_AHEAD || (pool ? pool.queued() >= threads * BATCH : inFlight.length > 0);
    const topUp = () => {
      while (!busy()) more = read();
    };
    const read = () => {
      const batch = repo.pending(ANALYSIS_VERSION, after, BATCH, noneAnalysed);
      if (batch.length === 0) return false;
      after = batch.at(-1)!.id;
      const analysed = analyse(batch.map((v) => v.text)).then((results) => ({ batch, results }));
      analysed.catch(() => undefined); // awaited below; a failure after an earlier one must not go unhandled
      analysed.then(topUp, () => undefined);
      inFlight.push(analysed);
      return true;
    };
    topUp();
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
      topUp();
    }
    if (ctx.signal?.aborted) throw cancelled();
    rebuildIndexes?.();
    db.exec('COMMIT');
  } catch (error) {
    stopped = true;
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  } finally {
    if (foreignKeys) db.pragma('foreign_keys = ON');
    await pool?.close();
  }
  return { ...counts, alreadyAnalysed, ms: Math.round(performance.now() - started) };
}
