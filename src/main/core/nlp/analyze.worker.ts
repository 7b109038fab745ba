/**
 * Worker entry of the analysis job: opens its own connection, hands the verbatims to the NLP
 * workers beside it and writes their results (one transaction; progress to the main thread).
 */
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { serializeError } from '../../../shared/errors';
import { openProjectDatabase } from '../db/connection';
import type { AnalysisWorkerData, MainToWorker, WorkerMessageBody, WorkerToMain } from '../services/workerProtocol';
import { runAnalysis } from './runAnalysis';

const port = parentPort!;
const data = workerData as AnalysisWorkerData;
const controller = new AbortController();
let seq = 0;
const send = (message: WorkerMessageBody) => port.postMessage({ ...message, seq: (seq += 1) } as WorkerToMain);
port.on('message', (message: MainToWorker) => {
  if (message.type === 'cancel') controller.abort();
});

async function main(): Promise<void> {
  const db = openProjectDatabase(data.projectPath, data.nativeBinding ? { nativeBinding: data.nativeBinding } : {});
  try {
    const result = await runAnalysis(db, {
      signal: controller.signal,
      // The NLP worker sits beside this file in the build (out/main).
      nlpWorkerFile: join(__dirname, 'nlp.worker.js'),
      threads: 2,
      onProgress: ({ done, total }) => send({ type: 'progress', done, total, message: `Analyzing verbatims: ${done.toLocaleString('en')} of ${total.toLocaleString('en')}` }),
    });
    send({ type: 'result', result });
  } finally {
    db.close();
  }
}

main()
  .catch((error: unknown) => send({ type: 'error', error: serializeError(error) }))
  .finally(() => port.close());
