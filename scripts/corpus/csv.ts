/** A minimal RFC 4180 writer: fields are quoted only when they must be. */

export const UTF8_BOM = '\uFEFF';

export type LineEnding = '\r\n' | '\n';

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : value;
  if (!NEEDS_QUOTES.test(text)) return text;
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvRow(fields: readonly (string | number | undefined)[], eol: LineEnding): string {
  let line = '';
  for (let i = 0; i < fields.length; i++) {
    if (i > 0) line += ',';
    line += csvField(fields[i]);
  }
  return line + eol;
}
