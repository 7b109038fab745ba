#!/usr/bin/env node
// `npm start`: build, then launch the desktop app; where Electron cannot run
// (its binary is missing and cannot be downloaded), serve the same workbench
// in the browser instead. `npm run web` (--web) goes straight to the browser.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { electronSqlite } from './electron-native.mjs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
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
  const sqlite = binary ? electronSqlite(root) : undefined;
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
