import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createProjectDatabase } from '../../../../src/main/core/db/connection';
import { inspectImport } from '../../../../src/main/core/ingest/inspectImport';
import { runImport } from '../../../../src/main/core/ingest/runImport';
import { detectPreamble } from '../../../../src/main/core/ingest/sniff/preamble';
import type { ImportOptions } from '../../../../src/shared/imports';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();

const TABLE = ['Response ID,Score,Comment,Region', 'R1,9,Great support,EMEA', 'R2,3,"Slow refund, twice",APAC', 'R3,6,Okay,EMEA'];

/** TABLE's three responses as imported, the first on `line`. */
const rowsFrom = (line: number) => [
  { line, id: 'R1', score: 9 },
  { line: line + 1, id: 'R2', score: 3 },
  { line: line + 2, id: 'R3', score: 6 },
];

function file(name: string, content: string | Buffer): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

/** What the preview says is above the header, and the columns it found. */
async function previewOf(options: ImportOptions) {
  const { preview } = await inspectImport(options, () => undefined);
  return { aboveHeader: preview.aboveHeader, columns: preview.columns.map((c) => c.name) };
}

/** The preview and the import of a file: what is left out above the header, and the rows imported with their lines. */
async function imported(options: ImportOptions) {
  const preview = await previewOf(options);
  const db = await createProjectDatabase(join(tempDir(), 'p.loupe'));
  try {
    const result = await runImport(db, options);
    // The import's result (kept for its summary) lists what the preview showed.
    expect(result.aboveHeader ?? []).toEqual(preview.aboveHeader);
    const rows = db.prepare('SELECT source_row AS line, respondent_id AS id, score FROM responses ORDER BY source_row').all();
    return { ...preview, imported: result.imported, rows };
  } finally {
    db.close();
  }
}

describe('rows above the header (a title, notes)', () => {
  it('are the rows with at most one filled cell before the first with two or more', () => {
    expect(detectPreamble([['Report'], ['a', 'b'], ['1', '2']])).toBe(1);
    expect(detectPreamble([['NPS export', '', '', ''], ['', '', '', ''], ['Exported 2026-03-01', '', '', ''], ['a', 'b', 'c', 'd']])).toBe(3);
    expect(detectPreamble([['a', 'b'], ['1', '2']])).toBe(0);
    // SurveyMonkey's questions over their answer options: gaps, but more than one filled cell.
    expect(detectPreamble([['Respondent ID', '', 'How likely…', '', '', 'Why?'], ['', '', 'Response', '', '', 'Open-Ended Response'], ['1', '', '9', '', '', 'ok']])).toBe(0);
    // A one-column table, and a table of nothing but titles: its first row is its header.
    expect(detectPreamble([['Comment'], ['great'], ['slow']])).toBe(0);
    expect(detectPreamble([['Title'], ['Subtitle']])).toBe(0);
    // More than ten such rows is not a title block.
    expect(detectPreamble([...Array.from({ length: 11 }, () => ['note']), ['a', 'b']])).toBe(0);
  });

  it('are left out of a CSV, whether a title stands alone or Excel padded it to the table width', async () => {
    const alone = await imported({ path: file('title.csv', ['NPS export – March 2026', '', ...TABLE].join('\n')) });
    expect(alone).toEqual({
      aboveHeader: ['NPS export – March 2026'],
      columns: ['Response ID', 'Score', 'Comment', 'Region'],
      imported: 3,
      rows: rowsFrom(4),
    });
    const padded = await imported({ path: file('padded.csv', ['NPS export,,,', ',,,', 'Exported on 2026-03-01,,,', ...TABLE].join('\r\n')) });
    expect(padded.aboveHeader).toEqual(['NPS export', 'Exported on 2026-03-01']);
    expect(padded.columns).toEqual(['Response ID', 'Score', 'Comment', 'Region']);
    expect(padded.rows).toEqual(rowsFrom(5));
    // A file without them starts at its first row.
    expect((await imported({ path: file('plain.csv', TABLE.join('\n')) })).aboveHeader).toEqual([]);
  });

  it('are left out of an XLSX sheet, with the sheet’s row numbers kept', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Responses');
    ws.getCell('A1').value = 'Customer NPS — Q1';
    ws.getCell('A3').value = 'Source: survey tool';
    for (const [i, line] of TABLE.entries()) ws.getRow(5 + i).values = line.replace('"Slow refund, twice"', 'Slow refund').split(',').map((v, c) => (c === 1 && i > 0 ? Number(v) : v));
    const path = join(tempDir(), 'titled.xlsx');
    await wb.xlsx.writeFile(path);
    const result = await imported({ path });
    expect(result.aboveHeader).toEqual(['Customer NPS — Q1', 'Source: survey tool']);
    expect(result.columns).toEqual(['Response ID', 'Score', 'Comment', 'Region']);
    expect(result.rows).toEqual(rowsFrom(6));
    // Told how many, the reader leaves out that many, detected or not.
    expect(await previewOf({ path, skipRows: 1 })).toEqual({ aboveHeader: ['Customer NPS — Q1'], columns: ['Source: survey tool'] });
  });

  it('can be set: none makes a titled CSV fail with a hint at the setting, more leaves out more', async () => {
    const path = file('title.csv', ['NPS export', ...TABLE].join('\n'));
    await expect(inspectImport({ path, skipRows: 0 }, () => undefined)).rejects.toThrow(
      /"title\.csv" cannot be read at line 2: this row has 4 fields where the header has 1 \(comma-separated\)\. If the file has a title or notes above its column names, set how many rows are above the header\./,
    );
    expect(await previewOf({ path, skipRows: 2 })).toEqual({ aboveHeader: ['NPS export', 'Response ID · Score · Comment · Region'], columns: ['R1', '9', 'Great support', 'EMEA'] });
  });
});
