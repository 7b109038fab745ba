import { AppError } from '../../../shared/errors';
import type { ImportOptions, ImportResult } from '../../../shared/imports';
import type { ProjectDb } from '../db/connection';
import { catchUpFullTextIndex } from '../db/fullTextIndex';
import { SLOT, type RowValues } from '../db/packedRows';
import { ImportRepository } from '../db/importRepository';
import { TemplateRepository } from '../db/templateRepository';
import { summariseNps } from '../analysis/nps';
import { parseDate, resolveZone } from './dates';
import { inspectImport } from './inspectImport';
import { readRows, type RowPlan, type RowsEnd } from './rowSource';
import { workerRows } from './workerRows';
import { DuplicateFilter } from './duplicateFilter';
import { ImportTally } from './importTally';
import { headerSignature } from './roles';

export interface ImportProgress {
  readonly rows: number;
  readonly bytes: number;
  readonly totalBytes: number;
  /** 'rows' while reading and writing rows; 'indexing' once they are committed. */
  readonly phase?: 'rows' | 'indexing';
}

export interface ImportContext {
  readonly signal?: AbortSignal;
  /** The built parse worker (parse.worker.js); rows are read in this thread when absent. */
  readonly parseWorkerFile?: string;
  readonly onProgress?: (progress: ImportProgress) => void;
  readonly now?: () => Date;
}

/** Page cache for the import's connection: 128 MiB (negative = KiB, as PRAGMA cache_size takes it). */
const IMPORT_CACHE_KIB = -131_072;

/** Moves past the verbatims of response `index` (triples from `verbatimAt`); returns where the next response's start. */
function skipVerbatims(rows: RowValues, index: number, verbatimAt: number): number {
  let at = verbatimAt;
  while (at < rows.verbatims.length && rows.verbatims[at] === index) at += 3;
  return at;
}

function cancelled(): AppError {
  return new AppError('JOB_CANCELLED', 'The import was cancelled; nothing was imported.');
}

/**
 * Imports one survey export into the project as ONE transaction: cancelled,
 * failed or killed at any point, the project holds none of its rows and
 * everything imported before is intact. Responses whose respondent id the
 * project already holds are counted, not imported again; a repeated id inside
 * the file is kept once and the rest excluded as duplicates. The full-text
 * index is brought up to date in bulk after the rows are in.
 */
