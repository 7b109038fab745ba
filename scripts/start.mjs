#!/usr/bin/env node
// `npm start`: build, then launch the desktop app; where Electron cannot run
// (its binary is missing and cannot be downloaded), serve the same workbench
// in the browser instead. `npm run web` (--web) goes straight to the browser.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const webOnly = args.includes('--web');
const passThrough = args.filter((a) => a !== '--web');

function run(command, commandArgs, options = {}) {
  return spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', ...options });
}

function build() {
  const viteBin = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = run(process.execPath, [viteBin, 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) {
    console.error('loupe: the build failed (see the messages above).');
    process.exit(result.status ?? 1);
  }
}

/** The Electron executable, downloading it when missing; undefined when that is impossible here. */
function electronBinary() {
  const pkgDir = join(root, 'node_modules', 'electron');
  if (!existsSync(join(pkgDir, 'package.json'))) return undefined;
  const pathFile = join(pkgDir, 'path.txt');
  const binaryOf = () => (existsSync(pathFile) ? join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim()) : undefined);
  let binary = binaryOf();
  if (binary && existsSync(binary)) return binary;
  console.log('Fetching the Electron desktop runtime (first start only)…');
  const fetched = run(process.execPath, [join(pkgDir, 'install.js')], { stdio: 'ignore', timeout: 120_000 });
  binary = binaryOf();
  return fetched.status === 0 && binary && existsSync(binary) ? binary : undefined;
}

/**
 * better-sqlite3 for Electron's ABI, built once into .electron-native/ beside
 * (never over) the Node build that the CLI and tests use. Needs Electron's
 * headers from the internet the first time.
 */
function electronSqlite() {
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
  const gyp = run(
    'npx',
    ['--yes', 'node-gyp', 'rebuild', '--release', `--target=${electronVersion}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'],
    { cwd: work, env, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const built = join(work, 'build', 'Release', 'better_sqlite3.node');
  if (gyp.status !== 0 || !existsSync(built)) return undefined;
  copyFileSync(built, target);
  return target;
}

function startWeb(reason) {
  if (reason) console.log(reason);
  const child = spawn(process.execPath, [join(root, 'bin', 'loupe.js'), 'serve', ...passThrough], { cwd: root, stdio: 'inherit' });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code) => process.exit(code ?? 0));
}

build();
if (webOnly) {
  startWeb();
} else {
  const binary = electronBinary();
  const sqlite = binary ? electronSqlite() : undefined;
  if (!binary) {
    startWeb(
      'The Electron desktop runtime is not installed and cannot be downloaded on this machine, so Loupe is starting the same workbench in your browser instead.',
    );
  } else if (!sqlite) {
    startWeb('The SQLite driver for the desktop app could not be built here (it needs Electron\'s headers from the internet once), so Loupe is starting the same workbench in your browser instead.');
  } else {
    const child = spawn(binary, [root, ...passThrough], { cwd: root, stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
  }
}
