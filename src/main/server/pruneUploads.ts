import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** A day: long enough for an import started from an upload to finish, short enough not to pile up. */
export const UPLOAD_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * Removes the upload folders (one per file a browser handed over) older than
 * `maxAgeMs`. The imported responses live in the project; the copy is only a
 * way in. Runs when the web host starts; a missing folder is fine.
 */
export async function pruneUploads(uploadDir: string, maxAgeMs = UPLOAD_MAX_AGE_MS, now = Date.now()): Promise<number> {
  let names: string[];
  try {
    names = await readdir(uploadDir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const folder = join(uploadDir, name);
    try {
      const info = await stat(folder);
      if (info.isDirectory() && now - info.mtimeMs > maxAgeMs) {
        await rm(folder, { recursive: true, force: true });
        removed += 1;
      }
    } catch {
      // Gone meanwhile, or not ours to remove: leave it.
    }
  }
  return removed;
}
