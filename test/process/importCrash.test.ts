import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LOUPE_BIN, REPO, runLoupe } from '../support/loupeCli';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();
const ROWS = 300_000;

async function bigExport(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write('Response ID,Submitted At,How likely are you to recommend us?,What is the main reason for your score?,Region\n');
  for (let i = 0; i < rows; i += 1) {
    const line = `B${i},2026-09-${String((i % 28) + 1).padStart(2, '0')}T10:00:00Z,${i % 11},"Reason number ${i}: the app was slow, support was ${i % 3 ? 'kind' : 'rude'}",${['EMEA', 'APAC', 'LATAM'][i % 3]}\n`;
    if (!out.write(line)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
}

const cli = (args: string[]) => runLoupe(args);

interface Progress {
  readonly done: number;
  readonly total: number;
  readonly message: string;
}

/** Runs an import with --progress and kills it (SIGKILL) at the first progress update `when` accepts. */
function killImportWhen(file: string, project: string, dataDir: string, when: (p: Progress) => boolean): Promise<Progress> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [LOUPE_BIN, 'import', file, '--project', project, '--data-dir', dataDir, '--json', '--progress'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let killedAt: Progress | undefined;
    let buffer = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => {
      buffer += text;
      let newline = buffer.indexOf('\n');
      while (newline >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        newline = buffer.indexOf('\n');
        if (!killedAt && line.startsWith('progress ')) {
          const progress = JSON.parse(line.slice('progress '.length)) as Progress;
          if (when(progress)) {
            killedAt = progress;
            child.kill('SIGKILL');
          }
        }
      }
    });
    child.on('exit', (_code, signal) => {
      if (!killedAt || signal !== 'SIGKILL') reject(new Error('the import ended before the kill point'));
      else resolvePromise(killedAt);
    });
  });
}

function inspect(project: string) {
  const db = new Database(project, { readonly: true });
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      imports: db.prepare('SELECT count(*) FROM imports').pluck().get(),
      responses: db.prepare('SELECT count(*) FROM responses').pluck().get(),
      bigRows: db.prepare("SELECT count(*) FROM responses WHERE respondent_id LIKE 'B%'").pluck().get(),
    };
  } finally {
    db.close();
  }
}

describe('an import killed with SIGKILL', () => {
  it('mid-way through its rows leaves none of them, and everything imported before intact', async () => {
    const dir = tempDir();
    const project = join(dir, 'crash.loupe');
    const dataDir = join(dir, 'data');
    const first = cli(['import', join(REPO, 'resources', 'sample', 'survey.csv'), '--project', project, '--data-dir', dataDir, '--json']);
    expect(first.status, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ imported: 3000 });
    const big = join(dir, 'big.csv');
    await bigExport(big, ROWS);

    for (const fraction of [0.1, 0.6]) {
      const killedAt = await killImportWhen(big, project, dataDir, (p) => p.total > 0 && p.done / p.total >= fraction && !/indexing/.test(p.message));
      expect(killedAt.message).toMatch(/rows/);
      expect(inspect(project)).toEqual({ integrity: 'ok', imports: 1, responses: 3000, bigRows: 0 });
    }

    // The project still works: the same import, run to the end, commits all its rows.
    const again = cli(['import', big, '--project', project, '--data-dir', dataDir, '--json']);
    expect(again.status, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ rowsRead: ROWS, imported: ROWS });
  });

  it('after its rows are committed but while indexing them, keeps the rows, and the next open completes the index', async () => {
    const dir = tempDir();
    const project = join(dir, 'crash.loupe');
    const dataDir = join(dir, 'data');
    const big = join(dir, 'big.csv');
    await bigExport(big, ROWS);
    await killImportWhen(big, project, dataDir, (p) => /indexing/.test(p.message));
    expect(inspect(project)).toEqual({ integrity: 'ok', imports: 1, responses: ROWS, bigRows: ROWS });
    const info = cli(['project', 'info', '--project', project, '--data-dir', dataDir, '--json']);
    expect(info.status, info.stderr).toBe(0);
    const db = new Database(project, { readonly: true });
    expect(db.prepare("SELECT count(*) FROM verbatims_fts WHERE verbatims_fts MATCH 'reason AND number'").pluck().get()).toBe(ROWS);
    db.close();
  });
});
