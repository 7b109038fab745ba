/** At most this many rows above a header are looked for (a title, a subtitle, notes, an export date). */
export const MAX_PREAMBLE_ROWS = 10;

const filled = (row: readonly string[]) => row.reduce((n, field) => (field.trim() === '' ? n : n + 1), 0);

/**
 * How many rows above the header a table has: the titles and notes a spreadsheet puts over its
 * column names ("NPS export – March", "Exported 2026-03-01"), each with one filled cell at most
 * (Excel pads a title with empty cells to the table's width when it saves CSV), before the first
 * row with two or more. 0 when the table starts with such a row, or never has one (a one-column
 * table's header is its first row). Header rows with gaps (SurveyMonkey's questions over their
 * answer options) have two filled cells or more, so they are never taken for titles.
 */
export function detectPreamble(rows: readonly (readonly string[])[]): number {
  const header = rows.findIndex((row) => filled(row) >= 2);
  return header > 0 && header <= MAX_PREAMBLE_ROWS ? header : 0;
}

/** The text of rows above a header, as the import shows them (their filled cells). */
export function preambleText(rows: readonly (readonly string[])[]): string[] {
  return rows.map((row) => row.map((f) => f.trim()).filter((f) => f !== '').join(' · ')).filter((t) => t !== '');
}
