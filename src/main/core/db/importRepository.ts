import type { ImportResult } from '../../../shared/imports';
import type { ExcludedRow, ImportDetails, ImportSummary } from '../../../shared/model';
import { asImportId } from '../../../shared/model';
import { BatchInserter } from './batchInsert';
import { lowerFullTextMarker } from './fullTextIndex';
import { SegmentRepository } from './segmentRepository';
import { RESPONSE_SLOTS, type RowValues } from './packedRows';
import type { ProjectDb } from './connection';

export interface NewImport {
  readonly kind: ImportSummary['kind'];
  readonly sourceName: string;
  readonly sourcePath?: string;
  readonly format: string;
  readonly container: 'csv' | 'xlsx';
  readonly encoding: string;
  readonly delimiter?: string;
  readonly sheet?: string;
  readonly dateLayout?: string;
  readonly timeZone?: string;
  readonly headerSignature?: string;
  readonly mapping: unknown;
  readonly importedAt: string;
}

/** Writes an import's responses and verbatims in bulk (see ImportRepository.bulkWriter). */
export interface BulkWriter {
  /** Writes response `index` and its verbatims (triples from `verbatimAt`); returns where the next response's verbatims start. */
  add(rows: RowValues, index: number, verbatimAt: number): number;
  flush(): void;
}

interface ImportRow {
  id: number;
  kind: ImportSummary['kind'];
  source_name: string;
  format: string;
  rows_read: number;
  rows_imported: number;
  imported_at: string;
  first_date: string | null;
  last_date: string | null;
}

/** Imports and what they brought in. Callers wrap a whole import in one transaction. */
export class ImportRepository {
  constructor(private readonly db: ProjectDb) {}

  /** Starts an import record; finish it with `finish` inside the same transaction. */
  begin(record: NewImport): number {
    const info = this.db
      .prepare(
        `INSERT INTO imports (kind, source_name, source_path, format, container, encoding, delimiter, sheet, date_layout, time_zone,
                              header_signature, rows_read, rows_imported, mapping_json, imported_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)`,
      )
      .run(
        record.kind,
        record.sourceName,
        record.sourcePath ?? null,
        record.format,
        record.container,
        record.encoding,
        record.delimiter ?? null,
        record.sheet ?? null,
        record.dateLayout ?? null,
        record.timeZone ?? null,
        record.headerSignature ?? null,
        JSON.stringify(record.mapping),
        record.importedAt,
      );
    return Number(info.lastInsertRowid);
  }

  /**
   * A bulk writer for `importId`: responses get their ids here (the import
   * holds the write lock), so a response, its verbatims and its segment
   * values go out in multi-row statements. The caller turns foreign-key
   * checks off for the import (responses and verbatims are linked here, by
   * construction); call `flush` before reading back.
   */
  bulkWriter(importId: number, segmentNames: readonly string[], verbatimColumns: readonly string[]): BulkWriter {
    let nextId = ((this.db.prepare('SELECT coalesce(max(id), 0) FROM responses').pluck().get() as number) ?? 0) + 1;
    const segmentRepo = new SegmentRepository(this.db);
    const segments = segmentRepo.ensure(segmentNames).map((segment) => ({ segment, valueId: segmentRepo.valueIds(segment.id) }));
    const responses = new BatchInserter(this.db, 'responses', [
      'id',
      { name: 'import_id', value: String(Number(importId)) },
      ...['source_row', 'respondent_id', 'customer_key', 'score', 'excluded_reason', 'responded_at', 'responded_local', 'responded_raw', 'fields_json'],
      ...segments.map((s) => s.segment.column),
    ]);
    const verbatims = new BatchInserter(this.db, 'verbatims', ['response_id', 'column_name', 'text']);
    const add = (rows: RowValues, index: number, verbatimAt: number): number => {
      const id = nextId;
      nextId += 1;
      const base = index * rows.stride;
      const v = rows.values;
      responses.push(id);
      for (let k = 0; k < RESPONSE_SLOTS; k += 1) responses.push(v[base + k]!);
      for (let k = 0; k < segments.length; k += 1) {
        const value = v[base + RESPONSE_SLOTS + k] as string | null;
        responses.push(value === null ? null : segments[k]!.valueId(value));
      }
      let at = verbatimAt;
      const triples = rows.verbatims;
      while (at < triples.length && triples[at] === index) {
        verbatims.push(id);
        verbatims.push(verbatimColumns[triples[at + 1] as number]!);
        verbatims.push(triples[at + 2] as string);
        at += 3;
      }
      return at;
    };
    return {
      add,
      flush: () => {
        responses.flush();
        verbatims.flush();
      },
    };
  }

