import type { ProjectDb } from './connection';
import { prepared } from './statementCache';
import { TemporaryLog, codeChangeTriggers } from './temporaryLog';

const counters = new WeakMap<ProjectDb, ThemeCounts>();

/** The themes of the codes this connection inserts, updates or deletes. */
const THEMES_LOG = `
  CREATE TEMP TABLE IF NOT EXISTS loupe_themes_changed (theme_id INTEGER PRIMARY KEY);
  ${codeChangeTriggers('loupe_theme_codes', 'loupe_themes_changed', 'theme_id')}`;

/** Above this many changed themes since the last read, every count is read again in one pass. */
const RECOUNT_ALL_ABOVE = 16;

/**
 * How many verbatims each theme codes (an active code of the theme itself, counted once per
 * verbatim), remembered per connection and read again only for the themes whose codes changed:
 * the codebook's counts are shown after every coding action, and counting every theme's codes
 * each time costs ~17 ms at 355k codes (it grows with the codes, not with what changed).
 *
 * Temporary triggers on this connection log the themes of the codes it inserts, updates or
 * deletes; a commit by another connection (an import re-running rules, a
 * worker) is seen in `PRAGMA data_version` and every count is read again.
 */
export class ThemeCounts {
  static of(db: ProjectDb): ThemeCounts {
    let counts = counters.get(db);
    if (!counts) counters.set(db, (counts = new ThemeCounts(db)));
    return counts;
  }

  private dataVersion = -1;
  private readonly counts = new Map<number, number>();

  private readonly log: TemporaryLog;

  private constructor(private readonly db: ProjectDb) {
    this.log = new TemporaryLog(db, THEMES_LOG);
  }

  /**
   * Every theme's count (themes without active codes are absent). Inside a transaction the counts
   * are read but not remembered, and the log is kept: a rollback would undo the log's emptying
   * and leave remembered counts of changes that never happened.
   */
  read(): ReadonlyMap<number, number> {
    const inside = this.db.inTransaction;
    if (this.log.ensure()) this.dataVersion = -1;
    const dataVersion = prepared(this.db, 'PRAGMA data_version').pluck().get() as number;
    const changed = prepared(this.db, 'SELECT theme_id FROM temp.loupe_themes_changed LIMIT ?').pluck().all(RECOUNT_ALL_ABOVE + 1) as number[];
    if (changed.length > 0 && !inside) prepared(this.db, 'DELETE FROM temp.loupe_themes_changed').run();
    const counts = inside ? new Map(this.counts) : this.counts;
    if (dataVersion !== this.dataVersion || changed.length > RECOUNT_ALL_ABOVE) {
      counts.clear();
      const all = prepared(this.db, 'SELECT theme_id, count(DISTINCT verbatim_id) FROM codes WHERE active = 1 GROUP BY theme_id').raw().all() as [number, number][];
      for (const [theme, count] of all) counts.set(theme, count);
      if (!inside) this.dataVersion = dataVersion;
      return counts;
    }
    const one = prepared(this.db, 'SELECT count(DISTINCT verbatim_id) FROM codes WHERE theme_id = ? AND active = 1').pluck();
    for (const theme of changed) {
      const count = one.get(theme) as number;
      if (count > 0) counts.set(theme, count);
      else counts.delete(theme);
    }
    return counts;
  }
}
