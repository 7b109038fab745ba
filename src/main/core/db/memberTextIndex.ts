import type { IdBitset } from '../analysis/idBitset';
import type { ProjectDb } from './connection';
import { indexedThrough } from './fullTextIndex';
import { prepared } from './statementCache';

/** The index's table, in this connection's temporary schema: a contentless FTS5 table whose rowids are verbatim ids. */
export const MEMBER_INDEX = 'loupe_member_fts';

/**
 * Changing one member costs about as much as indexing twenty from scratch (~50 µs against ~3 µs
 * a member, at 1M responses): past that the index is made again rather than patched.
 */
const PATCH_COST = 20;

/**
 * A small full-text index of one grid filter's verbatims (its members), tokenized as the
 * project's index is, so a search among them reads their postings alone. Scanning the project's
 * index instead tests every match against the members: with a theme and a region holding 1.6% of
 * a million verbatims, a page of `easy` reads ~10k of its 26k matches to find 100 members (and a
 * count reads them all), where this index holds 253 postings of it.
 *
 * It holds the members of the last filter asked for, as far as the project's index goes (verbatims
 * not indexed yet are not found either way); a later call for the same filter adds and removes the
 * members that changed since, another filter's members replace them. Never written inside a
 * transaction (a rollback would take the writes back): there it answers only when already current.
 * One per connection (GridMembership's).
 */
export class MemberTextIndex {
  /**
   * What the table holds: the filter `key`'s `members`, as far as `through`. GridMembership never
   * changes a filter's set once made (a changed filter is a new set), so it is kept as it is.
   */
  private held?: { readonly key: string; members: IdBitset; readonly through: number };
  private created = false;

  constructor(private readonly db: ProjectDb) {}

  /** Forgets what the index holds (a text may have changed): the next call indexes its members again. */
  forget(): void {
    this.held = undefined;
  }

  /**
   * The table to search for the members of the filter `key` (`count` of them), brought up to
   * date first; undefined inside a transaction when it is not current already.
   */
  holding(key: string, members: IdBitset, count: number): string | undefined {
    const through = indexedThrough(this.db);
    const held = this.held;
    if (held && held.key === key && held.through === through && held.members.size === members.size) {
      if (held.members === members) return MEMBER_INDEX;
      const added = members.minus(held.members);
      const removed = held.members.minus(members);
      if (added.length + removed.length === 0) {
        held.members = members;
        return MEMBER_INDEX;
      }
      if (this.db.inTransaction) return undefined;
      if ((added.length + removed.length) * PATCH_COST < count) {
        this.db.transaction(() => {
          this.remove(removed, through);
          this.add(added, through);
        })();
        held.members = members;
        return MEMBER_INDEX;
      }
    }
    if (this.db.inTransaction) return undefined;
    this.held = undefined;
    this.create();
    this.db.transaction(() => {
      this.db.prepare(`INSERT INTO temp.${MEMBER_INDEX} (${MEMBER_INDEX}) VALUES ('delete-all')`).run();
      this.add(members.slice(0, count), through);
    })();
    this.held = { key, members, through };
    return MEMBER_INDEX;
  }

  private add(ids: readonly number[], through: number): void {
    if (ids.length === 0) return;
    prepared(this.db, `INSERT INTO temp.${MEMBER_INDEX} (rowid, text) SELECT id, text FROM verbatims WHERE id IN (SELECT value FROM json_each(?)) AND id <= ?`).run(
      JSON.stringify(ids),
      through,
    );
  }

  private remove(ids: readonly number[], through: number): void {
    const indexed = ids.filter((id) => id <= through);
    if (indexed.length === 0) return;
    prepared(this.db, `DELETE FROM temp.${MEMBER_INDEX} WHERE rowid IN (SELECT value FROM json_each(?))`).run(JSON.stringify(indexed));
  }

  /** The table, with the project index's tokenizer (read from its definition: Loupe's own schema, quoted as it was). */
  private create(): void {
    if (this.created) return;
    const definition = (this.db.prepare("SELECT sql FROM sqlite_master WHERE name = 'verbatims_fts'").pluck().get() as string | undefined) ?? '';
    const tokenize = /tokenize\s*=\s*'([^']*)'/i.exec(definition)?.[1];
    this.db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.${MEMBER_INDEX} USING fts5(text, content = '', contentless_delete = 1${tokenize ? `, tokenize = '${tokenize}'` : ''})`);
    this.created = true;
  }
}
