import type { GridFilter } from '../../../shared/coding';
import { IdBitset } from '../analysis/idBitset';
import type { ProjectDb } from './connection';
import { prepared } from './statementCache';
import { needsResponses, responseConditions, responseFilter } from './gridResponseConditions';
import { MemberTextIndex } from './memberTextIndex';
import { expandPrefixes } from './prefixExpansion';
import { TemporaryLog, codeChangeTriggers } from './temporaryLog';

/** A set that depends on the codes: verbatims with an active code of these themes, with any code, or with a code by this coder. */
type CodesSet = { readonly kind: 'themes'; readonly themes: ReadonlySet<number> } | { readonly kind: 'coded' } | { readonly kind: 'coder'; readonly name: string };

interface CachedCodesSet {
  readonly spec: CodesSet;
  readonly set: IdBitset;
}

/** How many sets of each kind stay in memory (a million verbatims: 125 kB each). */
const KEEP = 16;

/**
 * A full-text match that is a member: `@members` holds a byte per verbatim id from id 1 (its
 * byte n is verbatim n: `substr` counts from 1), tested in SQLite itself, which costs a fraction
 * of calling a JavaScript function for each match.
 */
const SEARCH = "verbatims_fts MATCH @query AND substr(@members, rowid, 1) = x'01'";

/** A full-text match among a few members, checked one by one (`@ids`: a JSON array). */
const AMONG_FEW = 'verbatims_fts MATCH @query AND rowid IN (SELECT value FROM json_each(@ids))';

/** The changes that move the responses counter (trigger name, event, table: Loupe's own constants). */
const RESPONSE_CHANGES = [
  ['loupe_responses_updated', 'UPDATE', 'responses'],
  ['loupe_responses_deleted', 'DELETE', 'responses'],
  ['loupe_verbatims_inserted', 'INSERT', 'verbatims'],
  ['loupe_verbatims_deleted', 'DELETE', 'verbatims'],
  ['loupe_verbatims_updated', 'UPDATE', 'verbatims'],
] as const;

/** The verbatims whose codes this connection changed, and a counter its response and verbatim changes move. */
const CHANGES_LOG = `
  CREATE TEMP TABLE IF NOT EXISTS loupe_codes_changed (verbatim_id INTEGER PRIMARY KEY);
  CREATE TEMP TABLE IF NOT EXISTS loupe_responses_version (n INTEGER NOT NULL);
  INSERT INTO loupe_responses_version (n) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM loupe_responses_version);
  ${codeChangeTriggers('loupe_codes', 'loupe_codes_changed', 'verbatim_id')}
  ${RESPONSE_CHANGES.map(
    ([name, event, table]) => `CREATE TEMP TRIGGER IF NOT EXISTS ${name} AFTER ${event} ON main.${table} BEGIN UPDATE loupe_responses_version SET n = n + 1; END;`,
  ).join('\n')}`;

/** A filter's members (its parts other than the full text), with what was worked out from them. */
interface Combined {
  /** The filter, whatever the generation of its sets. */
  readonly spec: string;
  /** Never changed once made (see matching). */
  readonly set: IdBitset;
  count?: number;
  bytes?: Buffer;
}

const memberships = new WeakMap<ProjectDb, GridMembership>();

/**
 * The verbatim grid's filters other than the full text, as in-memory sets of verbatim ids, so a
 * filtered page is one pass over the full-text index's matches (or over the set itself) instead
 * of a lookup in the codes and responses tables for every match.
 *
 * The sets stay true to the file: temporary triggers on this connection log which verbatims'
 * codes changed (each set is patched for those alone) and bump a counter when responses or
 * verbatims change; a commit by another connection (an import or analysis worker) is seen in
 * `PRAGMA data_version` and drops every set. One per connection.
 */
export class GridMembership {
  /** More changed verbatims than this since the last page: the codes sets are read again rather than patched. */
  static patchLimit = 20_000;
  /** At most this many members: a full-text page or count looks each one up instead of scanning every match. */
  static fewMembers = 16;
  /**
   * Members that are at most this share of the verbatims, their texts at most `ownIndexMaxText`
   * characters in all (estimated from the project's average), are searched in an index of their
   * own (MemberTextIndex): the sparser the members, the more matches a scan reads per member
   * found, and the smaller their own index (indexing takes ~45 ms a million characters on the
   * 2-core development VM: the budget keeps a filter's first search near 0.1 s). Denser members
   * are found by the scan within a few hundred matches.
   */
  static ownIndexShare = 0.05;
  static ownIndexMaxText = 2_500_000;