  /**
   * A lookup of respondent ids the project already holds (for re-imports of an updated export);
   * undefined when it holds none. Its index is made on the first re-import (inside the import's
   * transaction) and kept from then on.
   */
  respondentLookup(importId: number): ((respondentId: string) => boolean) | undefined {
    if (this.db.prepare('SELECT 1 FROM responses WHERE respondent_id IS NOT NULL AND import_id <> ? LIMIT 1').get(importId) === undefined) return undefined;
    this.db.exec('CREATE INDEX IF NOT EXISTS responses_by_respondent ON responses (respondent_id)');
    const find = this.db.prepare('SELECT 1 FROM responses WHERE respondent_id = ? AND import_id <> ? LIMIT 1').pluck();
    return (respondentId) => find.get(respondentId, importId) !== undefined;
  }

  /** Within one import, every repeat of a respondent id after its first row is a duplicate. Returns how many. */
  markDuplicates(importId: number): number {
    return this.db
      .prepare(
        `UPDATE responses SET excluded_reason = 'duplicate'
         WHERE id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY respondent_id ORDER BY id) AS n
                                      FROM responses WHERE import_id = ? AND respondent_id IS NOT NULL)
                      WHERE n > 1)`,
      )
      .run(importId).changes;
  }

  /** Responses of an import that do not count for NPS, by reason. */
  exclusionCounts(importId: number): Record<string, number> {
    const rows = this.db
      .prepare('SELECT excluded_reason AS reason, count(*) AS n FROM responses WHERE import_id = ? AND excluded_reason IS NOT NULL GROUP BY 1 ORDER BY 1')
      .all(importId) as { reason: string; n: number }[];
    return Object.fromEntries(rows.map((r) => [r.reason, r.n]));
  }

  recordSkipped(importId: number, rows: readonly { line: number; column?: number; message: string }[]): void {
    const insert = this.db.prepare('INSERT INTO skipped_rows (import_id, line, column_number, message) VALUES (?, ?, ?, ?)');
    for (const r of rows) insert.run(importId, r.line, r.column ?? null, r.message);
  }

  /** Re-reads the raw dates of an import with another parser (when the column's layout was decided late). */
  reparseDates(importId: number, parse: (raw: string) => { utc: string; local: string } | undefined): void {
    const rows = this.db
      .prepare('SELECT id, responded_raw AS raw FROM responses WHERE import_id = ? AND responded_raw IS NOT NULL')
      .all(importId) as { id: number; raw: string }[];
    const update = this.db.prepare('UPDATE responses SET responded_at = ?, responded_local = ? WHERE id = ?');
    for (const r of rows) {
      const parsed = parse(r.raw);
      update.run(parsed?.utc ?? null, parsed?.local ?? null, r.id);
    }
  }

  finish(importId: number, rowsRead: number, rowsImported: number, result: unknown, dates: { first?: string; last?: string }): void {
    this.db
      .prepare('UPDATE imports SET rows_read = ?, rows_imported = ?, result_json = ?, first_date = ?, last_date = ? WHERE id = ?')
      .run(rowsRead, rowsImported, JSON.stringify(result), dates.first ?? null, dates.last ?? null, importId);
  }

