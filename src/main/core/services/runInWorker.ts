import { Worker, type ResourceLimits } from 'node:worker_threads';
import { AppError, deserializeError } from '../../../shared/errors';
import type { JobContext } from './jobs';
import type { MainToWorker, WorkerToMain } from './workerProtocol';

/** A job worker's heap: enough for any honest file, small enough that a hostile one ends the worker, not the app. */
export const WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 1536 };

/**
 * The import's writing thread: the same cap, and a young generation large enough that the
 * batches of rows it holds for a moment are not copied by each scavenge (V8's default is sized
 * for latency, and costs a bulk import about a second in garbage collection).
 */
export const IMPORT_WORKER_LIMITS: ResourceLimits = { ...WORKER_LIMITS, maxYoungGenerationSizeMb: 64 };

/** How long a worker may take to roll back after a cancel before it is terminated. */
const CANCEL_GRACE_MS = 10_000;

/**
 * Runs a worker entry (`*.worker.js`) as a job: its progress messages drive
 * the job's progress, cancel is passed on (and the worker terminated if it
 * does not stop in time: its transaction is then never committed), and its
 * result or error becomes the job's. Memory is capped so a hostile file
 * (a zip bomb that lies about its size) ends the worker, not the app.
 */
export function runInWorker<T>(file: string, workerData: unknown, ctx: JobContext, resourceLimits: ResourceLimits = WORKER_LIMITS): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(file, { workerData, resourceLimits });
    let seq = 0;
    let lastSeen = 0;
    let settled = false;
    /** What the worker said it committed: from then on, a cancellation or a crash keeps it. */
    let kept: string | undefined;
    let killTimer: NodeJS.Timeout | undefined;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      if (killTimer) clearTimeout(killTimer);
      ctx.signal.removeEventListener('abort', onAbort);
      fn();
    };
    const onAbort = () => {
      const message: MainToWorker = { seq: (seq += 1), type: 'cancel' };
      worker.postMessage(message);
      killTimer = setTimeout(() => {
        void worker.terminate();
        settle(() => reject(new AppError('JOB_CANCELLED', kept ? `The job was cancelled. ${kept}` : 'The job was cancelled; nothing was changed.')));
      }, CANCEL_GRACE_MS);
    };
    ctx.signal.addEventListener('abort', onAbort);
    worker.on('message', (message: WorkerToMain) => {
      if (message.seq <= lastSeen) return; // stale or repeated
      lastSeen = message.seq;
      if (message.type === 'progress') ctx.progress(message.done, message.total, message.message);
      else if (message.type === 'kept') {
        kept = message.message;
        ctx.kept?.(message.message);
      }
      else if (message.type === 'result') settle(() => resolve(message.result as T));
      else settle(() => reject(deserializeError(message.error)));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      settle(() =>
        reject(
          outOfMemory
            ? new AppError('BAD_INPUT', 'The file needs more memory than Loupe allows one import to use.', {
                detail: 'It may be damaged or hostile (a zip bomb). Nothing was imported.',
              })
            : error,
        ),
      );
    });
    worker.on('exit', (code) => {
      settle(() => reject(new AppError('INTERNAL', `The job's worker stopped unexpectedly (exit code ${code}). ${kept ?? 'Nothing was changed.'}`, { expected: false })));
    });
    if (ctx.signal.aborted) onAbort();
  });
}
