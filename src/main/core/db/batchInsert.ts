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

  add(values: readonly Value[]): void {
    for (const v of values) this.pending.push(v);
    this.rows += 1;
    if (this.rows === this.batch) this.flushFull();
  }

  /** Writes whatever is buffered. */
  flush(): void {
    const width = this.columns.length;
    for (let r = 0; r < this.rows; r += 1) this.single.run(this.pending.slice(r * width, (r + 1) * width));
    this.pending.length = 0;
    this.rows = 0;
  }

  private flushFull(): void {
    this.full.run(this.pending);
    this.pending.length = 0;
    this.rows = 0;
  }
}
