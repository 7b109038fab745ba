/**
 * Worker entry for the project's long writes: an import (one transaction,
 * progress to the main thread) or the removal of an import and everything
 * derived from it. It opens its own connection, so the app stays responsive.
 */
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { serializeError } from '../../../shared/errors';
import { openProjectDatabase } from '../db/connection';
import { ImportRepository } from '../db/importRepository';
import type { ImportWorkerData, MainToWorker, WorkerMessageBody, WorkerToMain } from '../services/workerProtocol';
import { importProgressMessage } from './importProgress';
import { runImport } from './runImport';



const port = parentPort!;
const data = workerData as ImportWorkerData;
const controller = new AbortController();
let seq = 0;
const send = (message: WorkerMessageBody) => port.postMessage({ ...message, seq: (seq += 1) } as WorkerToMain);
port.on('message', (message: MainToWorker) => {
  if (message.type === 'cancel') controller.abort();
});

async function main(): Promise<void> {
  const db = openProjectDatabase(data.projectPath, data.nativeBinding ? { nativeBinding: data.nativeBinding } : {});
  const started = Date.now();
  try {
    if (data.task === 'remove') {
      send({ type: 'progress', done: 0, total: 1, message: 'Removing the import and everything derived from it…' });
      const removed = new ImportRepository(db).remove(data.importId);
      send({ type: 'result', result: { removed } });
      return;
    }
    const result = await runImport(db, data.options, {
      signal: controller.signal,
      // The parse worker sits beside this file in the build (out/main).
      parseWorkerFile: join(__dirname, 'parse.worker.js'),
      onProgress: (p) => send({ type: 'progress', ...importProgressMessage(p, started) }),
    });
    send({ type: 'result', result });
  } finally {
    db.close();
  }
}

main()
  .catch((error: unknown) => send({ type: 'error', error: serializeError(error) }))
  .finally(() => port.close());
