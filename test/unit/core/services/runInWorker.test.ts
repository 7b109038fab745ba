import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInWorker } from '../../../../src/main/core/services/runInWorker';

const WORKER = join(__dirname, '..', '..', '..', 'fixtures', 'workers', 'keptThenExit.cjs');

function context(kept: string[]) {
  return { signal: new AbortController().signal, progress: () => {}, kept: (message: string) => void kept.push(message) };
}

describe('runInWorker', () => {
  it('says nothing was changed when a worker dies before committing anything', async () => {
    const kept: string[] = [];
    await expect(runInWorker(WORKER, { kept: false }, context(kept))).rejects.toThrow("The job's worker stopped unexpectedly (exit code 3). Nothing was changed.");
    expect(kept).toEqual([]);
  });

  it('says what is kept when a worker dies after committing part of its work', async () => {
    const kept: string[] = [];
    const error = (await runInWorker(WORKER, { kept: true }, context(kept)).catch((e: unknown) => e)) as Error;
    expect(error.message).toBe("The job's worker stopped unexpectedly (exit code 3). The first 10 rows are kept; the rest was not written.");
    expect(kept).toEqual(['The first 10 rows are kept; the rest was not written.']);
  });
});
