import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { ImportOptions, ImportPreview, ImportResult } from '../../../shared/imports';
import type { ExcludedRow, ImportDetails, JobInfo } from '../../../shared/model';
import { openProjectDatabase } from '../db/connection';
import { TemplateRepository } from '../db/templateRepository';
import { importProgressMessage } from '../ingest/importProgress';
import { inspectImport } from '../ingest/inspectImport';
import { runImport } from '../ingest/runImport';
import type { JobService } from './jobs';
import type { ProjectService } from './projects';
import { IMPORT_WORKER_LIMITS, runInWorker } from './runInWorker';
import type { ImportWorkerData } from './workerProtocol';
import type { EventBus } from './eventBus';

export interface ImportServiceOptions {
  /** Folder of the built worker entries (out/main); imports run inline in this thread when absent (tests). */
  readonly workerDir?: string;
  readonly nativeBinding?: string;
  /** Runs after an import commits (the codebook's rules over its verbatims); what it reports joins the result. */
  readonly afterImport?: (importId: number) => ImportResult['rules'];
}

/** Imports into the open project: preview, run (as a job, in a worker thread), inspect, remove. */
export class ImportService {
  constructor(
    private readonly projects: ProjectService,
    private readonly jobs: JobService,
    private readonly events: EventBus,
    private readonly options: ImportServiceOptions,
  ) {}

  async inspect(options: ImportOptions): Promise<ImportPreview> {
    const templates = new TemplateRepository(this.projects.require().db);
    return (await inspectImport(options, (signature) => templates.findByHeader(signature))).preview;
  }

  start(options: ImportOptions): JobInfo {
    const { path: projectPath } = this.projects.require();
    const title = `Import ${options.path.split(/[\\/]/).pop() ?? options.path}`;
    return this.jobs.start('import', title, async (ctx) => {
      let result: ImportResult;
      if (this.options.workerDir) {
        const data: ImportWorkerData = { task: 'import', projectPath, options, ...this.binding() };
        result = await runInWorker<ImportResult>(join(this.options.workerDir, 'import.worker.js'), data, ctx, IMPORT_WORKER_LIMITS);
      } else {
        // In-thread (tests): a second connection, exactly as the worker would use.
        const db = openProjectDatabase(projectPath, this.binding());
        const started = Date.now();
        try {
          result = await runImport(db, options, {
            signal: ctx.signal,
            onProgress: (p) => {
              const m = importProgressMessage(p, started);
              ctx.progress(m.done, m.total, m.message);
            },
          });
        } finally {
          db.close();
        }
      }
      const rules = this.options.afterImport?.(result.importId);
      this.announce(projectPath);
      return rules && rules.length > 0 ? { ...result, rules } : result;
    }, 'bytes');
  }

  remove(id: number): JobInfo {
    const { path: projectPath } = this.projects.require();
    this.details(id);
    return this.jobs.start('import.remove', `Remove import ${id}`, async (ctx) => {
      ctx.progress(0, 1, 'Removing the import and everything derived from it…');
      let removed: boolean;
      if (this.options.workerDir) {
        // A big import takes seconds to remove: its own connection in a worker keeps the app responsive.
        const data: ImportWorkerData = { task: 'remove', projectPath, importId: id, ...this.binding() };
        removed = (await runInWorker<{ removed: boolean }>(join(this.options.workerDir, 'import.worker.js'), data, ctx)).removed;
      } else {
        removed = this.projects.require().imports.remove(id);
      }
      if (!removed) throw new AppError('NOT_FOUND', `The project has no import ${id}.`);
      ctx.progress(1, 1, 'Removed');
      this.announce(projectPath);
      return { removed: id };
    });
  }

  details(id: number): ImportDetails {
    const details = this.projects.require().imports.details(id);
    if (!details) throw new AppError('NOT_FOUND', `The project has no import ${id}.`);
    return details;
  }

  excluded(id: number, offset = 0, limit = 200, reason?: string): { rows: ExcludedRow[]; total: number } {
    this.details(id);
    return this.projects.require().imports.excludedRows(id, offset, limit, reason);
  }

  private binding(): { nativeBinding?: string } {
    return this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {};
  }

  private announce(projectPath: string): void {
    const current = this.projects.current();
    if (current?.path === projectPath) this.events.emit('onProjectChanged', { project: current });
  }
}
