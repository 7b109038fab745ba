import type ExcelJS from 'exceljs';
import { AppError } from '../../../../shared/errors';
import { detectPreamble, MAX_PREAMBLE_ROWS } from '../sniff/preamble';
import type { RawRecord, ReadOptions } from './tableTypes';
import { inspectZip, readZipText } from './zipSafety';

export interface XlsxOptions extends ReadOptions {
  /** A sheet name, or its 1-based position in the workbook; the first sheet when absent. */
  readonly sheet?: string | number;
}

const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return XML_ENTITIES[name.toLowerCase()] ?? '';
  });
}

/** The workbook's sheet names, in tab order (after the zip-bomb and truncation checks). */
export async function listSheets(path: string, fileName: string): Promise<string[]> {
  await inspectZip(path, fileName);
  const workbook = (await readZipText(path, 'xl/workbook.xml')) ?? '';
  return [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"/g)].map((m) => decodeXml(m[1]!));
}

/** A cell as the text an export would hold: numbers as written, dates as local ISO wall-clock time. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 19);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return String(value.error);
  if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue);
  return '';
}

/**
 * Streams the rows of one sheet of an XLSX workbook (shared strings cached,
 * rows streamed), each with its Excel row number as its line. Refuses
 * truncated files and zip bombs before inflating anything.
 */
export async function* readXlsx(path: string, options: XlsxOptions): AsyncGenerator<RawRecord> {
  const sheets = await listSheets(path, options.fileName);
  if (sheets.length === 0) throw new AppError('BAD_INPUT', `"${options.fileName}" has no sheets.`);
  const wanted = options.sheet ?? 1;
  const wantedName = typeof wanted === 'number' ? sheets[wanted - 1] : wanted;
  if (wantedName === undefined || !sheets.includes(wantedName)) {
    throw new AppError('BAD_INPUT', `"${options.fileName}" has no sheet ${typeof wanted === 'number' ? `number ${wanted}` : `named "${wanted}"`}.`, {
      detail: `Its sheets are: ${sheets.map((s) => `"${s}"`).join(', ')}.`,
    });
  }
  // Loaded on first use: most imports are text files, and exceljs takes a quarter of a second to load.
  const { default: excel } = await import('exceljs');
  const reader = new excel.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let found = false;
  try {
    for await (const worksheet of reader) {
      const ws = worksheet as unknown as AsyncIterable<ExcelJS.Row> & { name?: string };
      if (ws.name !== wantedName) {
        // Read through, not skipped: exceljs may stream a sheet from a temporary copy that it
        // deletes when asked for the next sheet, and a copy left unread stays open (or, opened
        // after the deletion, fails with an uncaught ENOENT).
        for await (const _row of ws) void _row;
        continue;
      }
      found = true;
      // The first rows wait until it is known how many of them are above the header.
      let head: RawRecord[] | undefined = [];
      const settle = (rows: RawRecord[]) => {
        const above = options.skipRows ?? detectPreamble(rows.map((r) => r.fields));
        options.onAboveHeader?.(rows.slice(0, above).map((r) => r.fields));
        head = undefined;
        return rows.slice(above);
      };
      for await (const row of ws) {
        if (options.signal?.aborted) throw new AppError('JOB_CANCELLED', 'The import was cancelled; nothing was imported.');
        const values = row.values as ExcelJS.CellValue[];
        const fields: string[] = [];
        for (let c = 1; c < values.length; c += 1) fields.push(cellText(values[c]));
        if (fields.every((f) => f === '')) continue;
        if (head) {
          head.push({ line: row.number, fields });
          if (head.length > Math.max(MAX_PREAMBLE_ROWS, options.skipRows ?? 0)) yield* settle(head);
          continue;
        }
        yield { line: row.number, fields };
      }
      if (head) yield* settle(head);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('BAD_INPUT', `"${options.fileName}" could not be read as an XLSX workbook.`, {
      detail: `${error instanceof Error ? error.message : String(error)}. Open it in Excel and save it again as .xlsx.`,
    });
  }
  if (!found) throw new AppError('BAD_INPUT', `"${options.fileName}": the sheet "${wantedName}" has no cells.`);
}
