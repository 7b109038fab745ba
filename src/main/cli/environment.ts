import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { version } from '../../../package.json';
import { createServices, type Services } from '../core/services/createServices';
import { wordVectorsWanted } from '../core/services/paths';

export const LOUPE_VERSION = version;

/** The repository (or unpacked app) root: out/main/cli.js lives two levels below it. */
export function appRoot(): string {
  const candidates = [resolve(__dirname, '..', '..'), process.cwd()];
  return candidates.find((dir) => existsSync(join(dir, 'resources', 'sample'))) ?? candidates[0]!;
}

/** Per-user state, shared with the desktop app (Electron's userData folder for "Loupe"). */
export function defaultDataDir(): string {
  if (process.env.LOUPE_DATA_DIR) return resolve(process.env.LOUPE_DATA_DIR);
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Loupe');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Loupe');
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Loupe');
}

export interface CommonOptions {
  readonly dataDir?: string;
  readonly projectsDir?: string;
}

export function cliServices(options: CommonOptions, host: 'web' | 'in-process' = 'in-process'): Services {
  return createServices({
    dataDir: options.dataDir ? resolve(options.dataDir) : defaultDataDir(),
    resourcesDir: join(appRoot(), 'resources'),
    host,
    version: LOUPE_VERSION,
    workerDir: __dirname,
    wordVectors: wordVectorsWanted(),
    ...(options.projectsDir ? { defaultProjectDir: resolve(options.projectsDir) } : {}),
  });
}
