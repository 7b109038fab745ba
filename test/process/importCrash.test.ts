import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../support/tempDir';

const root = resolve(__dirname, '..', '..');
const loupe = join(root, 'bin', 'loupe.js');
const tempDir = useTempDirs();

async function bigExport(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write('Response ID,Submitted At,How likely are you to recommend us?,What is the main reason for your score?,Region\n');
  for (let i = 0; i < rows; i += 1) {
    const line = `B${i},2026-09-${String((i % 28) + 1).padStart(2, '0')}T10:00:00Z,${i % 11},"Reason number ${i}: the app was slow, support was ${i % 3 ? 'kind' : 'rude'}",${['EMEA', 'APAC', 'LATAM'][i % 3]}\n`;
    if (!out.write(line)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
}

function cli(args: string[]) {
  return spawnSync(process.execPath, [loupe, ...args], { encoding: 'utf8' });
}

/** Starts an import and kills it (SIGKILL) once its uncommitted writes pass `walBytes`. */
function killMidImport(file: string, project: string, dataDir: string, walBytes: number): Promise<{ killedAt: number; exit: NodeJS.Signals | null }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [loupe, 'import', file, '--project', project, '--data-dir', dataDir, '--json'], { stdio: 'ignore' });
    const wal = `${project}-wal`;
    let killedAt = 0;
    const timer = setInterval(() => {
      const size = existsSync(wal) ? statSync(wal).size : 0;
      if (size >= walBytes) {
        killedAt = size;
        child.kill('SIGKILL');
        clearInterval(timer);
      }
    }, 5);
    child.on('exit', (_code, signal) => {
      clearInterval(timer);
      if (killedAt === 0) reject(new Error('the import finished before it could be killed; use a bigger file'));
      else resolvePromise({ killedAt, exit: signal });
    });
  });
}

describe('an import killed with SIGKILL', () => {
  it('leaves none of its rows, and everything imported before intact and consistent', async () => {
    const dir = tempDir();
    const project = join(dir, 'crash.loupe');
    const dataDir = join(dir, 'data');
    const first = cli(['import', join(root, 'resources', 'sample', 'survey.csv'), '--project', project, '--data-dir', dataDir, '--json']);
    expect(first.status, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ imported: 3000 });
    const big = join(dir, 'big.csv');
    await bigExport(big, 300_000);

    for (const walBytes of [2 * 1024 * 1024, 24 * 1024 * 1024]) {
      const { killedAt, exit } = await killMidImport(big, project, dataDir, walBytes);
      expect(exit).toBe('SIGKILL');
      expect(killedAt).toBeGreaterThanOrEqual(walBytes);
      const db = new Database(project);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT count(*) FROM imports').pluck().get()).toBe(1);
      expect(db.prepare('SELECT count(*) FROM responses').pluck().get()).toBe(3000);
      expect(db.prepare("SELECT count(*) FROM responses WHERE respondent_id LIKE 'B%'").pluck().get()).toBe(0);
      expect(db.prepare("SELECT count(*) FROM verbatims_fts WHERE verbatims_fts MATCH 'reason AND number'").pluck().get()).toBe(0);
      db.close();
    }

    // And the project still works: the same import, run to the end, commits all its rows.
    const again = cli(['import', big, '--project', project, '--data-dir', dataDir, '--json']);
    expect(again.status, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ rowsRead: 300_000, imported: 300_000 });
  });
});
