import { chmodSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../src/shared/errors';
import { createProjectDatabase, openProjectDatabase, backupPathFor } from '../../../../src/main/core/db/connection';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, applyMigrations } from '../../../../src/main/core/db/migrations';
import { LOUPE_APPLICATION_ID } from '../../../../src/main/core/db/projectFile';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).code;
  }
  throw new Error('expected an AppError');
}

describe('project database', () => {
  it('creates a project with the Loupe application id, WAL, FULL sync, foreign keys and the latest schema', async () => {
    const path = join(tempDir(), 'a.loupe');
    const db = await createProjectDatabase(path);
    expect(db.pragma('application_id', { simple: true })).toBe(LOUPE_APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    expect(readdirNames(path)).toEqual(['a.loupe']);
  });

  it('reads through a memory map only on the workbench connection (mapped pages would count as a worker’s memory)', async () => {
    const path = join(tempDir(), 'm.loupe');
    (await createProjectDatabase(path)).close();
    const worker = openProjectDatabase(path);
    expect(worker.pragma('mmap_size', { simple: true })).toBe(0);
    worker.close();
    const workbench = openProjectDatabase(path, { memoryMap: true });
    expect(workbench.pragma('mmap_size', { simple: true })).toBe(1024 * 1024 * 1024);
    expect(workbench.prepare('SELECT count(*) FROM verbatims').pluck().get()).toBe(0);
    workbench.close();
  });

  it('refuses to create over an existing file and leaves it alone', async () => {
    const path = join(tempDir(), 'b.loupe');
    writeFileSync(path, 'keep me');
    await expect(createProjectDatabase(path)).rejects.toMatchObject({ code: 'PROJECT_EXISTS' });
    expect(readFileSync(path, 'utf8')).toBe('keep me');
  });

  it('leaves no file behind when filling a new project fails', async () => {
    const path = join(tempDir(), 'c.loupe');
    await expect(
      createProjectDatabase(path, {
        prepare: () => {
          throw new Error('boom');
        },
      }),
    ).rejects.toThrow('boom');
    expect(readdirNames(path)).toEqual([]);
  });

  it('refuses a project from a newer Loupe and leaves it byte-for-byte unchanged', async () => {
    const path = join(tempDir(), 'newer.loupe');
    (await createProjectDatabase(path)).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = readFileSync(path);
    expect(codeOf(() => openProjectDatabase(path))).toBe('PROJECT_NEWER_SCHEMA');
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('says a random binary file is not a Loupe project and does not touch it', () => {
    const path = join(tempDir(), 'random.loupe');
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    writeFileSync(path, bytes);
    let error: AppError | undefined;
    try {
      openProjectDatabase(path);
    } catch (e) {
      error = e as AppError;
    }
    expect(error?.code).toBe('PROJECT_NOT_LOUPE');
    expect(error?.message).toContain('random.loupe');
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('says an SQLite database from another program is not a Loupe project', () => {
    const path = join(tempDir(), 'other.db');
    const raw = new Database(path);
    raw.exec('CREATE TABLE t (x)');
    raw.close();
    expect(codeOf(() => openProjectDatabase(path))).toBe('PROJECT_NOT_LOUPE');
  });

  it('gives specific errors for a missing file, a folder and an empty file', () => {
    const dir = tempDir();
    expect(codeOf(() => openProjectDatabase(join(dir, 'missing.loupe')))).toBe('PROJECT_NOT_FOUND');
    expect(codeOf(() => openProjectDatabase(dir))).toBe('PROJECT_NOT_LOUPE');
    writeFileSync(join(dir, 'empty.loupe'), '');
    expect(codeOf(() => openProjectDatabase(join(dir, 'empty.loupe')))).toBe('PROJECT_NOT_LOUPE');
  });

  it('refuses a read-only project file with a specific message and leaves it unchanged', async () => {
    const path = join(tempDir(), 'ro.loupe');
    (await createProjectDatabase(path)).close();
    const before = readFileSync(path);
    chmodSync(path, 0o444);
    let error: AppError | undefined;
    try {
      openProjectDatabase(path);
    } catch (e) {
      error = e as AppError;
    }
    expect(error?.code).toBe('PROJECT_READ_ONLY');
    expect(error?.message).toMatch(/read-only/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('refuses a project in a read-only folder', async () => {
    const dir = tempDir();
    const path = join(dir, 'in-ro-dir.loupe');
    (await createProjectDatabase(path)).close();
    chmodSync(dir, 0o555);
    try {
      expect(codeOf(() => openProjectDatabase(path))).toBe('PROJECT_READ_ONLY');
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  it('reports a damaged project as corrupt', async () => {
    const path = join(tempDir(), 'broken.loupe');
    const db = await createProjectDatabase(path);
    db.exec(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
       INSERT INTO project_meta (key, value) SELECT 'k' || i, hex(randomblob(200)) FROM n`,
    );
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = readFileSync(path);
    // Scribble over the second half of the file, keeping the header intact.
    for (let i = Math.floor(bytes.length / 2); i < bytes.length; i += 1) bytes[i] = 0x5a;
    writeFileSync(path, bytes);
    expect(['PROJECT_CORRUPT', 'PROJECT_NOT_LOUPE']).toContain(codeOf(() => openProjectDatabase(path)));
  });

  it('backs up the file before running pending migrations, then opens it at the new version', async () => {
    const path = join(tempDir(), 'old.loupe');
    const db1 = await createProjectDatabase(path);
    db1.prepare("INSERT INTO project_meta (key, value) VALUES ('name', 'Old project')").run();
    db1.close();
    const before = readFileSync(path);
    const extra = { version: LATEST_SCHEMA_VERSION + 1, name: 'test-add-table', sql: 'CREATE TABLE added_later (x INTEGER) STRICT;' };
    const db = openProjectDatabase(path, { migrations: [...MIGRATIONS, extra] });
    expect(db.pragma('user_version', { simple: true })).toBe(extra.version);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'added_later'").pluck().get()).toBe('added_later');
    expect(db.prepare("SELECT value FROM project_meta WHERE key = 'name'").pluck().get()).toBe('Old project');
    db.close();
    const backup = backupPathFor(path, LATEST_SCHEMA_VERSION);
    expect(readFileSync(backup).equals(before)).toBe(true);
    const old = new Database(backup, { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    old.close();
  });

  it('rolls back every migration when one of them fails', () => {
    const path = join(tempDir(), 'fail.loupe');
    const db = new Database(path);
    const broken = [...MIGRATIONS, { version: LATEST_SCHEMA_VERSION + 1, name: 'broken', sql: 'CREATE TABLE ok_one (x); SELEC nonsense;' }];
    expect(() => applyMigrations(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name IN ('ok_one', 'responses')").pluck().get()).toBe(0);
    db.close();
  });
});

function readdirNames(path: string): string[] {
  return readdirSync(join(path, '..'));
}
