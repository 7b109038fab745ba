import type { PlatformId } from '../../../../shared/imports';

export type { PlatformId };

/** One column of an export, as its header rows describe it. */
export interface ColumnHeader {
  readonly index: number;
  /** The unique name Loupe uses for the column (the export's first header row, de-duplicated). */
  readonly name: string;
  /** A second header row's text (question wording, "Open-Ended Response"...), when the export has one. */
  readonly label?: string;
  /** Qualtrics' ImportId from the third header row. */
  readonly importId?: string;
  /** The time zone an export declares for this column's dates. */
  readonly timeZone?: string;
}

/** Why a row is not a real response; counted in the import result. */
export type RowExclusion = 'preview' | 'test' | 'spam';

export interface DetectedLayout {
  readonly platform: PlatformId;
  readonly headerRows: number;
  readonly columns: readonly ColumnHeader[];
}

/** Reads a data row by column name. */
export type RowValues = (column: string) => string | undefined;

/** What Loupe knows about one survey tool's export. */
export interface PlatformProfile {
  readonly id: PlatformId;
  readonly name: string;
  /** The layout, when the first records look like this tool's export. */
  detect(head: readonly (readonly string[])[]): DetectedLayout | undefined;
  /** Why a data row is not a real response (a survey preview, a test, spam), if it is not. */
  exclusion?(row: RowValues): RowExclusion | undefined;
  /** Helper and metadata columns that are neither segments nor verbatims. */
  isHelperColumn?(column: ColumnHeader): boolean;
  /** Columns this tool always names the same way, by role. */
  knownColumns?(columns: readonly ColumnHeader[]): KnownColumns;
}

export interface KnownColumns {
  readonly respondentId?: string;
  readonly date?: string;
  /** Where a row's date is read when the date column is empty in it (a response never submitted), in order. */
  readonly dateFallbacks?: readonly string[];
  readonly email?: string;
  readonly score?: string;
  readonly verbatims?: readonly string[];
  readonly customerKey?: string;
}

/** Names from one header row, trimmed, with repeats and blanks made unique ("Q1", "Q1 (2)", "Column 7"). */
export function uniqueNames(row: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return row.map((raw, i) => {
    const base = raw.trim() === '' ? `Column ${i + 1}` : raw.trim();
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

/** Columns from the first header row, with an optional second (label) row. */
export function columnsFrom(names: readonly string[], labels?: readonly string[]): ColumnHeader[] {
  return uniqueNames(names).map((name, index) => {
    const label = labels?.[index]?.trim();
    return label ? { index, name, label } : { index, name };
  });
}

export const lower = (text: string | undefined): string => (text ?? '').trim().toLowerCase();
