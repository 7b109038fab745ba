import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

/** The repository's root and its built `loupe` command (bin/loupe.js runs out/main/cli.js). */
export const REPO = resolve(__dirname, '..', '..');
export const LOUPE_BIN = join(REPO, 'bin', 'loupe.js');
/** The sample survey export the process tests import. */
export const SAMPLE_SURVEY = join(REPO, 'test', 'fixtures', 'sample-survey', 'survey.csv');

/** Runs `loupe` with these arguments to its end (extra environment variables added to this process's). */
export function runLoupe(args: readonly string[], env: Readonly<Record<string, string>> = {}) {
  return spawnSync(process.execPath, [LOUPE_BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
}
