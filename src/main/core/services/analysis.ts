import { join } from 'node:path';
import type { JobInfo } from '../../../shared/model';
import type { AnalysisResult, KeyphraseStatsRow, VerbatimRow } from '../../../shared/nlp';
import { keyphraseStats } from '../analysis/keyphraseStats';
import { AnalysisRepository } from '../db/analysisRepository';
import { openProjectDatabase } from '../db/connection';
import { runAnalysis } from '../nlp/runAnalysis';
import type { JobService } from './jobs';
import type { ProjectService } from './projects';
import { runInWorker } from './runInWorker';
import type { AnalysisWorkerData } from './workerProtocol';

export interface AnalysisServiceOptions {
  /** Folder of the built worker entries (out/main); the analysis runs inline in this thread when absent (tests). */
  readonly workerDir?: string;
  readonly nativeBinding?: string;
}

/** The NLP pipeline over the open project's verbatims (as a job), and the verbatims with what it found. */
export class AnalysisService {
  constructor(
    private readonly projects: ProjectService,
    private readonly jobs: JobService,
    private readonly options: AnalysisServiceOptions,
  ) {}

  start(): JobInfo {
    const { path: projectPath } = this.projects.require();
    const binding = this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {};
    return this.jobs.start('analyze', 'Analyze verbatims', async (ctx) => {
      if (this.options.workerDir) {
        const data: AnalysisWorkerData = { projectPath, ...binding };
        return runInWorker<AnalysisResult>(join(this.options.workerDir, 'analyze.worker.js'), data, ctx);
      }
      // In-thread (tests): a second connection, exactly as the worker would use.
      const db = openProjectDatabase(projectPath, binding);
      try {
        return await runAnalysis(db, {
          signal: ctx.signal,
          onProgress: ({ done, total }) => ctx.progress(done, total, `Analyzing verbatims: ${done.toLocaleString('en')} of ${total.toLocaleString('en')}`),
        });
      } finally {
        db.close();
      }
    });
  }

  verbatims(limit = 100, query?: string): { rows: VerbatimRow[] } {
    return { rows: new AnalysisRepository(this.projects.require().db).list(limit, query) };
  }

  /** Keyphrases by how distinctive they are for detractors (most first), with their counts. */
  keyphrases(minFrequency = 2, limit = 200): { rows: KeyphraseStatsRow[]; total: number } {
    // The prior and the group totals are over every phrase; the list leaves out the rare ones.
    const stats = keyphraseStats(new AnalysisRepository(this.projects.require().db).keyphraseCounts()).filter((s) => s.frequency >= minFrequency);
    return { rows: stats.slice(0, limit), total: stats.length };
  }
}
