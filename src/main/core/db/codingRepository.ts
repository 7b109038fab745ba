import { AppError } from '../../../shared/errors';
import type { CodeResult, CodeSource, GridFilter } from '../../../shared/coding';
import { VerbatimGridRepository } from './verbatimGridRepository';
import { CodingLog } from './codingLog';
import type { ProjectDb } from './connection';

/**
 * Which verbatims an action codes: some by id, every match of a full-text (FTS5) query or of a
 * regular expression (optionally only among one import's verbatims), or every row a grid filter shows.
 */
export type VerbatimSelection =
  | { readonly ids: readonly number[] }
  | { readonly query: string; readonly importId?: number }
  | { readonly regex: string; readonly importId?: number }
  | { readonly suggestion: string }
  | { readonly model: number }
  | { readonly filter: GridFilter };

const IN_IMPORT = 'IN (SELECT v.id FROM verbatims v JOIN responses r ON r.id = v.response_id WHERE r.import_id = @importId)';

/** A regular expression a rule may use, or a clear error (JavaScript syntax; matched case-insensitively). */
export function checkRegex(pattern: string): string {
  try {
    new RegExp(pattern, 'iu');
  } catch (error) {
    throw new AppError('BAD_INPUT', `The regular expression cannot be read: ${error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error)}.`, {
      detail: 'Write it in JavaScript syntax, e.g. \\b(refund|money back)\\b; it is matched without regard to case.',
    });
  }
  return pattern;
}

function selectionSql(db: ProjectDb, selection: VerbatimSelection): { sql: string; params: Record<string, unknown> } {
  if ('ids' in selection) return { sql: 'SELECT value AS id FROM json_each(@ids)', params: { ids: JSON.stringify(selection.ids) } };
  if ('filter' in selection) return new VerbatimGridRepository(db).matching(selection.filter);
  if ('model' in selection) return { sql: 'SELECT verbatim_id AS id FROM classifier_suggestions WHERE theme_id = @model', params: { model: selection.model } };
  if ('suggestion' in selection) return { sql: 'SELECT verbatim_id AS id FROM suggestion_members WHERE suggestion_id = @suggestion', params: { suggestion: selection.suggestion } };
  const scope = selection.importId === undefined ? {} : { importId: selection.importId };
  if ('query' in selection) {
    return {
      sql: `SELECT rowid AS id FROM verbatims_fts WHERE verbatims_fts MATCH @query${selection.importId === undefined ? '' : ` AND rowid ${IN_IMPORT}`}`,
      params: { query: selection.query, ...scope },
    };
  }
  return {
    sql: `SELECT v.id FROM verbatims v WHERE v.text REGEXP @regex${selection.importId === undefined ? '' : ` AND v.id ${IN_IMPORT}`}`,
    params: { regex: checkRegex(selection.regex), ...scope },
  };
}

/**
 * Codes on verbatims: apply and remove a theme (manual, rule, suggestion or model), each as an
 * action of the coding log. Manual decisions win: a rule, suggestion or model never codes a
 * verbatim that a coder removed the theme from by hand. A manual code is the coder's own decision:
 * a second coder applying the same theme adds theirs beside the first (double-coding), while an
 * automatic source codes a verbatim once.
 */
export class CodingRepository {
  private readonly log: CodingLog;

  constructor(private readonly db: ProjectDb) {
    this.log = new CodingLog(db);
  }

  /** How many verbatims a selection holds (shown before a bulk action is confirmed). */
  count(selection: VerbatimSelection): number {
    if ('filter' in selection) return this.fts(() => new VerbatimGridRepository(this.db).count(selection.filter));
    const { sql, params } = selectionSql(this.db, selection);
    return this.fts(() => this.db.prepare(`SELECT count(*) FROM (${sql})`).pluck().get(params) as number);
  }

  /** The first verbatims of a selection (in id order), with their text. */
  sample(selection: VerbatimSelection, limit: number): { verbatimId: number; text: string }[] {
    const { sql, params } = selectionSql(this.db, selection);
    return this.fts(
      () =>
        this.db
          .prepare(`SELECT v.id AS verbatimId, v.text FROM verbatims v WHERE v.id IN (SELECT id FROM (${sql}) ORDER BY id LIMIT @sampleLimit) ORDER BY v.id`)
          .all({ ...params, sampleLimit: limit }) as { verbatimId: number; text: string }[],
    );
  }

