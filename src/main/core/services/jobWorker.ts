import { parentPort, workerData } from 'node:worker_threads';
import { serializeError } from '../../../shared/errors';
import type { MainToWorker, WorkerMessageBody, WorkerToMain } from './workerProtocol';

/** What a job's worker entry gets: its data, the cancel signal, and progress to the main thread. */
export interface JobWorkerContext<Data> {
  readonly data: Data;
  readonly signal: AbortSignal;
  progress(done: number, total: number, message: string): void;
  /** See JobContext.kept: what a cancellation from now on keeps. */
  kept(message: string): void;
}

/**
 * The protocol side of a job's worker entry (`*.worker.ts`, see runInWorker): numbered messages,
 * cancel from the main thread, then the result or the error. `work` is plain core code.
 */
export function runJobWorker<Data>(work: (ctx: JobWorkerContext<Data>) => Promise<unknown>): void {
  const port = parentPort!;
  const controller = new AbortController();
  let seq = 0;
  const send = (message: WorkerMessageBody) => port.postMessage({ ...message, seq: (seq += 1) } as WorkerToMain);
  port.on('message', (message: MainToWorker) => {
    if (message.type === 'cancel') controller.abort();
  });
  work({
    data: workerData as Data,
    signal: controller.signal,
    progress: (done, total, message) => send({ type: 'progress', done, total, message }),
    kept: (message) => send({ type: 'kept', message }),
  })
    .then((result) => send({ type: 'result', result }))
    .catch((error: unknown) => send({ type: 'error', error: serializeError(error) }))
    .finally(() => port.close());
}
