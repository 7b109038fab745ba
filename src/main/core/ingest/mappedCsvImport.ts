import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'csv-parse';
import { AppError } from '../../../shared/errors';
import type { ProjectDb } from '../db/connection';
import { ImportRepository, type NewResponse } from '../db/importRepository';
import { parseScore } from './score';

/** Which column plays which role. Column names are the export's header names. */
export interface ColumnMapping {
  readonly score: string;
  readonly verbatims: readonly string[];
  readonly date?: string;
  readonly respondentId?: string;
  readonly customerKey?: string;
  readonly segments: readonly string[];
}

export interface ImportProgress {
  readonly rows: number;
  readonly bytes: number;
  readonly totalBytes: number;
}

export interface MappedImportResult {
  readonly importId: number;
  readonly rowsRead: number;
  readonly imported: number;
  readonly excluded: Readonly<Record<string, number>>;
}

function isoDate(raw: string | undefined): string | undefined {
  const text = (raw ?? '').trim();
  if (text === '') return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/**
 * Streams a one-header, comma-separated UTF-8 CSV whose columns are named by
 * `mapping` into the project, in ONE transaction: on any error or cancel,
 * nothing of it stays. Used for the sample project (the full importer with
 * format, encoding and platform detection builds on the same repository).
 */
export async function importMappedCsv(
  db: ProjectDb,
  filePath: string,
  mapping: ColumnMapping,
  options: { signal?: AbortSignal; onProgress?: (p: ImportProgress) => void; format?: string } = {},
): Promise<MappedImportResult> {
  const totalBytes = statSync(filePath).size;
  const repo = new ImportRepository(db);
  const input = createReadStream(filePath);
  const parser = input.pipe(parse({ bom: true, columns: true, relax_column_count: false, skip_empty_lines: true }));
  const excluded: Record<string, number> = {};
  let rowsRead = 0;
  let imported = 0;
  db.exec('BEGIN IMMEDIATE');
  try {
    const importId = repo.begin({
      kind: 'survey',
      sourceName: basename(filePath),
      sourcePath: filePath,
      format: options.format ?? 'generic',
      encoding: 'utf-8',
      delimiter: ',',
      mapping,
      importedAt: new Date().toISOString(),
    });
    const write = repo.responseWriter(importId);
    let checkedHeader = false;
    for await (const record of parser as AsyncIterable<Record<string, string>>) {
      if (!checkedHeader) {
        checkedHeader = true;
        const missing = [mapping.score, ...mapping.verbatims, ...mapping.segments].filter((c) => !(c in record));
        if (missing.length > 0) {
          throw new AppError('BAD_INPUT', `"${basename(filePath)}" has no column named "${missing[0]}".`, {
            detail: `Expected columns: ${[mapping.score, ...mapping.verbatims].join(', ')}.`,
          });
        }
      }
      if (options.signal?.aborted) throw new AppError('JOB_CANCELLED', 'The import was cancelled; nothing was imported.');
      rowsRead += 1;
      const { score, excludedReason } = parseScore(record[mapping.score]);
      if (excludedReason) excluded[excludedReason] = (excluded[excludedReason] ?? 0) + 1;
      const fields: Record<string, string> = {};
      for (const segment of mapping.segments) fields[segment] = record[segment] ?? '';
      const response: NewResponse = {
        sourceRow: rowsRead + 1,
        fields,
        verbatims: mapping.verbatims
          .map((column) => ({ column, text: (record[column] ?? '').trim() }))
          .filter((v) => v.text !== ''),
        ...(score === undefined ? {} : { score }),
        ...(excludedReason ? { excludedReason } : {}),
        ...(mapping.date ? optional('respondedAt', isoDate(record[mapping.date])) : {}),
        ...(mapping.respondentId ? optional('respondentId', record[mapping.respondentId]?.trim()) : {}),
        ...(mapping.customerKey ? optional('customerKey', record[mapping.customerKey]?.trim().toLowerCase()) : {}),
      };
      write(response);
      imported += 1;
      if (rowsRead % 500 === 0) options.onProgress?.({ rows: rowsRead, bytes: input.bytesRead, totalBytes });
    }
    repo.finish(importId, rowsRead, imported);
    db.exec('COMMIT');
    options.onProgress?.({ rows: rowsRead, bytes: totalBytes, totalBytes });
    return { importId, rowsRead, imported, excluded };
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    input.destroy();
    if (error instanceof AppError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new AppError('BAD_INPUT', `"${basename(filePath)}" could not be read as CSV.`, { detail: message });
  }
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}
