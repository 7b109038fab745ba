/**
 * Worker entry of the analysis job: opens its own connection, hands the verbatims to the NLP
 * workers beside it and writes their results (one transaction; progress to the main thread).
 */
import { join } from 'node:path';
import { openProjectDatabase } from '../db/connection';
import { runJobWorker } from '../services/jobWorker';
import type { AnalysisWorkerData } from '../services/workerProtocol';
import { runAnalysis } from './runAnalysis';

runJobWorker<AnalysisWorkerData>(async ({ data, signal, progress }) => {
  const db = openProjectDatabase(data.projectPath, data.nativeBinding ? { nativeBinding: data.nativeBinding } : {});
  try {
    return await runAnalysis(db, {
      signal,
      // The NLP worker sits beside this file in the build (out/main).
      nlpWorkerFile: join(__dirname, 'nlp.worker.js'),
      threads: 2,
      onProgress: ({ done, total }) => progress(done, total, `Analyzing verbatims: ${done.toLocaleString('en')} of ${total.toLocaleString('en')}`),
    });
  } finally {
    db.close();
  }
});