export async function runImport(db: ProjectDb, options: ImportOptions, ctx: ImportContext = {}): Promise<ImportResult> {
  const startedAt = performance.now();
  const templates = new TemplateRepository(db);
  const { table, profile, layout, preview } = await inspectImport(options, (signature) => templates.findByHeader(signature));
  const mapping = preview.mapping;
  if (!mapping) {
    throw new AppError('BAD_INPUT', `No column of "${table.fileName}" holds NPS scores (0–10).`, {
      detail: 'Choose the score column in the mapping (or pass --mapping with a "score" column) and import again.',
    });
  }
  const plan: RowPlan = {
    // What the inspection found is fixed for the read, so the parse worker does not detect it again.
    options: {
      ...options,
      ...(table.encoding ? { encoding: table.encoding } : {}),
      ...(table.delimiter ? { delimiter: table.delimiter } : {}),
      ...(table.sheet ? { sheet: table.sheet } : {}),
      skipRows: table.skippedAbove().length,
    },
    layout,
    platform: profile.id,
    mapping,
    dates: { ...(preview.dateLayout ? { layout: preview.dateLayout } : {}), ...(preview.timeZone ? { timeZone: preview.timeZone } : {}) },
    // Only day/month order can be decided late; ISO, epochs and Google's layout cannot change.
    collectEvidence: mapping.date !== undefined && !options.dateLayout && (preview.dateLayout === 'month-first' || preview.dateLayout === 'day-first'),
  };
  const repo = new ImportRepository(db);
  const now = ctx.now ?? (() => new Date());

  if (ctx.signal?.aborted) throw cancelled();
  // A bulk import touches several b-trees at once: give this connection a cache large enough
  // that SQLite rarely spills half-written pages to the WAL mid-transaction (peak RSS stays well under 1 GB).
  const cacheBefore = db.pragma('cache_size', { simple: true }) as number;
  const foreignKeysBefore = db.pragma('foreign_keys', { simple: true }) as number;
  const checkpointBefore = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma(`cache_size = ${IMPORT_CACHE_KIB}`);
  // The bulk writer links verbatims to the responses it numbers itself, so the import skips
  // SQLite's per-row foreign-key lookups (the pragma cannot change inside a transaction).
  db.pragma('foreign_keys = OFF');
  // One checkpoint after the rows and their full-text index, not one at each of their commits.
  db.pragma('wal_autocheckpoint = 0');
  db.exec('BEGIN IMMEDIATE');
  try {
    const importId = repo.begin({
      kind: options.dataset ?? 'survey',
      sourceName: table.fileName,
      sourcePath: options.path,
      format: profile.id,
      container: table.container,
      encoding: table.encoding ?? 'xlsx',
      ...(table.delimiter ? { delimiter: table.delimiter } : {}),
      ...(table.sheet ? { sheet: table.sheet } : {}),
      ...(preview.dateLayout ? { dateLayout: preview.dateLayout } : {}),
      ...(preview.timeZone ? { timeZone: preview.timeZone } : {}),
      headerSignature: headerSignature(layout.columns),
      mapping,
      importedAt: now().toISOString(),
    });
    const writer = repo.bulkWriter(importId, mapping.segments, mapping.verbatims);
    const known = repo.respondentLookup(importId);
    const tally = new ImportTally();
    const repeats = new DuplicateFilter();
    let imported = 0;
    let alreadyThere = 0;
    let end: RowsEnd | undefined;
    // Parsing runs on the other core when the parse worker is at hand (the app); in this thread otherwise (tests).
    const source = ctx.parseWorkerFile ? workerRows(ctx.parseWorkerFile, plan, ctx.signal) : readRows(plan, ctx.signal);
    for await (const item of source) {
      if (item.kind === 'end') {
        end = item;
        break;
      }
      if (ctx.signal?.aborted) throw cancelled();
      const { values, stride, count } = item.rows;
      let verbatimAt = 0;
      for (let i = 0; i < count; i += 1) {
        const base = i * stride;
        const id = values[base + SLOT.respondentId] as string | null;
        if (id !== null) {
          if (known?.(id)) {
            alreadyThere += 1;
            verbatimAt = skipVerbatims(item.rows, i, verbatimAt);
            continue;
          }
          repeats.add(id);
        }
        tally.add(values[base + SLOT.score] as number | null, values[base + SLOT.excludedReason] as string | null, values[base + SLOT.respondedAt] as string | null);
        verbatimAt = writer.add(item.rows, i, verbatimAt);
        imported += 1;
      }
      ctx.onProgress?.({ rows: item.rowsRead, bytes: item.bytes, totalBytes: item.totalBytes });
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (!end) throw cancelled();
    const { rowsRead, skipped, skippedCount, undatable, mangledIds } = end;
    writer.flush();
    // Repeated respondent ids inside the file: the first stays, the others are duplicates (set-based, flat in memory).
    const duplicates = repeats.mayHaveDuplicates ? repo.markDuplicates(importId) : 0;
    // Counted as the rows were written, unless some turned out to be duplicates: then SQL recounts.
    const counts = tally.counts();
    const excluded = duplicates > 0 ? repo.exclusionCounts(importId) : counts.excluded;
    if (ctx.signal?.aborted) throw cancelled();
    if (rowsRead === 0) {
      throw new AppError('BAD_INPUT', `"${table.fileName}" has only header rows and no responses.`);
    }

    // The date layout was decided from the first rows; all the values may say otherwise (a 25/04 late in the file).
    let dateLayout = preview.dateLayout;
    const final = end.evidence;
    if (!options.dateLayout && final && dateLayout && final.layout !== dateLayout && !final.ambiguous) {
      dateLayout = final.layout;
      const zone = resolveZone(preview.timeZone);
      repo.reparseDates(importId, (raw) => parseDate(raw, final.layout, zone));
    }
    if (skippedCount > 0) repo.recordSkipped(importId, skipped);
    if (options.saveTemplateAs) templates.save(options.saveTemplateAs, headerSignature(layout.columns), mapping, now().toISOString());

    const warnings = [...preview.warnings.filter((w) => !w.includes('1.14524E+11'))];
    if (mangledIds > 0) {
      warnings.push(`${mangledIds} "${mapping.respondentId}" values look like 1.14524E+11: Excel shortened long ids when the file was saved, so they were not used as ids (no duplicates were inferred from them). Export the file again from the survey tool to keep them.`);
    }
    if (undatable > 0) {
      warnings.push(`${undatable} of the dates in "${mapping.date}" could not be read${dateLayout ? ` as ${dateLayout}` : ''}; those responses have no date. Choose another date layout if they should.`);
    }
    const nps = summariseNps(duplicates > 0 ? repo.npsCounts(importId) : { n: counts.promoters + counts.passives + counts.detractors, ...counts });
    const result: ImportResult = {
      importId,
      kind: options.dataset ?? 'survey',
      format: profile.id,
      encoding: table.encoding ?? 'xlsx',
      rowsRead,
      imported,
      alreadyThere,
      excluded,
      skipped,
      mapping,
      warnings,
      nps: { n: nps.n, promoters: nps.promoters, passives: nps.passives, detractors: nps.detractors, ...(nps.nps === undefined ? {} : { nps: nps.nps }) },
      ...(table.delimiter ? { delimiter: table.delimiter } : {}),
      ...(table.sheet ? { sheet: table.sheet } : {}),
      ...(dateLayout ? { dateLayout } : {}),
      ...(preview.timeZone ? { timeZone: preview.timeZone } : {}),
      ...(preview.aboveHeader.length > 0 ? { aboveHeader: preview.aboveHeader } : {}),
    };
    const range = dateLayout !== preview.dateLayout ? repo.dateRange(importId) : { ...(counts.firstDate ? { first: counts.firstDate } : {}), ...(counts.lastDate ? { last: counts.lastDate } : {}) };
    repo.finish(importId, rowsRead, imported, { ...result, skippedCount }, range);
    if (ctx.signal?.aborted) throw cancelled();
    db.exec('COMMIT');
    const committedAt = performance.now();
    ctx.onProgress?.({ rows: rowsRead, bytes: table.totalBytes, totalBytes: table.totalBytes, phase: 'indexing' });
    // The rows are committed; the full-text index follows in its own transaction (repaired on open if a crash falls between).
    catchUpFullTextIndex(db);
    const indexedAt = performance.now();
    db.pragma(`wal_autocheckpoint = ${Number(checkpointBefore)}`);
    db.pragma('wal_checkpoint(PASSIVE)');
    return { ...result, timings: { rowsMs: committedAt - startedAt, indexMs: indexedAt - committedAt, checkpointMs: performance.now() - indexedAt } };
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  } finally {
    db.pragma(`cache_size = ${Number(cacheBefore)}`);
    db.pragma(`foreign_keys = ${foreignKeysBefore ? 'ON' : 'OFF'}`);
    db.pragma(`wal_autocheckpoint = ${Number(checkpointBefore)}`);
  }
}
