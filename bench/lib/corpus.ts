import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_VERSION, generateSurvey, generateTickets, openFileSink } from '../../scripts/corpus/index';
import { BENCH_ROOT } from './paths';
import { rowsOf, type CorpusSize } from './sizes';

export interface CorpusFile {
  readonly name: string;
  readonly bytes: number;
  readonly sha256: string;
}

export interface CorpusManifest {
  readonly generator: 'loupe-corpus';
  readonly version: number;
  readonly seed: number;
  readonly size: CorpusSize;
  readonly rows: number;
  readonly tickets: number;
  readonly historyRows: number;
  readonly generatedAt: string;
  readonly generateSeconds: number;
  readonly files: { readonly survey: CorpusFile; readonly tickets: CorpusFile; readonly history: CorpusFile };
}

export interface Corpus {
  readonly size: CorpusSize;
  readonly seed: number;
  readonly rows: number;
  readonly survey: string;
  readonly tickets: string;
  readonly history: string;
  readonly manifest: CorpusManifest;
  /** False when an existing corpus with the same seed was reused. */
  readonly generated: boolean;
}

export const CORPUS_DIR = join(BENCH_ROOT, 'corpus');

function paths(size: CorpusSize, dir: string) {
  return {
    survey: join(dir, `survey-${size}.csv`),
    tickets: join(dir, `tickets-${size}.csv`),
    history: join(dir, `ticket-status-history-${size}.csv`),
    manifest: join(dir, `survey-${size}.manifest.json`),
  };
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function describe(path: string, name: string): Promise<CorpusFile> {
  return { name, bytes: statSync(path).size, sha256: await sha256Of(path) };
}

function reusable(manifest: CorpusManifest | undefined, size: CorpusSize, seed: number, dir: string): boolean {
  if (!manifest || manifest.version !== CORPUS_VERSION || manifest.seed !== seed || manifest.size !== size) return false;
  return Object.values(manifest.files).every((f) => {
    const p = join(dir, f.name);
    return existsSync(p) && statSync(p).size === f.bytes;
  });
}

function readManifest(path: string): CorpusManifest | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as CorpusManifest;
  } catch {
    return undefined;
  }
}

/**
 * Returns the corpus of this size and seed, generating it (streamed, flat in
 * memory) unless one with the same seed and generator version is already there.
 */
export async function ensureCorpus(
  size: CorpusSize,
  seed: number,
  opts: { dir?: string; force?: boolean; log?: (line: string) => void } = {},
): Promise<Corpus> {
  const dir = opts.dir ?? CORPUS_DIR;
  mkdirSync(dir, { recursive: true });
  const p = paths(size, dir);
  const existing = readManifest(p.manifest);
  const rows = rowsOf(size);
  if (!opts.force && existing && reusable(existing, size, seed, dir)) {
    return { size, seed, rows, ...p, manifest: existing, generated: false };
  }
  opts.log?.(`generating the ${size} corpus (seed ${seed}) into ${dir} ...`);
  const started = performance.now();
  const survey = openFileSink(`${p.survey}.partial`);
  await generateSurvey({ size: rows, seed, out: survey.stream });
  await survey.close();
  const tickets = openFileSink(`${p.tickets}.partial`);
  const history = openFileSink(`${p.history}.partial`);
  const t = await generateTickets({ size: rows, seed, ticketsOut: tickets.stream, historyOut: history.stream });
  await Promise.all([tickets.close(), history.close()]);
  const generateSeconds = (performance.now() - started) / 1000;
  for (const f of [p.survey, p.tickets, p.history]) renameSync(`${f}.partial`, f);
  const manifest: CorpusManifest = {
    generator: 'loupe-corpus',
    version: CORPUS_VERSION,
    seed,
    size,
    rows,
    tickets: t.rows,
    historyRows: t.historyRows,
    generatedAt: new Date().toISOString(),
    generateSeconds: Math.round(generateSeconds * 100) / 100,
    files: {
      survey: await describe(p.survey, `survey-${size}.csv`),
      tickets: await describe(p.tickets, `tickets-${size}.csv`),
      history: await describe(p.history, `ticket-status-history-${size}.csv`),
    },
  };
  writeFileSync(p.manifest, `${JSON.stringify(manifest, null, 2)}\n`);
  opts.log?.(`  ${size}: ${(manifest.files.survey.bytes / 1e6).toFixed(1)} MB survey, ${t.rows} tickets, ${generateSeconds.toFixed(1)} s`);
  return { size, seed, rows, ...p, manifest, generated: true };
}
