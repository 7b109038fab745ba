import { join } from 'node:path';
import type { JobInfo } from '../../../shared/model';
import type { ClassifierRun, KeyphraseStatsRow, SuggestionRun, ThemeSuggestion, VerbatimRow } from '../../../shared/nlp';
import { keyphraseStats } from '../analysis/keyphraseStats';
import { AnalysisRepository } from '../db/analysisRepository';
import { openProjectDatabase } from '../db/connection';
import { runAnalysisTask, type AnalysisTaskResult } from '../nlp/analysisTask';
import { ClassifierRepository } from '../db/classifierRepository';
import { CodebookRepository } from '../db/codebookRepository';
import { SuggestionRepository, type AcceptOptions } from '../db/suggestionRepository';
import type { CodingService } from './coding';
import type { CodeResult } from '../../../shared/coding';
import type { JobService } from './jobs';
import type { ProjectService } from './projects';
import { runInWorker } from './runInWorker';
import type { AnalysisWorkerData } from './workerProtocol';

export interface AnalysisServiceOptions {
  /** Folder of the built worker entries (out/main); the analysis runs inline in this thread when absent (tests). */
  readonly workerDir?: string;
  readonly nativeBinding?: string;
  /** Where the word vectors' compact cache lives; suggestions use TF-IDF alone without it. */
  readonly vectorsDir?: string;
}

/** The NLP pipeline and theme suggestions over the open project's verbatims (as jobs), and what they found. */
export class AnalysisService {
  constructor(
    private readonly projects: ProjectService,
    private readonly jobs: JobService,
    private readonly coding: CodingService,
    private readonly options: AnalysisServiceOptions,
  ) {}

  /** The NLP pipeline over the verbatims not analysed yet, then theme suggestions. */
  start(): JobInfo {
    return this.run('analyze', 'Analyze verbatims', { task: 'analyze' });
  }

  /** Theme suggestions again, coarser (granularity < 0) or finer (> 0). */
  suggest(granularity: number): JobInfo {
    return this.run('suggest', granularity === 0 ? 'Suggest themes' : `Suggest ${granularity < 0 ? 'coarser' : 'finer'} themes`, { task: 'suggest', granularity });
  }

  /** One suggestion split into finer ones. */
  split(id: string): JobInfo {
    const suggestion = new SuggestionRepository(this.projects.require().db).get(id);
    return this.run('suggest', `Split “${suggestion.label}”`, { task: 'split', split: id });
  }

  /** Learns a theme from its manual codes and suggests it for uncoded verbatims (a job). */
  classify(themeId: number): JobInfo {
    const theme = new CodebookRepository(this.projects.require().db).get(themeId);
    return this.run('classify', `Learn “${theme.name}” from its codes`, { task: 'classify', themeId });
  }

  classifier(themeId: number): { run?: ClassifierRun } {
    const run = new ClassifierRepository(this.projects.require().db).get(themeId);
    return run ? { run } : {};
  }

  private run(kind: 'analyze' | 'suggest' | 'classify', title: string, task: Pick<AnalysisWorkerData, 'task' | 'granularity' | 'split' | 'themeId'>): JobInfo {
    const { path: projectPath } = this.projects.require();
    const data: AnalysisWorkerData = {
      projectPath,
      ...task,
      ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}),
      ...(this.options.vectorsDir ? { vectorsDir: this.options.vectorsDir } : {}),
    };
    return this.jobs.start(kind, title, async (ctx) => {
      if (this.options.workerDir) return runInWorker<AnalysisTaskResult | ClassifierRun>(join(this.options.workerDir, 'analyze.worker.js'), data, ctx);
      // In-thread (tests): a second connection, exactly as the worker would use.
      const db = openProjectDatabase(projectPath, this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {});
      try {
        return await runAnalysisTask(db, data, { signal: ctx.signal, progress: ctx.progress, ...(ctx.kept ? { kept: ctx.kept } : {}) });
      } finally {
        db.close();
      }
    });
  }

  suggestions(): { suggestions: ThemeSuggestion[]; run?: SuggestionRun } {
    const repo = new SuggestionRepository(this.projects.require().db);
    const run = repo.run();
    return { suggestions: repo.list(), ...(run ? { run } : {}) };
  }

  /** Accepts suggestions as one theme: their verbatims coded, their phrases a rule (one undoable action). */
  accept(ids: readonly string[], options: AcceptOptions): CodeResult & { themeId: number; rule?: string } {
    return new SuggestionRepository(this.projects.require().db).accept(this.coding.coderName(), ids, options);
  }

  drop(id: string): { dropped: true } {
    new SuggestionRepository(this.projects.require().db).drop(id);
    return { dropped: true };
  }

  /** The respondent ids of a suggestion's members (for the CLI's shape). */
  suggestionRespondents(id: string): string[] {
    return new SuggestionRepository(this.projects.require().db).respondents(id);
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
