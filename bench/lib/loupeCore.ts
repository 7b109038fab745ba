import { existsSync } from 'node:fs';
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
 * Imports the corpus survey into a fresh project at `path`, as the app does it: this thread
 * writes (the app's import worker) while the built parse worker reads on the other core.
 */
export async function importCorpus(core: LoupeCore, path: string, survey: string) {
  const db = await core.createProjectDatabase(path);
  try {
    return await core.runImport(db, { path: survey }, { parseWorkerFile: join(REPO_ROOT, 'out', 'main', 'parse.worker.js') });
  } finally {
    db.close();
  }
}
