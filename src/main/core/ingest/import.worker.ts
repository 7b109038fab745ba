/**
 * Worker entry for imports: opens its own connection to the project and runs
 * the import in one transaction, reporting progress to the main thread.
 */
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { ImportOptions } from '../../../shared/imports';
import { serializeError } from '../../../shared/errors';
import { openProjectDatabase } from '../db/connection';
import type { MainToWorker, WorkerMessageBody, WorkerToMain } from '../services/workerProtocol';
import { importProgressMessage } from './importProgress';
import { runImport } from './runImport';

interface ImportWorkerData {
  readonly projectPath: string;
  readonly options: ImportOptions;
  readonly nativeBinding?: string;
}

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
