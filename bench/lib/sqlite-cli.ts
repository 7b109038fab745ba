import { spawn, spawnSync } from 'node:child_process';

/** The sqlite3 command-line shell: the baseline the import figures are held to. */
export const SQLITE_CLI = process.env.LOUPE_BENCH_SQLITE3 ?? '/usr/bin/sqlite3';

export interface CliRun {
  readonly seconds: number;
  /** The shell's own peak resident set (VmHWM), when /proc tells it. */
  readonly peakRssBytes: number | undefined;
  readonly stdout: string;
}

export function sqliteCliVersion(): string | undefined {
  const r = spawnSync(SQLITE_CLI, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim().split(' ').slice(0, 2).join(' ') : undefined;
}

/** Quotes a path for a dot-command argument. */
export function cliQuote(path: string): string {
  return `'${path.replace(/'/g, "''")}'`;
}

/**
 * Runs a script through `sqlite3 DB`, timing the whole process. The script's
 * last command asks the shell's own child (sh) to print its parent's VmHWM,
 * so the shell's peak memory is known without any external tool.
 */
export function runSqliteScript(db: string, script: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(SQLITE_CLI, ['-batch', '-bail', db], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) {
        reject(new Error(`${SQLITE_CLI} exited with ${code}: ${stderr.trim()}`));
        return;
      }
      const hwm = /VmHWM:\s+(\d+)\s*kB/.exec(stdout);
      resolve({ seconds, peakRssBytes: hwm ? Number(hwm[1]) * 1024 : undefined, stdout });
    });
    child.stdin.end(`${script.trimEnd()}\n.system grep VmHWM /proc/$PPID/status\n`);
  });
}
