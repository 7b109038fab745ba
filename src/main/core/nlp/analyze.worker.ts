/**
 * Worker entry of the analysis jobs: opens its own connection, hands the verbatims to the NLP
 * workers beside it and writes their results, then suggests themes (see analysisTask.ts).
 */
import { join } from 'node:path';
import { openProjectDatabase } from '../db/connection';
import { runJobWorker } from '../services/jobWorker';
import type { AnalysisWorkerData } from '../services/workerProtocol';
import { runAnalysisTask } from './analysisTask';

runJobWorker<AnalysisWorkerData>(async ({ data, signal, progress, kept }) => {
  const db = openProjectDatabase(data.projectPath, data.nativeBinding ? { nativeBinding: data.nativeBinding } : {});
  try {
    // The NLP worker sits beside this file in the build (out/main).
    return await runAnalysisTask(db, data, { signal, progress, kept, nlpWorkerFile: join(__dirname, 'nlp.worker.js') });
  } finally {
    db.close();
  }
});
