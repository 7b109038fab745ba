import { accessSync, constants, copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { MIGRATIONS, applyMigrations, type Migration } from './migrations';
import { readProjectHeader } from './projectFile';

export type ProjectDb = Database.Database;

export interface ConnectionOptions {
  /** A separate better-sqlite3 build to load (the Electron-ABI one in the desktop app). */
  readonly nativeBinding?: string;
  /** The schema history to bring the file up to (tests pass a longer one). */
  readonly migrations?: readonly Migration[];
  /**
   * Read through a memory map of the file (the workbench's own connection, which pages the grid):
   * not for the workers' bulk passes, whose mapped pages would count as their memory.
   */
  readonly memoryMap?: boolean;
}

function connect(path: string, options: ConnectionOptions, mustExist: boolean): ProjectDb {
  const db = new Database(path, {
    fileMustExist: mustExist,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // 64 MiB of page cache (SQLite's default is 2 MB): grid pages and counts over a million responses stay in memory.
  db.pragma('cache_size = -65536');
  // Reads through a memory map (up to 1 GiB of the file; writes still go through SQLite's journal):
  // the first pages after opening a project come from the OS cache without a copy per page, which
  // takes a tenth off a cold grid page at 1M responses.
  if (options.memoryMap) db.pragma('mmap_size = 1073741824');
  registerRegexp(db);
  return db;
}

/**
 * SQLite's REGEXP operator (`text REGEXP pattern`) for rules written as regular expressions:
 * JavaScript syntax, case-insensitive, Unicode-aware; each pattern is compiled once per connection.
 */
function registerRegexp(db: ProjectDb): void {
  const compiled = new Map<string, RegExp>();
  db.function('regexp', { deterministic: true }, (pattern: unknown, text: unknown) => {
    if (typeof pattern !== 'string' || typeof text !== 'string') return 0;
    let re = compiled.get(pattern);
    if (!re) {
      re = new RegExp(pattern, 'iu');
      if (compiled.size > 100) compiled.clear();
      compiled.set(pattern, re);
    }
    return re.test(text) ? 1 : 0;
  });
}

function hasNoWriteBits(path: string): boolean {
  return (statSync(path).mode & 0o222) === 0;
}

/** A project needs its file and its folder writable (WAL keeps -wal and -shm files beside it). */
function assertWritable(path: string): void {
  const folder = dirname(path);
  const check = (target: string, what: string) => {
    let writable: boolean;
    try {
      accessSync(target, constants.W_OK);
      writable = !hasNoWriteBits(target);
    } catch {
      writable = false;
    }
    if (!writable) {
      throw new AppError('PROJECT_READ_ONLY', `Loupe cannot open "${path}" because ${what} is read-only.`, {
        detail: 'Loupe saves every change as you work, so it needs write access. Copy the project to a writable folder, or change its permissions, and open it again.',
      });
    }
  };
  check(path, 'the file');
  check(folder, `its folder "${folder}"`);
}

/** Opens an existing project: header check, write check, pragmas, quick_check, then migrations after a backup. */
export function openProjectDatabase(path: string, options: ConnectionOptions = {}): ProjectDb {
  const header = readProjectHeader(path);
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.at(-1)?.version ?? 0;
  if (header.userVersion > latest) {
    throw new AppError('PROJECT_NEWER_SCHEMA', `"${basename(path)}" was saved by a newer version of Loupe.`, {
      detail: `Its format is version ${header.userVersion}; this Loupe reads up to version ${latest}. Update Loupe to open it. The file was not changed.`,
    });
  }
  assertWritable(path);
  let db: ProjectDb;
  try {
    db = connect(path, options, true);
  } catch (error) {
    throw asOpenError(path, error);
  }
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      throw new AppError('PROJECT_CORRUPT', `"${basename(path)}" is damaged and cannot be opened safely.`, {
        detail: `SQLite's integrity check reported: ${String(check)}. Restore the project from a backup.`,
      });
    }
    if (header.userVersion < latest) {
      db.pragma('wal_checkpoint(TRUNCATE)');
      copyFileSync(path, backupPathFor(path, header.userVersion));
      applyMigrations(db, migrations);
    }
    return db;
  } catch (error) {
    db.close();
    throw asOpenError(path, error);
  }
}

export function backupPathFor(path: string, version: number): string {
  return `${path}.v${version}.bak`;
}

/**
 * Creates a new project at `path`: the schema is written to a temporary file
 * first, then `prepare` may fill it, then it is renamed into place, so a
 * crash never leaves a half-made project behind. Returns the open database.
 */
export async function createProjectDatabase(
  path: string,
  options: ConnectionOptions & { prepare?: (db: ProjectDb) => void | Promise<void> } = {},
): Promise<ProjectDb> {
  if (existsSync(path)) {
    throw new AppError('PROJECT_EXISTS', `"${path}" already exists.`, {
      detail: 'Choose another name, or open the existing project.',
    });
  }
  const folder = dirname(path);
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
  } catch {
    throw new AppError('PROJECT_READ_ONLY', `Loupe cannot create a project in "${folder}".`, {
      detail: 'The folder is read-only or cannot be created. Choose another folder.',
    });
  }
  const temp = `${path}.creating-${process.pid}-${Date.now()}`;
  try {
    const db = connect(temp, options, false);
    try {
      applyMigrations(db, options.migrations);
      await options.prepare?.(db);
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
    renameSync(temp, path);
  } catch (error) {
    removeDatabaseFiles(temp);
    throw error;
  }
  return openProjectDatabase(path, options);
}

export function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

function asOpenError(path: string, error: unknown): unknown {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB') {
    return new AppError('PROJECT_NOT_LOUPE', `"${path}" is not a Loupe project.`, { detail: 'SQLite could not read it as a database.' });
  }
  if (code === 'SQLITE_CORRUPT') {
    return new AppError('PROJECT_CORRUPT', `"${basename(path)}" is damaged and cannot be opened safely.`, {
      detail: 'Restore the project from a backup.',
    });
  }
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN') {
    return new AppError('PROJECT_READ_ONLY', `Loupe cannot write to "${path}".`, {
      detail: 'Copy the project to a writable folder and open it again.',
    });
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new AppError('PROJECT_LOCKED', `"${basename(path)}" is busy in another program.`, {
      detail: 'Close it there and try again.',
    });
  }
  return error;
}
