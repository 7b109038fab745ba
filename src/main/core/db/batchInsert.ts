import type { Statement } from 'better-sqlite3';
import type { ProjectDb } from './connection';

type Value = string | number | null;

/** A column to insert, and the SQL expression its bound value goes through ('?' as it is; at most one '?', or none for a constant). */
export interface InsertColumn {
  readonly name: string;
  readonly value?: string;
}

/**
 * Buffers rows for one table and writes them with multi-row INSERT statements
 * (`batch` rows per statement, the remainder one by one): a bulk import makes
 * one call into SQLite per batch instead of one per row. Table names, column
 * names and value expressions are Loupe's own constants, never user text.
 */
export class BatchInserter {
  private readonly full: Statement;
  private readonly single: Statement;
  private readonly width: number;
  /** One full statement's values, filled in place (no array per row or per statement). */
  private readonly pending: Value[];
  private filled = 0;
  private readonly rest: Value[][] = [];

  constructor(
    db: ProjectDb,
    table: string,
    columns: readonly (string | InsertColumn)[],
    private readonly batch = 64,
    /** Appended to each statement, e.g. an ON CONFLICT clause (Loupe's own constant). */
    suffix = '',
  ) {
    const list = columns.map((c) => (typeof c === 'string' ? { name: c } : c));
    // Values bound per row: one per '?' (a column may be a constant expression).
    this.width = list.filter((c) => (c.value ?? '?').includes('?')).length;
    this.pending = new Array<Value>(this.width * batch);
    const one = `(${list.map((c) => c.value ?? '?').join(', ')})`;
    const head = `INSERT INTO ${table} (${list.map((c) => c.name).join(', ')}) VALUES `;
    this.full = db.prepare(`${head}${Array.from({ length: batch }, () => one).join(', ')} ${suffix}`);
    this.single = db.prepare(`${head}${one} ${suffix}`);
  }

  /** Buffers a row; it is written by the time `flush` returns (so the caller decides the order across tables). */
  add(values: readonly Value[]): void {
    for (const v of values) this.push(v);
  }

  /** Buffers one value of the row being built (rows end every `width` values). */
  push(value: Value): void {
    this.pending[this.filled] = value;
    this.filled += 1;
    if (this.filled === this.pending.length) {
      this.flushFull();
    }
  }

  /** Writes every buffered row. */
  flush(): void {
    for (let at = 0; at < this.filled; at += this.width) this.single.run(this.pending.slice(at, at + this.width));
    this.filled = 0;
  }

  private flushFull(): void {
    this.full.run(this.pending);
    this.filled = 0;
  }
}