  static of(db: ProjectDb): GridMembership {
    let membership = memberships.get(db);
    if (!membership) memberships.set(db, (membership = new GridMembership(db)));
    return membership;
  }

  /**
   * The connection's sets, when they answer this filter: it has a part they hold (handles) and
   * the connection is not inside a transaction that changed codes, responses or verbatims since
   * they were read (what they would remember of it would outlive a rollback, which takes back the
   * log they follow). Undefined: the plain SQL answers.
   */
  static answering(db: ProjectDb, filter: GridFilter): GridMembership | undefined {
    if (!GridMembership.handles(filter)) return undefined;
    const membership = GridMembership.of(db);
    return !db.inTransaction || membership.unchanged() ? membership : undefined;
  }

  /** Filters this class answers: those with a theme, coder, uncoded or response part and nothing it does not hold. */
  static handles(filter: GridFilter): boolean {
    if (filter.sentiment || filter.suggestion || filter.model !== undefined) return false;
    return filter.themeId !== undefined || (filter.themeIds?.length ?? 0) > 0 || Boolean(filter.uncoded || filter.coder) || needsResponses(filter);
  }

  private dataVersion = -1;
  private responsesVersion = -1;
  /** The highest verbatim id when the sets were read: every set has room for it. */
  private size?: number;
  /** The verbatims' average length in characters, from a sample (read again when the verbatims change). */
  private averageTextLength?: number;
  /** Every verbatim (read only for a filter that only excludes). */
  private universe?: IdBitset;
  private readonly codesSets = new Map<string, CachedCodesSet>();
  private readonly responseSets = new Map<string, IdBitset>();
  /** The last filters' sets, each with its bytes once a full-text page asked for them. */
  private readonly combined = new Map<string, Combined>();
  /** Bumped whenever a set changes: a combined set of an older generation is stale. */
  private generation = 0;

  private readonly log: TemporaryLog;
  private readonly ownIndex: MemberTextIndex;

  private constructor(private readonly db: ProjectDb) {
    this.log = new TemporaryLog(db, CHANGES_LOG);
    this.ownIndex = new MemberTextIndex(db);
  }

  /**
   * The verbatims matching the filter's parts other than the full text (`themeSets`: each named
   * theme with the themes under it). Read it, never change it: a set is remembered for its filter
   * until a change makes a new one (MemberTextIndex tells the two apart by identity).
   */
  matching(filter: GridFilter, themeSets: readonly (readonly number[])[]): IdBitset {
    return this.combination(filter, themeSets).set;
  }

  /** Up to `limit` ids of the filter's verbatims matching its full-text query, in id order, after `offset` of them. */
  searchPage(filter: GridFilter & { query: string }, themeSets: readonly (readonly number[])[], offset: number, limit: number): number[] {
    const { from, where, params } = this.search(filter, themeSets);
    return prepared(this.db, `SELECT rowid FROM ${from} WHERE ${where} ORDER BY rowid LIMIT @limit OFFSET @offset`).pluck().all({ ...params, limit, offset }) as number[];
  }

  /** How many of the filter's verbatims match its full-text query. */
  searchCount(filter: GridFilter & { query: string }, themeSets: readonly (readonly number[])[]): number {
    const { from, where, params } = this.search(filter, themeSets);
    return prepared(this.db, `SELECT count(*) FROM ${from} WHERE ${where}`).pluck().get(params) as number;
  }

