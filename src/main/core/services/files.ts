import { closeSync, existsSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { DirectoryListing, FileEntry } from '../../../shared/model';
import { PROJECT_EXTENSION } from '../db/projectFile';
import { expandPath } from './paths';

const DATA_EXTENSIONS = new Set(['.csv', '.tsv', '.txt', '.xlsx']);
const CODEBOOK_EXTENSIONS = new Set(['.qdc', '.csv']);
const MAX_ENTRIES = 2000;

/** Lists a folder for the in-app file picker: sub-folders and the files that fit `show`. */
export function listDirectory(path: string | undefined, show: 'projects' | 'data' | 'codebooks', fallback: string): DirectoryListing {
  const folder = expandPath(path ?? (existsSync(fallback) ? fallback : homedir()));
  let names: string[];
  try {
    if (!statSync(folder).isDirectory()) throw new AppError('BAD_INPUT', `"${folder}" is not a folder.`);
    names = readdirSync(folder);
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new AppError(code === 'ENOENT' ? 'NOT_FOUND' : 'BAD_INPUT', `Cannot list "${folder}".`, {
      detail: code === 'ENOENT' ? 'The folder does not exist.' : code === 'EACCES' ? 'Permission denied.' : String(error),
    });
  }
  const wanted = (name: string) => {
    const ext = extname(name).toLowerCase();
    return show === 'projects' ? ext === PROJECT_EXTENSION : (show === 'data' ? DATA_EXTENSIONS : CODEBOOK_EXTENSIONS).has(ext);
  };
  const entries: FileEntry[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const full = join(folder, name);
    try {
      const stat = statSync(full);
      if (stat.isDirectory()) entries.push({ name, path: full, kind: 'directory', modifiedAt: stat.mtime.toISOString() });
      else if (stat.isFile() && wanted(name)) {
        entries.push({
          name,
          path: full,
          kind: show === 'projects' ? 'project' : 'file',
          size: stat.size,
          modifiedAt: stat.mtime.toISOString(),
        });
      }
    } catch {
      // Broken links and unreadable entries are left out of the listing.
    }
  }
  entries.sort((a, b) => (a.kind === 'directory') === (b.kind === 'directory') ? a.name.localeCompare(b.name) : a.kind === 'directory' ? -1 : 1);
  const parent = dirname(folder);
  return { path: folder, ...(parent !== folder ? { parent } : {}), entries: entries.slice(0, MAX_ENTRIES) };
}

/**
 * Writes a file whole or not at all: into a temporary file beside it, flushed, then renamed over
 * the target (a crash mid-write leaves the old file, never half a new one).
 */
export function writeFileAtomically(path: string, content: string): void {
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    const fd = openSync(temporary, 'w');
    try {
      writeFileSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new AppError('BAD_INPUT', `Cannot write "${path}".`, { detail: error instanceof Error ? error.message : String(error) });
  }
}
