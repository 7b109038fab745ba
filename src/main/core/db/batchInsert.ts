import type { Statement } from 'better-sqlite3';
import type { ProjectDb } from './connection';

type Value = string | number | null;

/**
 * Buffers rows for one table and writes them with multi-row INSERT statements
 * (`batch` rows per statement, the remainder one by one): a bulk import makes
 * one call into SQLite per batch instead of one per row. Table and column
 * names are Loupe's own constants, never user text.
 */
export class BatchInserter {
  private readonly full: Statement;
  private readonly single: Statement;
  private readonly pending: Value[] = [];
  private rows = 0;

  constructor(
    db: ProjectDb,
    table: string,
    private readonly columns: readonly string[],
    private readonly batch = 64,
  ) {
    const one = `(${columns.map(() => '?').join(', ')})`;
    const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
    this.full = db.prepare(head + Array.from({ length: batch }, () => one).join(', '));
    this.single = db.prepare(head + one);
  }

  /** Buffers a row; nothing is written until `flush` (so the caller decides the order across tables). */
  add(values: readonly Value[]): void {
    for (const v of values) this.pending.push(v);
    this.rows += 1;
  }

  /** Buffers one value of the row being built; `endRow` closes it (no array per row on hot paths). */
  push(value: Value): void {
    this.pending.push(value);
  }

  endRow(): void {
    this.rows += 1;
  }

  get buffered(): number {
    return this.rows;
  }

  /** Writes every buffered row: full batches first, the remainder one by one. */
  flush(): void {
    const width = this.columns.length;
    const fullRows = this.rows - (this.rows % this.batch);
    for (let r = 0; r < fullRows; r += this.batch) this.full.run(this.pending.slice(r * width, (r + this.batch) * width));
    for (let r = fullRows; r < this.rows; r += 1) this.single.run(this.pending.slice(r * width, (r + 1) * width));
    this.pending.length = 0;
    this.rows = 0;
  }
}
