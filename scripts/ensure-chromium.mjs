#!/usr/bin/env node
// The end-to-end tests drive Debian's Chromium (never a downloaded browser).
// Installs it with apt-get when missing and we are root; otherwise says how.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.LOUPE_CHROMIUM ?? '/usr/bin/chromium';
if (existsSync(CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.error(
    `The end-to-end tests need Chromium at ${CHROMIUM}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or point LOUPE_CHROMIUM at a Chromium binary, then run the tests again.`,
  );
  process.exit(1);
}
console.log('Installing Debian\'s Chromium for the end-to-end tests (once)…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
  const result = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (result.status !== 0) {
    console.error(`apt-get ${args.join(' ')} failed; install Chromium by hand and run the tests again.`);
    process.exit(1);
  }
}
if (!existsSync(CHROMIUM)) {
  console.error(`Chromium was installed but ${CHROMIUM} is still missing.`);
  process.exit(1);
}
