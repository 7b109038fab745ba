import { existsSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { REPO_ROOT } from './paths';

/** Loupe's core as built (out/main/core.js): the exact code the app runs (`npm run bench` builds first). */
export type LoupeCore = typeof import('../../src/main/core/index');

export function loadCore(): LoupeCore {
  const built = join(REPO_ROOT, 'out', 'main', 'core.js');
  if (!existsSync(built)) throw new Error('out/main/core.js is missing: run "npm run build" (npm run bench does it first)');
  return createRequire(import.meta.url)(built) as LoupeCore;
}

/**
 * Imports the corpus survey into a fresh project at `path` exactly as the app does it: in the
 * built import worker (with the app's resource limits), which writes while its parse worker
 * reads on the other core.
 */
export async function importCorpus(core: LoupeCore, path: string, survey: string) {
  const db = await core.createProjectDatabase(path);
  db.close();
  type Result = Awaited<ReturnType<LoupeCore['runImport']>>;
  const ctx = { signal: new AbortController().signal, progress: () => {} };
  const data = { task: 'import', projectPath: path, options: { path: survey } };
  return core.runInWorker<Result>(join(REPO_ROOT, 'out', 'main', 'import.worker.js'), data, ctx, core.IMPORT_WORKER_LIMITS);
}

/**
 * A project holding the corpus, imported once per bench run and size (in the run's work folder)
 * and shared by the figures that only need the data there (the NLP ones).
 */
export async function corpusProject(core: LoupeCore, workDir: string, size: string, survey: string): Promise<string> {
  const path = join(workDir, `corpus-${size}.loupe`);
  if (existsSync(path)) return path;
  const building = join(workDir, `corpus-${size}.building.loupe`);
  await importCorpus(core, building, survey);
  renameSync(building, path);
  return path;
}

/** Loupe's services with the corpus project open, as the workbench has them (for the coding figures). */
export async function corpusServices(ctx: { workDir: string; size: string; corpus?: { survey: string } | undefined }) {
  const core = loadCore();
  const path = await corpusProject(core, ctx.workDir, ctx.size, ctx.corpus!.survey);
  const services = core.createServices({ dataDir: join(ctx.workDir, 'data'), resourcesDir: ctx.workDir, host: 'in-process', version: 'bench' });
  await services.invoke('projects.open', { path });
  return services;
}
