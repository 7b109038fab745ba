#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into .electron-native/, beside the
// Node build in node_modules that the CLI, the web host and the tests use
// (which is never overwritten). `npm start` and `npm run dist` call it.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/**
 * better-sqlite3 for Electron's ABI, built once into .electron-native/ beside
 * (never over) the Node build that the CLI and tests use. Needs Electron's
 * headers from the internet the first time.
 */
export function electronSqlite(root) {
  const target = join(root, '.electron-native', 'better_sqlite3.node');
  if (existsSync(target)) return target;
  const electronVersion = require('electron/package.json').version;
  const work = join(root, '.electron-native', 'better-sqlite3');
  mkdirSync(dirname(work), { recursive: true });
  cpSync(join(root, 'node_modules', 'better-sqlite3'), work, { recursive: true, filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`) });
  console.log(`Building the SQLite driver for Electron ${electronVersion} (first start only)…`);
  const env = { ...process.env };
  delete env.npm_config_nodedir;
  delete env.NPM_CONFIG_NODEDIR;
  const gyp = spawnSync(
    'npx',
    ['--yes', 'node-gyp', 'rebuild', '--release', `--target=${electronVersion}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'],
    { cwd: work, env, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const built = join(work, 'build', 'Release', 'better_sqlite3.node');
  if (gyp.status !== 0 || !existsSync(built)) return undefined;
  copyFileSync(built, target);
  return target;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const built = electronSqlite(join(dirname(fileURLToPath(import.meta.url)), '..'));
  if (!built) {
    console.error('Could not build better-sqlite3 for Electron (it needs Electron\'s headers from the internet).');
    process.exit(1);
  }
  console.log(built);
}
