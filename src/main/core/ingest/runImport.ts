import { AppError } from '../../../shared/errors';
import type { ImportOptions, ImportResult } from '../../../shared/imports';
import type { ProjectDb } from '../db/connection';
import { catchUpFullTextIndex } from '../db/fullTextIndex';
import { SLOT } from '../db/packedRows';
import { ImportRepository } from '../db/importRepository';
import { TemplateRepository } from '../db/templateRepository';
import { summariseNps } from '../analysis/nps';
import { parseDate, resolveZone } from './dates';
import { inspectImport } from './inspectImport';
import { DuplicateFilter } from './duplicateFilter';
import { readRows, type RowPlan, type RowsEnd } from './rowSource';
import { workerRows } from './workerRows';
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
  db.pragma(`cache_size = ${IMPORT_CACHE_KIB}`);
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
    const restoreIndexes = repo.suspendIndexesWhenEmpty();
    const writer = repo.bulkWriter(importId, mapping.segments);
    const known = repo.respondentLookup(importId);
    const repeats = new DuplicateFilter();
    let firstDate: string | undefined;
    let lastDate: string | undefined;
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
      const rows = item.rows;
      let verbatimAt = 0;
      for (let i = 0; i < rows.count; i += 1) {
        const base = i * rows.stride;
        const id = rows.values[base + SLOT.respondentId] as string | null;
        if (id !== null && known(id)) {
          alreadyThere += 1;
          while (verbatimAt < rows.verbatims.length && rows.verbatims[verbatimAt] === i) verbatimAt += 3;
          continue;
        }
        if (id !== null) repeats.add(id);
        const at = rows.values[base + SLOT.respondedAt] as string | null;
        if (at !== null) {
          if (firstDate === undefined || at < firstDate) firstDate = at;
          if (lastDate === undefined || at > lastDate) lastDate = at;
        }
        verbatimAt = writer.add(rows, i, verbatimAt);
        imported += 1;
      }
      ctx.onProgress?.({ rows: item.rowsRead, bytes: item.bytes, totalBytes: item.totalBytes });
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (!end) throw cancelled();
    const { rowsRead, skipped, skippedCount, undatable, mangledIds } = end;
    writer.flush();
    restoreIndexes();
    // Repeated respondent ids inside the file: the first stays, the others are duplicates (set-based, flat in memory).
    if (repeats.mayHaveDuplicates) repo.markDuplicates(importId);
    const excluded = repo.exclusionCounts(importId);
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
    const nps = summariseNps(repo.npsCounts(importId));
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
    };
    if (dateLayout !== preview.dateLayout) {
      const range = repo.dateRange(importId);
      firstDate = range.first;
      lastDate = range.last;
    }
    repo.finish(importId, rowsRead, imported, { ...result, skippedCount }, { first: firstDate, last: lastDate });
    if (ctx.signal?.aborted) throw cancelled();
    db.exec('COMMIT');
    const committedAt = performance.now();
    ctx.onProgress?.({ rows: rowsRead, bytes: table.totalBytes, totalBytes: table.totalBytes, phase: 'indexing' });
    // The rows are committed; the full-text index follows in its own transaction (repaired on open if a crash falls between).
    catchUpFullTextIndex(db);
    return { ...result, timings: { rowsMs: committedAt - startedAt, indexMs: performance.now() - committedAt } };
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  } finally {
    db.pragma(`cache_size = ${Number(cacheBefore)}`);
  }
}
