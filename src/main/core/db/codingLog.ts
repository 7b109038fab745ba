import { AppError } from '../../../shared/errors';
import type { CodeSource, CodingAction } from '../../../shared/coding';
import type { ProjectDb } from './connection';

/** A change to one theme's fields, as [theme id, values before, values after]. */
export type ThemeChange = [number, Record<string, string | number | null>, Record<string, string | number | null>];

/** Theme fields an action may change (column names: Loupe's own constants). */
const THEME_FIELDS = new Set(['name', 'description', 'color', 'shortcut', 'parent_id', 'position', 'active']);

/**
 * The coding log: every change to codes and themes is an action; undo and redo walk the actions
 * newest first, each a few set-based updates (rows carry the action that added or removed them).
 * Callers hold a transaction around an action and what it changes.
 */
export class CodingLog {
  constructor(private readonly db: ProjectDb) {}

  /** The coder's id, made on first use. */
  coderId(name: string): number {
    this.db.prepare('INSERT INTO coders (name) VALUES (?) ON CONFLICT (name) DO NOTHING').run(name);
    return this.db.prepare('SELECT id FROM coders WHERE name = ?').pluck().get(name) as number;
  }

  /** Starts an action (discarding whatever could have been redone). Returns its id. */
  begin(coder: string, kind: string, source: CodeSource, summary: string, at = new Date().toISOString()): number {
    const coderId = this.coderId(coder);
    this.db.prepare("UPDATE coding_actions SET state = 'discarded' WHERE state = 'undone'").run();
    return Number(
      this.db.prepare('INSERT INTO coding_actions (at, coder_id, kind, source, summary) VALUES (?, ?, ?, ?, ?)').run(at, coderId, kind, source, summary).lastInsertRowid,
    );
  }

  /** Records theme changes made by `actionId` (applied by the caller), for undo and redo. */
  recordThemeChanges(actionId: number, changes: readonly ThemeChange[]): void {
    if (changes.length === 0) return;
    const before = JSON.parse(this.db.prepare('SELECT changes_json FROM coding_actions WHERE id = ?').pluck().get(actionId) as string) as ThemeChange[];
    this.db.prepare('UPDATE coding_actions SET changes_json = ? WHERE id = ?').run(JSON.stringify([...before, ...changes]), actionId);
  }

  /** Sets a theme's fields (names checked against THEME_FIELDS, values bound). */
  setThemeFields(themeId: number, fields: Record<string, string | number | null>): void {
    const names = Object.keys(fields);
    if (names.length === 0) return;
    for (const name of names) if (!THEME_FIELDS.has(name)) throw new Error(`not a theme field: ${name}`);
    this.db.prepare(`UPDATE themes SET ${names.map((n) => `${n} = @${n}`).join(', ')} WHERE id = @id`).run({ ...fields, id: themeId });
  }

  /** Undoes the newest action still done; returns it, or undefined when there is none. */
  undo(): CodingAction | undefined {
    const action = this.latest('done', 'DESC');
    if (!action) return undefined;
    this.db.transaction(() => {
      this.db.prepare('UPDATE codes SET active = 0 WHERE added_by = ?').run(action.id);
      this.db.prepare('UPDATE codes SET active = 1 WHERE removed_by = ?').run(action.id);
      this.db.prepare('UPDATE themes SET active = 0 WHERE created_by = ?').run(action.id);
      for (const [themeId, before] of [...this.changes(action.id)].reverse()) this.setThemeFields(themeId, before);
      this.db.prepare("UPDATE coding_actions SET state = 'undone' WHERE id = ?").run(action.id);
    })();
    return { ...action, state: 'undone' };
  }

  /** Redoes the oldest undone action; returns it, or undefined when there is none. */
  redo(): CodingAction | undefined {
    const action = this.latest('undone', 'ASC');
    if (!action) return undefined;
    this.db.transaction(() => {
      this.db.prepare('UPDATE codes SET active = 1 WHERE added_by = ?').run(action.id);
      this.db.prepare('UPDATE codes SET active = 0 WHERE removed_by = ?').run(action.id);
      this.db.prepare('UPDATE themes SET active = 1 WHERE created_by = ?').run(action.id);
      for (const [themeId, , after] of this.changes(action.id)) this.setThemeFields(themeId, after);
      this.db.prepare("UPDATE coding_actions SET state = 'done' WHERE id = ?").run(action.id);
    })();
    return { ...action, state: 'done' };
  }

  /** The newest actions, newest first. */
  history(limit = 100): CodingAction[] {
    return this.db
      .prepare(
        `SELECT a.id, a.at, c.name AS coder, a.kind, a.source, a.summary, a.state FROM coding_actions a JOIN coders c ON c.id = a.coder_id
         ORDER BY a.id DESC LIMIT ?`,
      )
      .all(limit) as CodingAction[];
  }

  private latest(state: 'done' | 'undone', order: 'ASC' | 'DESC'): CodingAction | undefined {
    return this.db
      .prepare(
        `SELECT a.id, a.at, c.name AS coder, a.kind, a.source, a.summary, a.state FROM coding_actions a JOIN coders c ON c.id = a.coder_id
         WHERE a.state = ? ORDER BY a.id ${order === 'ASC' ? 'ASC' : 'DESC'} LIMIT 1`,
      )
      .get(state) as CodingAction | undefined;
  }

  private changes(actionId: number): ThemeChange[] {
    const json = this.db.prepare('SELECT changes_json FROM coding_actions WHERE id = ?').pluck().get(actionId) as string | undefined;
    if (json === undefined) throw new AppError('NOT_FOUND', `The coding log has no action ${actionId}.`);
    return JSON.parse(json) as ThemeChange[];
  }
}
