import type { ProjectDb } from './connection';

/**
 * Temporary tables and triggers by which a connection logs its own changes (made by `sql`, with
 * CREATE … IF NOT EXISTS). Made inside a transaction, they go with it if it is rolled back.
 */
export class TemporaryLog {
  private installed: boolean;

  constructor(
    private readonly db: ProjectDb,
    private readonly sql: string,
  ) {
    db.exec(sql);
    this.installed = !db.inTransaction;
  }

  /** Whether the log stands for good (made outside a transaction): else it may vanish with one, and miss changes. */
  get lasting(): boolean {
    return this.installed;
  }

  /**
   * Makes the log again if it was made inside a transaction (once outside one, it stays). True
   * when it was: changes since may not have been logged, so what was remembered is to be read again.
   */
  ensure(): boolean {
    if (this.installed) return false;
    this.db.exec(this.sql);
    this.installed = !this.db.inTransaction;
    return true;
  }
}

/**
 * Temporary triggers `<name>_inserted`, `_updated` and `_deleted` that log into `table` the
 * `column` of every code this connection inserts, updates (before and after) or deletes.
 * The names are Loupe's own constants, never user text.
 */
export function codeChangeTriggers(name: string, table: string, column: 'verbatim_id' | 'theme_id'): string {
  const log = (row: 'new' | 'old') => `INSERT OR IGNORE INTO ${table} (${column}) VALUES (${row}.${column});`;
  return `
    CREATE TEMP TRIGGER IF NOT EXISTS ${name}_inserted AFTER INSERT ON main.codes BEGIN ${log('new')} END;
    CREATE TEMP TRIGGER IF NOT EXISTS ${name}_updated AFTER UPDATE ON main.codes BEGIN ${log('old')} ${log('new')} END;
    CREATE TEMP TRIGGER IF NOT EXISTS ${name}_deleted AFTER DELETE ON main.codes BEGIN ${log('old')} END;`;
}
