import type { GridFilter, GridRow } from '../../../shared/coding';
import type { ProjectDb } from './connection';
import { SegmentRepository } from './segmentRepository';

const GROUP_SQL: Record<NonNullable<GridFilter['group']>, string> = {
  detractor: 'r.score <= 6',
  passive: 'r.score BETWEEN 7 AND 8',
  promoter: 'r.score >= 9',
};

/**
 * The verbatim grid's rows, a page at a time (the grid never loads every row), with every filter
 * combined in SQL: full text (FTS5), NPS group, segment values, a theme, or uncoded. Values are
 * bound, never written into the SQL. A page is found by ids first, driven by the most selective
 * source (the full-text index in rowid order, else the theme's codes, else the verbatims), joining
 * the responses only when a filter needs them; its columns are then read for those ids alone.
 */
export class VerbatimGridRepository {
  constructor(private readonly db: ProjectDb) {}

  /** SELECT … AS id FROM … WHERE … of the verbatims a filter matches (`order` sorts them by id). */
  matching(filter: GridFilter): { sql: string; order: string; params: Record<string, unknown> } {
    const params: Record<string, unknown> = {};
    const conditions: string[] = [];
    let from: string;
    let id: string;
    if (filter.query) {
      // FTS5 hands its matches out in rowid order: ORDER BY rowid costs nothing.
      from = 'verbatims_fts f';
      id = 'f.rowid';
      conditions.push('verbatims_fts MATCH @query');
      params.query = filter.query;
      if (filter.themeId !== undefined) conditions.push('EXISTS (SELECT 1 FROM codes c WHERE c.verbatim_id = f.rowid AND c.theme_id = @themeId AND c.active = 1)');
    } else if (filter.themeId !== undefined) {
      from = '(SELECT DISTINCT verbatim_id AS id FROM codes WHERE theme_id = @themeId AND active = 1) t';
      id = 't.id';
    } else {
      from = 'verbatims v0';
      id = 'v0.id';
    }
    if (filter.themeId !== undefined) params.themeId = filter.themeId;
    if (filter.uncoded) conditions.push(`NOT EXISTS (SELECT 1 FROM codes c WHERE c.verbatim_id = ${id} AND c.active = 1)`);
    const segments = Object.entries(filter.segments ?? {});
    if (filter.group || segments.length > 0) {
      from += ` JOIN verbatims v ON v.id = ${id} JOIN responses r ON r.id = v.response_id`;
      if (filter.group) conditions.push(`r.excluded_reason IS NULL AND ${GROUP_SQL[filter.group]}`);
      segments.forEach(([name, value], i) => {
        // The column name is built from the segment's integer id (segmentColumn), never from user text.
        const segment = new SegmentRepository(this.db).byName(name);
        if (!segment) {
          conditions.push('0');
          return;
        }
        conditions.push(`r.${segment.column} = (SELECT id FROM segment_values WHERE segment_id = @segment${i} AND value = @segmentValue${i})`);
        params[`segment${i}`] = segment.id;
        params[`segmentValue${i}`] = value;
      });
    }
    return { sql: `SELECT ${id} AS id FROM ${from}${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''}`, order: ` ORDER BY ${id}`, params };
  }

  count(filter: GridFilter): number {
    const { sql, params } = this.matching(filter);
    return this.db.prepare(`SELECT count(*) FROM (${sql})`).pluck().get(params) as number;
  }

  page(filter: GridFilter, offset: number, limit: number): GridRow[] {
    const { sql, order, params } = this.matching(filter);
    const ids = this.db.prepare(`${sql}${order} LIMIT @limit OFFSET @offset`).pluck().all({ ...params, limit, offset }) as number[];
    if (ids.length === 0) return [];
    const idsJson = JSON.stringify(ids);
    const rows = this.db
      .prepare(
        `SELECT v.id AS verbatimId, r.respondent_id AS respondentId, v.text, r.score, r.excluded_reason AS excluded, r.responded_at AS date,
                a.sentiment, a.sentiment_label AS label
         FROM verbatims v JOIN responses r ON r.id = v.response_id LEFT JOIN verbatim_analysis a ON a.verbatim_id = v.id
         WHERE v.id IN (SELECT value FROM json_each(?)) ORDER BY v.id`,
      )
      .all(idsJson) as {
      verbatimId: number;
      respondentId: string | null;
      text: string;
      score: number | null;
      excluded: string | null;
      date: string | null;
      sentiment: number | null;
      label: 'negative' | 'neutral' | 'positive' | null;
    }[];
    const themes = new Map<number, { id: number; name: string; color: string }[]>();
    const codes = this.db
      .prepare(
        `SELECT DISTINCT c.verbatim_id AS verbatimId, t.id, t.name, t.color FROM codes c JOIN themes t ON t.id = c.theme_id
         WHERE c.active = 1 AND t.active = 1 AND c.verbatim_id IN (SELECT value FROM json_each(?)) ORDER BY t.position, t.id`,
      )
      .all(idsJson) as { verbatimId: number; id: number; name: string; color: string }[];
    for (const c of codes) themes.set(c.verbatimId, [...(themes.get(c.verbatimId) ?? []), { id: c.id, name: c.name, color: c.color }]);
    return rows.map((r) => ({
      verbatimId: r.verbatimId,
      ...(r.respondentId ? { respondentId: r.respondentId } : {}),
      text: r.text,
      ...(r.score === null ? {} : { score: r.score }),
      ...(r.score !== null && r.excluded === null ? { group: r.score >= 9 ? ('promoter' as const) : r.score >= 7 ? ('passive' as const) : ('detractor' as const) } : {}),
      ...(r.sentiment !== null && r.label ? { sentiment: { score: r.sentiment, label: r.label } } : {}),
      ...(r.date ? { date: r.date } : {}),
      themes: themes.get(r.verbatimId) ?? [],
    }));
  }
}
