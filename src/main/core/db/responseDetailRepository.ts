import { AppError } from '../../../shared/errors';
import type { CodeEvent, CodeSource, ResponseDetail } from '../../../shared/coding';
import type { ProjectDb } from './connection';
import { NoteRepository } from './noteRepository';
import { SegmentRepository } from './segmentRepository';
import { npsGroup, VerbatimGridRepository } from './verbatimGridRepository';

/** A value of fields_json as the export wrote it. */
function asText(value: unknown): string {
  return typeof value === 'string' ? value : value === null || value === undefined ? '' : JSON.stringify(value);
}

/**
 * The whole response a verbatim belongs to: its score, date, segments and other fields, every
 * verbatim with its codes (who coded what, from which source) and notes, and its coding history.
 */
export class ResponseDetailRepository {
  constructor(private readonly db: ProjectDb) {}

  ofVerbatim(verbatimId: number): ResponseDetail {
    const response = this.db
      .prepare(
        `SELECT r.id, r.respondent_id AS respondentId, r.customer_key AS customerKey, r.score, r.excluded_reason AS excluded, coalesce(r.responded_local, r.responded_at) AS date,
                r.fields_json AS fields, i.source_name AS source
         FROM verbatims v JOIN responses r ON r.id = v.response_id JOIN imports i ON i.id = r.import_id WHERE v.id = ?`,
      )
      .get(verbatimId) as
      | { id: number; respondentId: string | null; customerKey: string | null; score: number | null; excluded: string | null; date: string | null; fields: string; source: string }
      | undefined;
    if (!response) throw new AppError('NOT_FOUND', `The project has no verbatim ${verbatimId}.`, { detail: 'Its import may have been removed.' });
    const ids = this.db.prepare('SELECT id FROM verbatims WHERE response_id = ? ORDER BY id').pluck().all(response.id) as number[];
    const rows = new VerbatimGridRepository(this.db).rows(ids);
    const idsJson = JSON.stringify(ids);
    const codes = this.db
      .prepare(
        `SELECT c.id AS codeId, c.verbatim_id AS verbatimId, c.theme_id AS themeId, t.color, k.name AS coder, c.source, c.start, c.end FROM codes c
         JOIN themes t ON t.id = c.theme_id JOIN coders k ON k.id = c.coder_id
         WHERE c.active = 1 AND t.active = 1 AND c.verbatim_id IN (SELECT value FROM json_each(?)) ORDER BY c.id`,
      )
      .all(idsJson) as { codeId: number; verbatimId: number; themeId: number; color: string; coder: string; source: CodeSource; start: number | null; end: number | null }[];
    const paths = this.themePaths();
    const notes = new NoteRepository(this.db).onVerbatims(ids);
    const fields = JSON.parse(response.fields || '{}') as Record<string, unknown>;
    const group = npsGroup(response.score, response.excluded);
    return {
      responseId: response.id,
      ...(response.respondentId ? { respondentId: response.respondentId } : {}),
      ...(response.customerKey ? { customerKey: response.customerKey } : {}),
      ...(response.score === null ? {} : { score: response.score }),
      ...(group ? { group } : {}),
      ...(response.excluded ? { excluded: response.excluded } : {}),
      ...(response.date ? { date: response.date } : {}),
      source: response.source,
      segments: new SegmentRepository(this.db).valuesOf(response.id),
      fields: Object.entries(fields).map(([name, value]) => ({ name, value: asText(value) })),
      verbatims: rows.map((row) => ({
        verbatimId: row.verbatimId,
        column: row.column,
        text: row.text,
        ...(row.sentiment ? { sentiment: row.sentiment } : {}),
        keyphrases: row.keyphrases,
        codes: codes
          .filter((c) => c.verbatimId === row.verbatimId)
          .map((c) => ({
            codeId: c.codeId,
            themeId: c.themeId,
            path: paths.get(c.themeId) ?? '',
            color: c.color,
            coder: c.coder,
            source: c.source,
            ...(c.start === null ? {} : { start: c.start }),
            ...(c.end === null ? {} : { end: c.end }),
          })),
        notes: notes.filter((n) => n.verbatimId === row.verbatimId),
      })),
      history: this.history(idsJson, paths),
    };
  }

  /** Every addition and removal of a code on these verbatims, newest first, with the action that made it. */
  private history(idsJson: string, paths: Map<number, string>): CodeEvent[] {
    const events = this.db
      .prepare(
        `SELECT a.at, k.name AS coder, c.verbatim_id AS verbatimId, c.theme_id AS themeId, e.change, a.source, a.summary, a.state
         FROM codes c
         JOIN (SELECT id, added_by AS action, 'added' AS change FROM codes WHERE verbatim_id IN (SELECT value FROM json_each(@ids))
               UNION ALL
               SELECT id, removed_by, 'removed' FROM codes WHERE removed_by IS NOT NULL AND verbatim_id IN (SELECT value FROM json_each(@ids))) e ON e.id = c.id
         JOIN coding_actions a ON a.id = e.action JOIN coders k ON k.id = a.coder_id
         WHERE a.state <> 'discarded'
         ORDER BY a.id DESC, c.id DESC LIMIT 500`,
      )
      .all({ ids: idsJson }) as { at: string; coder: string; verbatimId: number; themeId: number; change: 'added' | 'removed'; source: CodeSource; summary: string; state: string }[];
    return events.map((e) => ({
      at: e.at,
      coder: e.coder,
      verbatimId: e.verbatimId,
      theme: paths.get(e.themeId) ?? '(deleted theme)',
      change: e.change,
      source: e.source,
      summary: e.summary,
      undone: e.state === 'undone',
    }));
  }

  /** Theme id → path, for every theme ever made (a deleted one keeps its last path). */
  private themePaths(): Map<number, string> {
    const themes = this.db.prepare('SELECT id, parent_id AS parentId, name FROM themes').all() as { id: number; parentId: number | null; name: string }[];
    const byId = new Map(themes.map((t) => [t.id, t]));
    const path = (id: number, seen = 0): string => {
      const t = byId.get(id);
      if (!t) return '';
      return t.parentId === null || seen > 50 ? t.name : `${path(t.parentId, seen + 1)} > ${t.name}`;
    };
    return new Map(themes.map((t) => [t.id, path(t.id)]));
  }
}
