import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

/** The repository root (this file is test/e2e/support/webHost.ts). */
export const REPO_ROOT = resolve(__dirname, '../../..');

export interface WebHost {
  /** The tokenised URL the host printed: opening it starts a browser session. */
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  /** A fresh per-user state folder, deleted by stop(). */
  readonly dataDir: string;
  /** Where new projects (and the sample) go. */
  readonly projectsDir: string;
  /** What the host wrote on stderr so far (for failure messages). */
  stderr(): string;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 30_000;

/**
 * Starts `loupe serve` on a free port with a fresh data folder, and waits for the one JSON line
 * it prints once listening. Builds nothing: `npx electron-vite build` must have run.
 */
export async function startWebHost(): Promise<WebHost> {
  if (!existsSync(join(REPO_ROOT, 'out/renderer/index.html'))) {
    throw new Error('out/renderer is missing: run `npx electron-vite build` before the e2e tests');
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'loupe-e2e-'));
  const projectsDir = join(dataDir, 'projects');
  await mkdir(projectsDir);
  const child = spawn(
    process.execPath,
    ['bin/loupe.js', 'serve', '--data-dir', dataDir, '--projects-dir', projectsDir, '--port', '0', '--no-open', '--json'],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, BROWSER: 'none' } },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

  const firstLine = await new Promise<string>((done, fail) => {
    const lines = createInterface({ input: child.stdout });
    const timer = setTimeout(() => fail(new Error(`loupe serve printed nothing within ${START_TIMEOUT_MS} ms\n${stderr}`)), START_TIMEOUT_MS);
    lines.once('line', (line) => {
      clearTimeout(timer);
      done(line);
    });
    void exited.then((code) => {
      clearTimeout(timer);
      fail(new Error(`loupe serve exited with code ${code} before listening\n${stderr}`));
    });
  });
  const printed = JSON.parse(firstLine) as { url?: unknown; port?: unknown };
  if (typeof printed.url !== 'string' || typeof printed.port !== 'number') {
    throw new Error(`loupe serve --json printed an unexpected line: ${firstLine}`);
  }
  const url = printed.url;

  return {
    url,
    origin: new URL(url).origin,
    port: printed.port,
    dataDir,
    projectsDir,
    stderr: () => stderr,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
