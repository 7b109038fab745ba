import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import Papa from 'papaparse';
import { AppError } from '../../../shared/errors';
import type { Theme } from '../../../shared/coding';
import { splitPath } from '../db/codebookRepository';

/** One theme of a codebook file: its names from the root ("Billing", "Double charge"), description, colour and guid. */
export interface CodebookEntry {
  readonly names: readonly string[];
  readonly description?: string;
  readonly color?: string;
  readonly guid?: string;
}

const NAME_COLUMNS = ['path', 'name', 'theme', 'code'];

/**
 * Reads a codebook CSV: a header row, then one theme per row. The theme is in a column named
 * path, name, theme or code (path-style names make the tree); description and color are optional.
 */
export function readCodebookCsv(path: string): CodebookEntry[] {
  const fileName = basename(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new AppError('NOT_FOUND', `Cannot read "${path}".`, { detail: String(error) });
  }
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim().toLowerCase() });
  const problem = parsed.errors.find((e) => e.type === 'Quotes' || e.type === 'FieldMismatch');
  if (problem) {
    throw new AppError('BAD_INPUT', `"${fileName}" cannot be read at line ${(problem.row ?? 0) + 2}: ${problem.message}.`, { detail: 'Nothing was imported.' });
  }
  const fields = parsed.meta.fields ?? [];
  const nameColumn = NAME_COLUMNS.find((c) => fields.includes(c));
  if (!nameColumn) {
    throw new AppError('BAD_INPUT', `"${fileName}" has no column naming the themes.`, {
      detail: `Name one column path, name, theme or code (its columns are: ${fields.map((f) => `"${f}"`).join(', ') || 'none'}). Nothing was imported.`,
    });
  }
  const entries: CodebookEntry[] = [];
  parsed.data.forEach((row, i) => {
    const name = unescapeFormula((row[nameColumn] ?? '').trim());
    if (name === '') throw new AppError('BAD_INPUT', `"${fileName}" line ${i + 2}: the "${nameColumn}" column is empty.`, { detail: 'Nothing was imported.' });
    const color = (row.color ?? row.colour ?? '').trim();
    if (color !== '' && !/^#[0-9a-f]{6}$/i.test(color)) {
      throw new AppError('BAD_INPUT', `"${fileName}" line ${i + 2}: "${color}" is not a colour; write it as #rrggbb.`, { detail: 'Nothing was imported.' });
    }
    const description = unescapeFormula(row.description?.trim() ?? '');
    entries.push({ names: splitPath(name), ...(description ? { description } : {}), ...(color ? { color } : {}) });
  });
  if (entries.length === 0) throw new AppError('BAD_INPUT', `"${fileName}" holds no themes.`);
  return entries;
}

/** A cell Loupe's writer guarded against formula injection ("'=x") reads back as written ("=x"). */
function unescapeFormula(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/**
 * The codebook as CSV, one theme per row in tree order: path (path-style names make the tree),
 * description, color and shortcut. A cell starting with = + - @ tab or CR is prefixed with ' so a
 * spreadsheet never runs it as a formula; `readCodebookCsv` takes the prefix off again.
 */
export function writeCodebookCsv(themes: readonly Theme[]): string {
  const rows = themes.map((t) => [t.path, t.description, t.color, t.shortcut ?? '']);
  return `${Papa.unparse({ fields: ['path', 'description', 'color', 'shortcut'], data: rows }, { escapeFormulae: true, newline: '\r\n' })}\r\n`;
}
