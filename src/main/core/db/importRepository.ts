import type { ImportSummary } from '../../../shared/model';
import { asImportId } from '../../../shared/model';
import type { ProjectDb } from './connection';

export interface NewImport {
  readonly kind: ImportSummary['kind'];
  readonly sourceName: string;
  readonly sourcePath?: string;
  readonly format: string;
  readonly encoding: string;
  readonly delimiter?: string;
  readonly mapping: unknown;
  readonly importedAt: string;
}

export interface NewResponse {
  readonly sourceRow: number;
  readonly respondentId?: string;
  readonly customerKey?: string;
  readonly score?: number;
  readonly excludedReason?: string;
  readonly respondedAt?: string;
  readonly fields: Readonly<Record<string, string>>;
  readonly verbatims: readonly { readonly column: string; readonly text: string }[];
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

/** Imports and the responses and verbatims they brought in. Callers wrap a whole import in one transaction. */
export class ImportRepository {
  constructor(private readonly db: ProjectDb) {}

  /** Starts an import record; finish it with `finish` inside the same transaction. */
  begin(record: NewImport): number {
    const info = this.db
      .prepare(
        `INSERT INTO imports (kind, source_name, source_path, format, encoding, delimiter, rows_read, rows_imported, mapping_json, imported_at)
         VALUES (?, ?, ?, ?, ?, ?, 0, 0, ?, ?)`,
      )
      .run(
        record.kind,
        record.sourceName,
        record.sourcePath ?? null,
        record.format,
        record.encoding,
        record.delimiter ?? null,
        JSON.stringify(record.mapping),
        record.importedAt,
      );
    return Number(info.lastInsertRowid);
  }

  /** Returns a function that inserts one response (and its verbatims) into `importId`. */
  responseWriter(importId: number): (response: NewResponse) => void {
    const insertResponse = this.db.prepare(
      `INSERT INTO responses (import_id, source_row, respondent_id, customer_key, score, excluded_reason, responded_at, fields_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertVerbatim = this.db.prepare('INSERT INTO verbatims (response_id, column_name, text) VALUES (?, ?, ?)');
    return (r) => {
      const id = insertResponse.run(
        importId,
        r.sourceRow,
        r.respondentId ?? null,
        r.customerKey ?? null,
        r.score ?? null,
        r.excludedReason ?? null,
        r.respondedAt ?? null,
        JSON.stringify(r.fields),
      ).lastInsertRowid;
      for (const v of r.verbatims) insertVerbatim.run(id, v.column, v.text);
    };
  }

  finish(importId: number, rowsRead: number, rowsImported: number): void {
    this.db
      .prepare(
        `UPDATE imports SET rows_read = ?, rows_imported = ?,
           first_date = (SELECT min(responded_at) FROM responses WHERE import_id = ?),
           last_date = (SELECT max(responded_at) FROM responses WHERE import_id = ?)
         WHERE id = ?`,
      )
      .run(rowsRead, rowsImported, importId, importId, importId);
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
