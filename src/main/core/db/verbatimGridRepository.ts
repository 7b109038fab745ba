import { AppError } from '../../../shared/errors';
import type { GridFilter, GridRow, GridSort, NpsGroup, SegmentValues, TextSpan } from '../../../shared/coding';
import { GridMembership } from './gridMembership';
import { needsResponses, responseConditions } from './gridResponseConditions';
import { CodebookRepository } from './codebookRepository';
import type { ProjectDb } from './connection';
import { SegmentRepository } from './segmentRepository';
import { expandPrefixes } from './prefixExpansion';
import { prepared } from './statementCache';
import { untilChanged, type ChangeMemo } from './untilChanged';

/** A grid row as the rows query reads it: its fixed columns, then one value id per segment (from FIRST_SEGMENT). */
type RawRow = [
  verbatimId: number,
  responseId: number,
  column: string,
  respondentId: string | null,
  text: string,
  score: number | null,
  excluded: string | null,
  date: string | null,
  sentiment: number | null,
  label: 'negative' | 'neutral' | 'positive' | null,
  themeIds: string | null,
  ...segmentValueIds: (number | null)[],
];
const FIRST_SEGMENT = 11;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function npsGroup(score: number | null | undefined, excluded: string | null | undefined): NpsGroup | undefined {
  if (score === null || score === undefined || (excluded !== null && excluded !== undefined)) return undefined;
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

/** The themes a filter names, each with the themes under it (a code on a child counts for its parent). */
function themeSets(db: ProjectDb, filter: GridFilter): number[][] {
  const ids = [...(filter.themeId !== undefined ? [filter.themeId] : []), ...(filter.themeIds ?? [])];
  const subtrees = untilChanged(db).map<number, number[]>('theme subtrees');
  return [...new Set(ids)].map((id) => {
    let subtree = subtrees.get(id);
    if (!subtree) subtrees.set(id, (subtree = new CodebookRepository(db).subtree(id)));
    return subtree;
  });
}

/**
 * The verbatim grid's rows, a page at a time (the grid never loads every row), with every filter
 * combined in SQL: full text (FTS5), NPS group, score range, segment values, themes (any / all /
 * none, or uncoded), sentiment, date range, coder and suggested theme. Values are bound, never written into the SQL.
 * A page is found by ids first, driven by the most selective source (the full-text index in rowid
 * order, else the theme's codes, else the verbatims), joining the responses only when a filter
 * needs them; its columns are then read for those ids alone.
 */
export class VerbatimGridRepository {
  constructor(private readonly db: ProjectDb) {}

  /** SELECT … AS id FROM … WHERE … of the verbatims a filter matches (`order` sorts them by id). */
  matching(filter: GridFilter): { sql: string; order: string; params: Record<string, unknown> } {
    const params: Record<string, unknown> = {};
    const conditions: string[] = [];
    const sets = themeSets(this.db, filter);
    const mode = filter.themeMode ?? 'any';
    sets.forEach((set, i) => (params[`themes${i}`] = JSON.stringify(set)));
    const anyOf = sets.length > 0 && mode === 'any' ? JSON.stringify([...new Set(sets.flat())]) : undefined;
    if (anyOf) params.anyThemes = anyOf;
    let from: string;
    let id: string;
    if (filter.query) {
      // FTS5 hands its matches out in rowid order: ORDER BY rowid costs nothing.
      from = 'verbatims_fts f';
      id = 'f.rowid';
      conditions.push('verbatims_fts MATCH @query');
      params.query = expandPrefixes(this.db, filter.query);
    } else if (anyOf) {
      from = '(SELECT DISTINCT verbatim_id AS id FROM codes WHERE active = 1 AND theme_id IN (SELECT value FROM json_each(@anyThemes))) t';
      id = 't.id';
    } else {
      from = 'verbatims v0';
      id = 'v0.id';
    }
    const coded = (themes: string) => `EXISTS (SELECT 1 FROM codes c WHERE c.verbatim_id = ${id} AND c.active = 1 AND c.theme_id IN (SELECT value FROM json_each(${themes})))`;
    if (anyOf && filter.query) conditions.push(coded('@anyThemes'));
    if (mode === 'all') sets.forEach((_, i) => conditions.push(coded(`@themes${i}`)));
    if (mode === 'none') sets.forEach((_, i) => conditions.push(`NOT ${coded(`@themes${i}`)}`));
    if (filter.uncoded) conditions.push(`NOT EXISTS (SELECT 1 FROM codes c WHERE c.verbatim_id = ${id} AND c.active = 1)`);
    if (filter.coder) {
      conditions.push(`EXISTS (SELECT 1 FROM codes c JOIN coders k ON k.id = c.coder_id WHERE c.verbatim_id = ${id} AND c.active = 1 AND k.name = @coder)`);
      params.coder = filter.coder;
    }
    if (filter.suggestion) {
      conditions.push(`${id} IN (SELECT verbatim_id FROM suggestion_members WHERE suggestion_id = @suggestion)`);
      params.suggestion = filter.suggestion;
    }
    if (filter.model !== undefined) {
      conditions.push(`${id} IN (SELECT verbatim_id FROM classifier_suggestions WHERE theme_id = @model)`);
      params.model = filter.model;
    }
    if (filter.sentiment) {
      conditions.push(`(SELECT sentiment_label FROM verbatim_analysis WHERE verbatim_id = ${id}) = @sentiment`);
      params.sentiment = filter.sentiment;
    }
    if (needsResponses(filter)) {
      from += ` JOIN verbatims v ON v.id = ${id} JOIN responses r ON r.id = v.response_id`;
      conditions.push(...responseConditions(this.db, filter, params));
    }
    return { sql: `SELECT ${id} AS id FROM ${from}${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''}`, order: ` ORDER BY ${id}`, params };
  }

  count(filter: GridFilter): number {
    const membership = GridMembership.answering(this.db, filter);
    if (membership) {
      const sets = themeSets(this.db, filter);
      return filter.query ? membership.searchCount({ ...filter, query: filter.query }, sets) : membership.matching(filter, sets).count();
    }
    // Every block of the grid asks for its count again: it is read once while nothing changes.
    const { sql, params } = this.matching(filter);
    const counts = untilChanged(this.db).map<string, number>('grid counts');
    const key = `${sql}\n${JSON.stringify(params)}`;
    let count = counts.get(key);
    if (count === undefined) {
      count = prepared(this.db, `SELECT count(*) FROM (${sql})`).pluck().get(params) as number;
      if (counts.size >= 16) counts.clear();
      counts.set(key, count);
    }
    return count;
  }

  /** Every segment with its values, sorted (segments are low-cardinality by definition: the dictionary is small). */
  segments(): SegmentValues[] {
    const values = this.db.prepare('SELECT value FROM segment_values WHERE segment_id = ? ORDER BY value COLLATE NOCASE').pluck();
    return new SegmentRepository(this.db).list().map((s) => ({ name: s.name, values: values.all(s.id) as string[] }));
  }

  page(filter: GridFilter, offset: number, limit: number, sort?: GridSort): GridRow[] {
    // The filters other than the full text come from in-memory sets of verbatim ids (GridMembership).
    const membership = sort ? undefined : GridMembership.answering(this.db, filter);
    if (membership) {
      const sets = themeSets(this.db, filter);
      return this.rows(filter.query ? membership.searchPage({ ...filter, query: filter.query }, sets, offset, limit) : membership.matching(filter, sets).slice(offset, limit));
    }
    const { sql, order, params } = this.matching(filter);
    const ids = sort
      ? (this.db.prepare(this.sorted(sql, sort)).pluck().all({ ...params, limit, offset }) as number[])
      : (this.db.prepare(`${sql}${order} LIMIT @limit OFFSET @offset`).pluck().all({ ...params, limit, offset }) as number[]);
    const rows = this.rows(ids);
    if (!sort) return rows;
    const byId = new Map(rows.map((r) => [r.verbatimId, r]));
    return ids.map((id) => byId.get(id)!).filter(Boolean);
  }

  /**
   * The matching ids ordered by a column (blanks last, then by verbatim). Sorting reads every
   * matching row, so it costs more than the default order on a large unfiltered project.
   */
  private sorted(sql: string, sort: GridSort): string {
    const direction = sort.direction === 'desc' ? 'DESC' : 'ASC';
    let key: string;
    if (sort.column === 'score' || sort.column === 'group') key = 'r.score';
    else if (sort.column === 'date') key = 'coalesce(r.responded_local, r.responded_at)';
    else if (sort.column === 'respondentId') key = 'r.respondent_id';
    else if (sort.column === 'sentiment') key = '(SELECT sentiment FROM verbatim_analysis WHERE verbatim_id = v.id)';
    else if (sort.column.startsWith('segment:')) {
      const segment = new SegmentRepository(this.db).byName(sort.column.slice('segment:'.length));
      if (!segment) throw new AppError('BAD_INPUT', `The project has no segment “${sort.column.slice('segment:'.length)}” to sort by.`);
      // The column name is built from the segment's integer id (segmentColumn), never from user text.
      key = `(SELECT value FROM segment_values WHERE id = r.${segment.column})`;
    } else throw new AppError('BAD_INPUT', `The grid cannot sort by “${sort.column}”.`, { detail: 'Sort by score, date, respondent, sentiment or a segment.' });
    return `SELECT v.id FROM (${sql}) m JOIN verbatims v ON v.id = m.id JOIN responses r ON r.id = v.response_id
            ORDER BY ${key} IS NULL, ${key} ${direction}, v.id LIMIT @limit OFFSET @offset`;
  }

  /** The grid's columns for these verbatims, in id order (raw rows and prepared statements: this is every page's cost). */
  rows(ids: readonly number[]): GridRow[] {
    if (ids.length === 0) return [];
    const idsJson = JSON.stringify(ids);
    const memo = untilChanged(this.db);
    const segments = memo.value('segments', () => new SegmentRepository(this.db).list());
    const segmentColumns = segments.map((s) => `, r.${s.column}`).join('');
    const rows = prepared(
      this.db,
      `SELECT v.id, v.response_id, v.column_name, r.respondent_id, v.text, r.score, r.excluded_reason, coalesce(r.responded_local, r.responded_at),
              a.sentiment, a.sentiment_label, (SELECT group_concat(c.theme_id) FROM codes c WHERE c.verbatim_id = v.id AND c.active = 1)${segmentColumns}
       FROM verbatims v JOIN responses r ON r.id = v.response_id LEFT JOIN verbatim_analysis a ON a.verbatim_id = v.id
       WHERE v.id IN (SELECT value FROM json_each(?)) ORDER BY v.id`,
    )
      .raw()
      .all(idsJson) as RawRow[];
    const themesOf = this.themeChips(memo);
    const keyphrases = this.grouped<TextSpan>(
      `SELECT p.verbatim_id, p.start, p.end, k.label FROM verbatim_keyphrases p JOIN keyphrases k ON k.id = p.keyphrase_id
       WHERE p.verbatim_id IN (SELECT value FROM json_each(?)) ORDER BY p.verbatim_id, p.start`,
      idsJson,
      (r) => ({ start: r[1] as number, end: r[2] as number, label: r[3] as string }),
    );
    const valueOf = this.segmentValueNames(memo.map('segment values'), rows, FIRST_SEGMENT, segments.length);
    // Notes are few: how many each verbatim has is read once for the table while nothing changes.
    const notesOf = memo.value('note counts', () => new Map(prepared(this.db, 'SELECT verbatim_id, count(*) FROM notes WHERE verbatim_id IS NOT NULL GROUP BY verbatim_id').raw().all() as [number, number][]));
    return rows.map((r) => {
      const [verbatimId, responseId, column, respondentId, text, score, excluded, date, sentiment, label, themeIds] = r;
      const notes = notesOf.get(verbatimId) ?? 0;
      const segmentValues: Record<string, string> = {};
      for (let i = 0; i < segments.length; i += 1) {
        const id = r[FIRST_SEGMENT + i];
        if (typeof id === 'number') segmentValues[segments[i]!.name] = valueOf.get(id) ?? '';
      }
      const row: Mutable<GridRow> = { verbatimId, responseId, column, text, themes: themesOf(themeIds), keyphrases: keyphrases.get(verbatimId) ?? [], segments: segmentValues, notes };
      if (respondentId) row.respondentId = respondentId;
      if (score !== null) row.score = score;
      const group = npsGroup(score, excluded);
      if (group) row.group = group;
      if (sentiment !== null && label) row.sentiment = { score: sentiment, label };
      if (date) row.date = date;
      return row;
    });
  }

  /**
   * The theme chips of rows holding their active codes' theme ids ("3,7,3"): each theme once, in
   * codebook order, themes deleted since left out.
   */
  private themeChips(memo: ChangeMemo): (ids: string | null) => GridRow['themes'] {
    const { chips, rank } = memo.value('theme chips', () => {
      const themes = prepared(this.db, 'SELECT id, name, color FROM themes WHERE active = 1 ORDER BY position, id').all() as { id: number; name: string; color: string }[];
      return { chips: themes, rank: new Map(themes.map((t, i) => [t.id, i])) };
    });
    return (ids) => {
      if (!ids) return [];
      const ranks = [...new Set(ids.split(',').map((id) => rank.get(Number(id))))].filter((i): i is number => i !== undefined);
      return ranks.sort((a, b) => a - b).map((i) => chips[i]!);
    };
  }

  /** Rows of a raw query keyed by their first column (a verbatim id), each made into an item. */
  private grouped<T>(sql: string, idsJson: string, item: (row: unknown[]) => T): Map<number, T[]> {
    const out = new Map<number, T[]>();
    for (const row of prepared(this.db, sql).raw().all(idsJson) as unknown[][]) {
      const verbatimId = row[0] as number;
      let list = out.get(verbatimId);
      if (!list) out.set(verbatimId, (list = []));
      list.push(item(row));
    }
    return out;
  }

  /** The value names of the segment value ids these rows hold (in `count` columns from `first`): `names`, the memo's, completed with those it lacked. */
  private segmentValueNames(names: Map<number, string>, rows: readonly unknown[][], first: number, count: number): Map<number, string> {
    if (names.size > 10_000) names.clear();
    const missing = new Set<number>();
    for (const row of rows) for (let i = first; i < first + count; i += 1) if (typeof row[i] === 'number' && !names.has(row[i] as number)) missing.add(row[i] as number);
    if (missing.size === 0) return names;
    const found = prepared(this.db, 'SELECT id, value FROM segment_values WHERE id IN (SELECT value FROM json_each(?))').raw().all(JSON.stringify([...missing])) as [number, string][];
    for (const [id, value] of found) names.set(id, value);
    return names;
  }
}
