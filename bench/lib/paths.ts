import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** bench/ and the repository root. */
export const BENCH_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = resolve(BENCH_ROOT, '..');
export const FIGURES_DIR = resolve(BENCH_ROOT, 'figures');
export const RESULTS_DIR = resolve(BENCH_ROOT, 'results');