  /** Applies a theme to the selected verbatims (whole verbatims) as one action. */
  apply(coder: string, themeId: number, selection: VerbatimSelection, source: CodeSource = 'manual', summary?: string, ruleId?: number): CodeResult {
    const theme = this.theme(themeId);
    return this.db.transaction(() => {
      const { sql, params } = selectionSql(this.db, selection);
      const matching = this.fts(() => this.db.prepare(`SELECT count(*) FROM (${sql})`).pluck().get(params) as number);
      const coderId = this.log.coderId(coder);
      const actionId = this.log.begin(coder, 'code.apply', source, summary ?? `Apply “${theme.name}” to ${matching.toLocaleString('en')} verbatim${matching === 1 ? '' : 's'}`);
      // A manual removal of this theme from a verbatim stands against every automatic source.
      const manualVeto =
        source === 'manual'
          ? ''
          : `AND NOT EXISTS (SELECT 1 FROM codes r JOIN coding_actions a ON a.id = r.removed_by
                             WHERE r.verbatim_id = s.id AND r.theme_id = @theme AND a.source = 'manual' AND a.state = 'done' AND r.active = 0)`;
      const coded = this.db
        .prepare(
          `INSERT INTO codes (verbatim_id, theme_id, coder_id, source, rule_id, added_by)
           SELECT DISTINCT s.id, @theme, @coder, @source, @rule, @action FROM (${sql}) s JOIN verbatims v ON v.id = s.id
           WHERE NOT EXISTS (SELECT 1 FROM codes c WHERE c.verbatim_id = s.id AND c.theme_id = @theme AND c.active = 1 AND c.start IS NULL
                             ${source === 'manual' ? 'AND c.coder_id = @coder' : ''})
           ${manualVeto}`,
        )
        .run({ ...params, theme: themeId, coder: coderId, source, rule: ruleId ?? null, action: actionId }).changes;
      if (coded === 0) this.db.prepare("UPDATE coding_actions SET state = 'discarded' WHERE id = ?").run(actionId);
      return { theme: theme.name, coded, alreadyCoded: matching - coded, ...(coded > 0 ? { actionId } : {}) };
    })();
  }

  /**
   * Removes a theme from the selected verbatims as one action: every coder's whole-verbatim code,
   * or only the coder's own (`onlyOwn`, in blind double-coding).
   */
  remove(coder: string, themeId: number, selection: VerbatimSelection, onlyOwn = false): { removed: number; actionId?: number } {
    const theme = this.theme(themeId);
    return this.db.transaction(() => {
      const { sql, params } = selectionSql(this.db, selection);
      const actionId = this.log.begin(coder, 'code.remove', 'manual', `Remove “${theme.name}”`);
      const removed = this.fts(
        () =>
          this.db
            .prepare(
              `UPDATE codes SET active = 0, removed_by = @action WHERE active = 1 AND theme_id = @theme AND start IS NULL AND verbatim_id IN (${sql})
               ${onlyOwn ? 'AND coder_id = @coder' : ''}`,
            )
            .run({ ...params, theme: themeId, action: actionId, ...(onlyOwn ? { coder: this.log.coderId(coder) } : {}) }).changes,
      );
      if (removed === 0) this.db.prepare("UPDATE coding_actions SET state = 'discarded' WHERE id = ?").run(actionId);
      return { removed, ...(removed > 0 ? { actionId } : {}) };
    })();
  }

