import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { AppError } from '../../../shared/errors';

/** 'LOPE': written to the SQLite header's application_id by migration 0001. */
export const LOUPE_APPLICATION_ID = 0x4c4f5045;
export const PROJECT_EXTENSION = '.loupe';

const SQLITE_MAGIC = 'SQLite format 3\u0000';

export interface ProjectFileHeader {
  readonly applicationId: number;
  readonly userVersion: number;
}

/**
 * Reads a project file's SQLite header with plain file I/O, so a file that
 * Loupe must refuse is never opened by SQLite and stays byte-for-byte unchanged.
 */
export function readProjectHeader(path: string): ProjectFileHeader {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      throw new AppError('PROJECT_NOT_LOUPE', `"${path}" is a folder, not a Loupe project file.`, {
        detail: `Choose a ${PROJECT_EXTENSION} file inside it.`,
      });
    }
    size = stat.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new AppError('PROJECT_NOT_FOUND', `There is no project at "${path}".`, {
        detail: 'It may have been moved or deleted. Check the path, or remove it from the recent list.',
      });
    }
    if (code === 'EACCES' || code === 'EPERM') {
      throw new AppError('PROJECT_READ_ONLY', `Loupe is not allowed to read "${path}".`, {
        detail: 'Check the file permissions.',
      });
    }
    throw error;
  }
  const header = Buffer.alloc(100);
  let read = 0;
  if (size >= 100) {
    const fd = openSync(path, 'r');
    try {
      read = readSync(fd, header, 0, 100, 0);
    } finally {
      closeSync(fd);
    }
  }
  if (read < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    throw new AppError('PROJECT_NOT_LOUPE', `"${path}" is not a Loupe project.`, {
      detail: size === 0 ? 'The file is empty.' : 'The file is not an SQLite database. Loupe projects are .loupe files created by Loupe.',
    });
  }
  const userVersion = header.readUInt32BE(60);
  const applicationId = header.readUInt32BE(68);
  if (applicationId !== LOUPE_APPLICATION_ID) {
    throw new AppError('PROJECT_NOT_LOUPE', `"${path}" is an SQLite database, but not a Loupe project.`, {
      detail: 'Loupe only opens .loupe files it created. Import survey data from a CSV or XLSX export instead.',
    });
  }
  return { applicationId, userVersion };
}
