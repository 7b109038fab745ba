import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** Absolute path with a leading ~ expanded, so the same file is always the same string. */
export function expandPath(path: string): string {
  const trimmed = path.trim();
  if (trimmed === '~') return homedir();
  if (trimmed.startsWith('~/') || trimmed.startsWith('~\\')) return join(homedir(), trimmed.slice(2));
  return resolve(trimmed);
}

/** `<folder>/<base><ext>`, or `<base> 2<ext>`, `<base> 3<ext>`… whichever does not exist yet. */
export function freshPath(folder: string, base: string, ext: string): string {
  for (let n = 1; ; n += 1) {
    const candidate = join(folder, `${n === 1 ? base : `${base} ${n}`}${ext}`);
    if (!existsSync(candidate)) return candidate;
  }
}

/** Whether the app and the CLI use word vectors: yes, unless LOUPE_WORD_VECTORS=off (the test suites set it). */
export function wordVectorsWanted(): boolean {
  return process.env.LOUPE_WORD_VECTORS !== 'off';
}