  dateRange(importId: number): { first?: string; last?: string } {
    const row = this.db.prepare('SELECT min(responded_at) AS first, max(responded_at) AS last FROM responses WHERE import_id = ?').get(importId) as {
      first: string | null;
      last: string | null;
    };
    return { ...(row.first ? { first: row.first } : {}), ...(row.last ? { last: row.last } : {}) };
  }

  /** NPS counts over the import's counted responses. */
  npsCounts(importId: number): { n: number; promoters: number; passives: number; detractors: number } {
    return this.db
      .prepare(
        `SELECT count(*) AS n, coalesce(sum(score >= 9), 0) AS promoters, coalesce(sum(score BETWEEN 7 AND 8), 0) AS passives,
                coalesce(sum(score <= 6), 0) AS detractors
         FROM responses WHERE import_id = ? AND excluded_reason IS NULL AND score IS NOT NULL`,
      )
      .get(importId) as { n: number; promoters: number; passives: number; detractors: number };
  }

  /** Removes an import and everything derived from it (responses, verbatims and their index entries, segment values). */
  remove(importId: number): boolean {
    return this.db.transaction(() => {
      const removed = this.db.prepare('DELETE FROM imports WHERE id = ?').run(importId).changes > 0;
      lowerFullTextMarker(this.db);
      return removed;
    })();
  }

  details(importId: number): ImportDetails | undefined {
    const summary = this.list().find((s) => s.id === importId);
    if (!summary) return undefined;
    const json = this.db.prepare('SELECT result_json FROM imports WHERE id = ?').pluck().get(importId) as string;
    const parsed = JSON.parse(json) as Partial<ImportResult> & { skippedCount?: number };
    const skippedCount = parsed.skippedCount ?? (this.db.prepare('SELECT count(*) FROM skipped_rows WHERE import_id = ?').pluck().get(importId) as number);
    const { skippedCount: _ignored, ...result } = parsed;
    return { summary, skippedCount, ...(result.importId ? { result: result as ImportResult } : {}) };
  }

  /** The rows of an import that do not count for NPS, with why, in file order. */
  excludedRows(importId: number, offset: number, limit: number, reason?: string): { rows: ExcludedRow[]; total: number } {
    // One statement text for both cases: a NULL reason matches every excluded row.
    const filter = 'import_id = @importId AND excluded_reason IS NOT NULL AND (@reason IS NULL OR excluded_reason = @reason)';
    const params = { importId, reason: reason ?? null };
    const total = this.db.prepare(`SELECT count(*) FROM responses WHERE ${filter}`).pluck().get(params) as number;
    const rows = this.db
      .prepare(
        `SELECT source_row AS line, respondent_id AS respondentId, excluded_reason AS reason, score, responded_at AS date
         FROM responses WHERE ${filter} ORDER BY source_row LIMIT @limit OFFSET @offset`,
      )
      .all({ ...params, limit, offset }) as { line: number; respondentId: string | null; reason: string; score: number | null; date: string | null }[];
    return {
      total,
      rows: rows.map((r) => ({
        line: r.line,
        reason: r.reason,
        ...(r.respondentId ? { respondentId: r.respondentId } : {}),
        ...(r.score === null ? {} : { score: r.score }),
        ...(r.date ? { date: r.date } : {}),
      })),
    };
  }

  list(): ImportSummary[] {
    const rows = this.db
      .prepare(
        `SELECT id, kind, source_name, format, rows_read, rows_imported, imported_at, first_date, last_date
         FROM imports ORDER BY id`,
      )
      .all() as ImportRow[];
    return rows.map((r) => ({
      id: asImportId(r.id),
      kind: r.kind,
      sourceName: r.source_name,
      format: r.format,
      rowsRead: r.rows_read,
      imported: r.rows_imported,
      importedAt: r.imported_at,
      ...(r.first_date ? { firstDate: r.first_date } : {}),
      ...(r.last_date ? { lastDate: r.last_date } : {}),
    }));
  }
}
