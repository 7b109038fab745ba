/** One record of a table as read from the file, before any header interpretation. */
export interface RawRecord {
  /** 1-based line where the record starts (a quoted comment may span several lines). */
  readonly line: number;
  readonly fields: readonly string[];
}

/** A row that could not be read, with where it starts and why. */
export interface RowIssue {
  readonly line: number;
  /** 1-based column (field) number, when known. */
  readonly column?: number;
  readonly message: string;
}

export interface ReadOptions {
  readonly fileName: string;
  /** Skip unreadable rows (reporting each through onSkip) instead of failing the whole file. */
  readonly skipBadRows?: boolean;
  readonly onSkip?: (issue: RowIssue) => void;
  readonly signal?: AbortSignal;
  /**
   * Rows above the header (titles, notes) to leave out, unchecked: the table starts after them.
   * The XLSX reader detects them when this is absent (detectPreamble); text is told before reading.
   */
  readonly skipRows?: number;
  /** Told the rows left out above the header (none: an empty list), before the first record. */
  readonly onAboveHeader?: (rows: readonly (readonly string[])[]) => void;
}
