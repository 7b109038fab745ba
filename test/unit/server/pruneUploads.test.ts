import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pruneUploads } from '../../../src/main/server/pruneUploads';
import { useTempDirs } from '../../support/tempDir';

const tempDir = useTempDirs();

describe('pruneUploads', () => {
  it('removes upload folders older than a day and keeps the recent ones', async () => {
    const dir = tempDir();
    const now = Date.now();
    for (const [name, ageHours] of [['old', 30], ['recent', 2]] as const) {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, 'export.csv'), 'a,b\n');
      const when = new Date(now - ageHours * 3600 * 1000);
      utimesSync(join(dir, name), when, when);
    }
    expect(await pruneUploads(dir, 24 * 3600 * 1000, now)).toBe(1);
    expect(existsSync(join(dir, 'old'))).toBe(false);
    expect(existsSync(join(dir, 'recent', 'export.csv'))).toBe(true);
  });

  it('does nothing when there is no upload folder yet', async () => {
    expect(await pruneUploads(join(tempDir(), 'missing'))).toBe(0);
  });
});
