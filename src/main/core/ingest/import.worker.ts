/**
 * Worker entry for the project's long writes: an import (one transaction,
 * progress to the main thread) or the removal of an import and everything
 * derived from it. It opens its own connection, so the app stays responsive.
 */
import { join } from 'node:path';
import { openProjectDatabase } from '../db/connection';
import { ImportRepository } from '../db/importRepository';
import { runJobWorker } from '../services/jobWorker';
import type { ImportWorkerData } from '../services/workerProtocol';
import { importProgressMessage } from './importProgress';
import { runImport } from './runImport';

runJobWorker<ImportWorkerData>(async ({ data, signal, progress }) => {
  const db = openProjectDatabase(data.projectPath, data.nativeBinding ? { nativeBinding: data.nativeBinding } : {});
  const started = Date.now();
  try {
    if (data.task === 'remove') {
      progress(0, 1, 'Removing the import and everything derived from it…');
      return { removed: new ImportRepository(db).remove(data.importId) };
    }
    return await runImport(db, data.options, {
      signal,
      // The parse worker sits beside this file in the build (out/main).
      parseWorkerFile: join(__dirname, 'parse.worker.js'),
      onProgress: (p) => {
        const { done, total, message } = importProgressMessage(p, started);
        progress(done, total, message);
      },
    });
  } finally {
    db.close();
  }
});
