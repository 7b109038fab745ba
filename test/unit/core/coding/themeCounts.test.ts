import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CodebookRepository } from '../../../../src/main/core/db/codebookRepository';
import { CodingRepository } from '../../../../src/main/core/db/codingRepository';
import { createProjectDatabase, openProjectDatabase, type ProjectDb } from '../../../../src/main/core/db/connection';
import { runImport } from '../../../../src/main/core/ingest/runImport';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();

const WORDS = ['refund', 'charged', 'slow', 'support', 'great', 'app', 'crash', 'late'];

async function project(): Promise<{ db: ProjectDb; path: string }> {
  let x = 3;
  const next = (n: number) => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 8) % n;
  };
  const lines = ['Response ID,How likely are you to recommend Acme to a friend or colleague?,What is the main reason for your score?'];
  for (let i = 1; i <= 300; i += 1) lines.push(`R_${i},${next(11)},"${Array.from({ length: 2 + next(3) }, () => WORDS[next(WORDS.length)]).join(' ')}"`);
  const csv = join(tempDir(), 'survey.csv');
  writeFileSync(csv, `${lines.join('\n')}\n`);
  const path = join(tempDir(), 'p.loupe');
  const db = await createProjectDatabase(path);
  await runImport(db, { path: csv });
  return { db, path };
}

/** Each theme's count as the codebook shows it, and as SQL counts it from the codes. */
function counts(db: ProjectDb): { shown: Record<number, number>; sql: Record<number, number> } {
  const themes = new CodebookRepository(db).list();
  const sql = db.prepare('SELECT count(DISTINCT verbatim_id) FROM codes WHERE theme_id = ? AND active = 1').pluck();
  return {
    shown: Object.fromEntries(themes.map((t) => [t.id, t.count])),
    sql: Object.fromEntries(themes.map((t) => [t.id, sql.get(t.id) as number])),
  };
}

function expectTrue(db: ProjectDb, step: string) {
  const { shown, sql } = counts(db);
  expect({ step, shown }).toEqual({ step, shown: sql });
}

describe("the codebook's counts (ThemeCounts)", () => {
  it('follow every kind of coding change on this connection, rolled-back ones and other connections’ commits', async () => {
    const { db, path } = await project();
    const book = new CodebookRepository(db);
    const coding = new CodingRepository(db);
    const billing = book.create('ann', { name: 'Billing' });
    const twice = book.create('ann', { name: 'Double charge', parentId: billing.id });
    const speed = book.create('ann', { name: 'Speed' });
    const praise = book.create('ann', { name: 'Praise' });
    expectTrue(db, 'empty');
    coding.apply('ann', billing.id, { query: 'refund OR charged' });
    expectTrue(db, 'bulk apply');
    const slow = db.prepare("SELECT id FROM verbatims WHERE text LIKE '%slow%' ORDER BY id").pluck().all() as number[];
    coding.apply('bob', speed.id, { ids: slow.slice(0, 5) });
    expectTrue(db, 'apply to a few');
    // Two excerpts of one theme on one verbatim count it once; removing one keeps it counted.
    const a = coding.applyExcerpt('ann', praise.id, slow[0]!, 0, 3);
    coding.applyExcerpt('ann', praise.id, slow[0]!, 4, 6);
    expect(counts(db).shown[praise.id]).toBe(1);
    coding.removeCode('ann', a.codeId);
    expectTrue(db, 'one of two excerpts removed');
    coding.remove('bob', speed.id, { ids: slow.slice(0, 2) });
    expectTrue(db, 'remove');
    coding.undo();
    expectTrue(db, 'undo remove');
    coding.redo();
    expectTrue(db, 'redo remove');
    coding.apply('ann', twice.id, { query: 'charged' });
    book.merge('ann', twice.id, billing.id);
    expectTrue(db, 'merge');
    coding.undo();
    expectTrue(db, 'undo merge');
    book.delete('ann', speed.id);
    expectTrue(db, 'delete theme');
    coding.undo();
    expectTrue(db, 'undo delete');

    // A change rolled back after the counts were read inside it: the theme is counted again.
    expect(() =>
      db.transaction(() => {
        coding.apply('ann', praise.id, { query: 'great' });
        expect(counts(db).shown[praise.id]).toBeGreaterThan(1);
        throw new Error('abandon');
      })(),
    ).toThrow('abandon');
    expectTrue(db, 'rolled back');

    // Another connection's commit (an import worker re-running a rule) is seen.
    const other = openProjectDatabase(path);
    new CodingRepository(other).apply('carl', praise.id, { query: 'app' });
    other.close();
    expectTrue(db, "another connection's commit");
    expect(counts(db).shown[praise.id]).toBeGreaterThan(10);

    // Many themes changed at once: every count is read again.
    const many = Array.from({ length: 20 }, (_, i) => book.create('ann', { name: `T${i}` }));
    for (const theme of many) coding.apply('ann', theme.id, { ids: slow.slice(0, 1 + (theme.id % 4)) });
    expectTrue(db, 'twenty themes changed');
    db.close();
  });

  it('stay true when first read inside a transaction that is rolled back (taking their log with it)', async () => {
    const made = await project();
    const billing = new CodebookRepository(made.db).create('ann', { name: 'Billing' });
    made.db.close();
    // A fresh connection whose first read of the counts is inside the transaction.
    const db = openProjectDatabase(made.path);
    const coding = new CodingRepository(db);
    expect(() =>
      db.transaction(() => {
        coding.apply('ann', billing.id, { query: 'refund' });
        expectTrue(db, 'inside');
        throw new Error('abandon');
      })(),
    ).toThrow('abandon');
    expectTrue(db, 'after the rollback');
    coding.apply('ann', billing.id, { query: 'charged' });
    expectTrue(db, 'a change after');
    expect(counts(db).shown[billing.id]).toBeGreaterThan(0);
    db.close();
  });
});