  /**
   * Codes a span of a verbatim (an excerpt: character offsets [start, end) into its text, as
   * JavaScript counts them) with a theme, as one action; the same span twice is one code.
   */
  applyExcerpt(coder: string, themeId: number, verbatimId: number, start: number, end: number): { codeId: number; actionId?: number } {
    const theme = this.theme(themeId);
    const text = this.db.prepare('SELECT text FROM verbatims WHERE id = ?').pluck().get(verbatimId) as string | undefined;
    if (text === undefined) throw new AppError('NOT_FOUND', `The project has no verbatim ${verbatimId}.`);
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
      throw new AppError('BAD_INPUT', `The excerpt ${start}–${end} is not within the verbatim (it has ${text.length} characters).`, { detail: 'Select some words of the verbatim, then code them.' });
    }
    return this.db.transaction(() => {
      const coderId = this.log.coderId(coder);
      const existing = this.db
        .prepare('SELECT id FROM codes WHERE verbatim_id = ? AND theme_id = ? AND coder_id = ? AND start = ? AND end = ? AND active = 1')
        .pluck()
        .get(verbatimId, themeId, coderId, start, end) as number | undefined;
      if (existing !== undefined) return { codeId: existing };
      const quote = text.slice(start, end).replace(/\s+/g, ' ');
      const actionId = this.log.begin(coder, 'code.excerpt', 'manual', `Code “${quote.length > 40 ? `${quote.slice(0, 40)}…` : quote}” as “${theme.name}”`);
      const codeId = Number(
        this.db
          .prepare("INSERT INTO codes (verbatim_id, theme_id, coder_id, source, start, end, added_by) VALUES (?, ?, ?, 'manual', ?, ?, ?)")
          .run(verbatimId, themeId, coderId, start, end, actionId).lastInsertRowid,
      );
      return { codeId, actionId };
    })();
  }

  /** Removes one code (an excerpt, or a whole-verbatim code) as one action. */
  removeCode(coder: string, codeId: number): { removed: number; actionId?: number } {
    const code = this.db.prepare('SELECT c.theme_id AS themeId, t.name FROM codes c JOIN themes t ON t.id = c.theme_id WHERE c.id = ? AND c.active = 1').get(codeId) as
      | { themeId: number; name: string }
      | undefined;
    if (!code) throw new AppError('NOT_FOUND', `The project has no code ${codeId}.`, { detail: 'It may have been removed already.' });
    return this.db.transaction(() => {
      const actionId = this.log.begin(coder, 'code.remove', 'manual', `Remove a code of “${code.name}”`);
      this.db.prepare('UPDATE codes SET active = 0, removed_by = ? WHERE id = ?').run(actionId, codeId);
      return { removed: 1, actionId };
    })();
  }

  /** The active themes of a verbatim. */
  themesOf(verbatimId: number): { themeId: number; source: CodeSource; coder: string }[] {
    return this.db
      .prepare(
        `SELECT c.theme_id AS themeId, c.source, k.name AS coder FROM codes c JOIN coders k ON k.id = c.coder_id
         WHERE c.verbatim_id = ? AND c.active = 1 ORDER BY c.id`,
      )
      .all(verbatimId) as { themeId: number; source: CodeSource; coder: string }[];
  }

  /** Everyone who has coded in the project, by name. */
  coders(): string[] {
    return this.db.prepare('SELECT name FROM coders ORDER BY name COLLATE NOCASE').pluck().all() as string[];
  }

  undo() {
    return this.log.undo();
  }

  redo() {
    return this.log.redo();
  }

  history(limit?: number) {
    return this.log.history(limit);
  }

  private theme(id: number): { name: string } {
    const theme = this.db.prepare('SELECT name FROM themes WHERE id = ? AND active = 1').get(id) as { name: string } | undefined;
    if (!theme) throw new AppError('NOT_FOUND', `The codebook has no theme ${id}.`);
    return theme;
  }

  /** Runs queries that may hold a full-text expression, turning FTS5's syntax errors into a clear message. */
  searching<T>(run: () => T): T {
    return this.fts(run);
  }

  /** Runs a statement that may hold a full-text query, turning FTS5's syntax errors into a clear message. */
  private fts<T>(run: () => T): T {
    try {
      return run();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/fts5|syntax error|no such column|unterminated string/i.test(message)) {
        throw new AppError('BAD_INPUT', `The search cannot be read: ${message.replace(/^fts5: /, '')}.`, {
          detail: 'Write words, "quoted phrases", prefix* and AND / OR / NOT between them.',
        });
      }
      throw error;
    }
  }
}