  /**
   * The full-text search among the filter's members: for a few, each looked up in the project's
   * index (FTS5 sets the query up again for each, 35–115 µs, where a broad query scans 100k matches
   * in ~9 ms to find them); for sparse ones, their own index (MemberTextIndex); else every match
   * of the project's index tested against the members' bytes.
   */
  private search(filter: GridFilter & { query: string }, themeSets: readonly (readonly number[])[]): { from: string; where: string; params: Record<string, unknown> } {
    const combined = this.combination(filter, themeSets);
    const query = expandPrefixes(this.db, filter.query);
    const count = (combined.count ??= combined.set.count());
    if (count <= GridMembership.fewMembers) return { from: 'verbatims_fts', where: AMONG_FEW, params: { query, ids: JSON.stringify(combined.set.slice(0, count)) } };
    if (count <= GridMembership.ownIndexShare * combined.set.size && count * this.averageLength() <= GridMembership.ownIndexMaxText) {
      const table = this.ownIndex.holding(combined.spec, combined.set, count);
      if (table) return { from: `temp.${table}`, where: `${table} MATCH @query`, params: { query } };
    }
    // IdBitset.toBytes has a byte for id 0 too: the view from id 1 (no copy) saves an addition per match.
    return { from: 'verbatims_fts', where: SEARCH, params: { query, members: (combined.bytes ??= combined.set.toBytes().subarray(1)) } };
  }

  /** The intersection of the filter's sets, remembered for the filter while no set changes. */
  private combination(filter: GridFilter, themeSets: readonly (readonly number[])[]): Combined {
    this.refresh();
    const { query: _query, ...rest } = filter;
    const spec = `${JSON.stringify(rest)}:${JSON.stringify(themeSets)}`;
    const key = `${this.generation}:${spec}`;
    const known = this.combined.get(key);
    if (known) return known;
    this.size ??= this.maxId();
    const include: IdBitset[] = [];
    const exclude: IdBitset[] = [];
    const mode = filter.themeMode ?? 'any';
    if (themeSets.length > 0 && mode === 'any') include.push(this.codesSet({ kind: 'themes', themes: new Set(themeSets.flat()) }));
    if (mode === 'all') for (const set of themeSets) include.push(this.codesSet({ kind: 'themes', themes: new Set(set) }));
    if (mode === 'none') for (const set of themeSets) exclude.push(this.codesSet({ kind: 'themes', themes: new Set(set) }));
    if (filter.uncoded) exclude.push(this.codesSet({ kind: 'coded' }));
    if (filter.coder) include.push(this.codesSet({ kind: 'coder', name: filter.coder }));
    if (needsResponses(filter)) include.push(this.responsesSet(filter));
    // The first set a verbatim must be in stands for "every verbatim" unless there is none.
    const [base, ...others] = include.length > 0 ? include : [(this.universe ??= this.readSet('SELECT id FROM verbatims', {}, this.size))];
    const combined: Combined = { spec, set: base!.intersect(others, exclude) };
    if (this.combined.size >= 4) this.combined.clear();
    this.combined.set(key, combined);
    return combined;
  }

  /** Whether nothing the sets follow has changed since they were read (the log made for good, no code change in it, same versions). */
  private unchanged(): boolean {
    if (!this.log.lasting) return false;
    const { dataVersion, responsesVersion } = this.versions();
    return dataVersion === this.dataVersion && responsesVersion === this.responsesVersion && prepared(this.db, 'SELECT 1 FROM temp.loupe_codes_changed LIMIT 1').get() === undefined;
  }

  /** The file's version (moved by other connections' commits) and the counter of this connection's response and verbatim changes. */
  private versions(): { dataVersion: number; responsesVersion: number } {
    return {
      dataVersion: prepared(this.db, 'PRAGMA data_version').pluck().get() as number,
      responsesVersion: prepared(this.db, 'SELECT n FROM temp.loupe_responses_version').pluck().get() as number,
    };
  }

  /** Drops or patches the sets for whatever changed since they were read. */
  private refresh(): void {
    if (this.log.ensure()) this.dataVersion = -1;
    const { dataVersion, responsesVersion } = this.versions();
    // Beyond the patch limit the ids are not needed: the sets are read again.
    const changed = prepared(this.db, 'SELECT verbatim_id FROM temp.loupe_codes_changed LIMIT ?').pluck().all(GridMembership.patchLimit + 1) as number[];
    if (changed.length > 0) this.db.prepare('DELETE FROM temp.loupe_codes_changed').run();
    if (dataVersion !== this.dataVersion || responsesVersion !== this.responsesVersion) {
      this.dataVersion = dataVersion;
      this.responsesVersion = responsesVersion;
      this.size = undefined;
      this.universe = undefined;
      this.averageTextLength = undefined;
      this.codesSets.clear();
      this.responseSets.clear();
      this.ownIndex.forget();
      this.generation += 1;
      return;
    }
    if (changed.length === 0 || this.codesSets.size === 0) return;
    this.generation += 1;
    if (changed.length > GridMembership.patchLimit) this.codesSets.clear();
    else this.patch(changed);
  }

