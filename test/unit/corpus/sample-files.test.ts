import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_FILES, writeSample } from '../../../scripts/corpus/index';

const SAMPLE_DIR = resolve(__dirname, '../../../resources/sample');

describe('resources/sample', () => {
  it('is exactly what `npm run sample` writes (regenerate it after changing the generator)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loupe-sample-'));
    try {
      await writeSample(dir);
      for (const name of Object.values(SAMPLE_FILES)) {
        const fresh = readFileSync(join(dir, name));
        const committed = readFileSync(join(SAMPLE_DIR, name));
        expect(fresh.equals(committed), `${name} differs from a fresh generation`).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stays small enough to commit', () => {
    const bytes = Object.values(SAMPLE_FILES).reduce((sum, name) => sum + readFileSync(join(SAMPLE_DIR, name)).length, 0);
    expect(bytes).toBeLessThan(2_000_000);
  });
});