  /** Sets each cached codes set's membership of the changed verbatims from their active codes now. */
  private patch(changed: readonly number[]): void {
    const rows = this.db
      .prepare(
        `SELECT c.verbatim_id AS id, c.theme_id AS theme, k.name AS coder FROM codes c JOIN coders k ON k.id = c.coder_id
         WHERE c.active = 1 AND c.verbatim_id IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(changed)) as { id: number; theme: number; coder: string }[];
    const codes = new Map<number, { theme: number; coder: string }[]>();
    for (const row of rows) {
      let list = codes.get(row.id);
      if (!list) codes.set(row.id, (list = []));
      list.push(row);
    }
    for (const { spec, set } of this.codesSets.values()) {
      for (const id of changed) {
        const own = codes.get(id) ?? [];
        set.set(id, spec.kind === 'coded' ? own.length > 0 : spec.kind === 'themes' ? own.some((c) => spec.themes.has(c.theme)) : own.some((c) => c.coder === spec.name));
      }
    }
  }

  private codesSet(spec: CodesSet): IdBitset {
    const key = spec.kind === 'themes' ? `themes:${[...spec.themes].sort((a, b) => a - b).join(',')}` : spec.kind === 'coder' ? `coder:${spec.name}` : 'coded';
    const cached = this.codesSets.get(key);
    if (cached) return cached.set;
    const size = this.size!;
    let set: IdBitset;
    if (spec.kind === 'themes') {
      set = this.readSet('SELECT DISTINCT verbatim_id FROM codes WHERE active = 1 AND theme_id IN (SELECT value FROM json_each(@themes))', { themes: JSON.stringify([...spec.themes]) }, size);
    } else if (spec.kind === 'coder') {
      set = this.readSet('SELECT DISTINCT c.verbatim_id FROM codes c JOIN coders k ON k.id = c.coder_id WHERE c.active = 1 AND k.name = @name', { name: spec.name }, size);
    } else {
      set = this.readSet('SELECT DISTINCT verbatim_id FROM codes WHERE active = 1', {}, size);
    }
    remember(this.codesSets, key, { spec, set });
    return set;
  }

  private responsesSet(filter: GridFilter): IdBitset {
    const key = JSON.stringify(responseFilter(filter));
    const cached = this.responseSets.get(key);
    if (cached) return cached;
    const params: Record<string, unknown> = {};
    const where = responseConditions(this.db, filter, params).join(' AND ');
    const set = this.readSet(`SELECT v.id FROM verbatims v JOIN responses r ON r.id = v.response_id WHERE ${where}`, params, this.size!);
    remember(this.responseSets, key, set);
    return set;
  }

  /** The average length of up to 512 verbatims spread evenly over the ids. */
  private averageLength(): number {
    if (this.averageTextLength === undefined) {
      const size = this.size ?? this.maxId();
      const ids = Array.from({ length: Math.min(512, size) }, (_, i) => 1 + Math.floor((i * size) / Math.min(512, size)));
      this.averageTextLength = (prepared(this.db, 'SELECT coalesce(avg(length(text)), 0) FROM verbatims WHERE id IN (SELECT value FROM json_each(?))').pluck().get(JSON.stringify(ids)) as number) ?? 0;
    }
    return this.averageTextLength;
  }

  private maxId(): number {
    return (this.db.prepare('SELECT max(id) FROM verbatims').pluck().get() as number | null) ?? 0;
  }

  private readSet(sql: string, params: Record<string, unknown>, size: number): IdBitset {
    const set = new IdBitset(size);
    // An id beyond the size was committed by another connection since: the next refresh sees it and reads again.
    for (const id of this.db.prepare(sql).pluck().all(params) as number[]) if (id <= size) set.add(id);
    return set;
  }
}

/** Keeps a value under its key, forgetting the oldest beyond KEEP. */
function remember<T>(map: Map<string, T>, key: string, value: T): void {
  if (map.size >= KEEP) map.delete(map.keys().next().value as string);
  map.set(key, value);
}
