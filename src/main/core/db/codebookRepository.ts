import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { themeShortcutProblem, type Theme } from '../../../shared/coding';
import { CodingLog, type ThemeChange } from './codingLog';
import type { ProjectDb } from './connection';
import { ThemeCounts } from './themeCounts';

/** Colours given to new themes in turn (readable on light and dark backgrounds). */
export const THEME_COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f'] as const;

export const PATH_SEPARATOR = ' > ';

/** The names of a path-style theme name, root first ("Billing > Double charge"). */
export function splitPath(path: string): string[] {
  return path
    .split('>')
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

interface ThemeRow {
  id: number;
  parent_id: number | null;
  name: string;
  description: string;
  color: string;
  shortcut: string | null;
  guid: string;
  position: number;
}

export interface NewTheme {
  readonly name: string;
  readonly parentId?: number;
  readonly description?: string;
  readonly color?: string;
  readonly shortcut?: string;
  readonly guid?: string;
}

const checkName = (name: string) => {
  const trimmed = name.trim();
  if (trimmed === '') throw new AppError('BAD_INPUT', 'A theme needs a name.');
  if (trimmed.includes('>')) throw new AppError('BAD_INPUT', `A theme's name cannot contain ">": it separates a parent from its child ("Billing > Double charge").`);
  if (trimmed.length > 200) throw new AppError('BAD_INPUT', 'A theme name is at most 200 characters.');
  return trimmed;
};

/**
 * The codebook: a tree of themes. Every change is an action of the coding log (so undoable);
 * themes are never deleted, only made inactive with their codes.
 */
export class CodebookRepository {
  private readonly log: CodingLog;

  constructor(private readonly db: ProjectDb) {
    this.log = new CodingLog(db);
  }

  /** Every active theme, parents before children, siblings in order, with paths and counts. */
  list(): Theme[] {
    const rows = this.db
      .prepare(
        `SELECT t.id, t.parent_id, t.name, t.description, t.color, t.shortcut, t.guid, t.position
         FROM themes t WHERE t.active = 1 ORDER BY t.position, t.id`,
      )
      .all() as ThemeRow[];
    const counts = ThemeCounts.of(this.db).read();
    const byParent = new Map<number | null, ThemeRow[]>();
    for (const r of rows) byParent.set(r.parent_id, [...(byParent.get(r.parent_id) ?? []), r]);
    const out: Theme[] = [];
    const walk = (parent: number | null, prefix: string) => {
      for (const r of byParent.get(parent) ?? []) {
        const path = prefix ? `${prefix}${PATH_SEPARATOR}${r.name}` : r.name;
        out.push({
          id: r.id,
          name: r.name,
          path,
          ...(r.parent_id === null ? {} : { parentId: r.parent_id }),
          description: r.description,
          color: r.color,
          ...(r.shortcut ? { shortcut: r.shortcut } : {}),
          guid: r.guid,
          count: counts.get(r.id) ?? 0,
        });
        walk(r.id, path);
      }
    };
    walk(null, '');
    return out;
  }

  get(id: number): Theme {
    const theme = this.list().find((t) => t.id === id);
    if (!theme) throw new AppError('NOT_FOUND', `The codebook has no theme ${id}.`);
    return theme;
  }

  /** The active theme at a path ("Billing > Double charge") or with that name alone, if any. */
  findByPath(path: string): Theme | undefined {
    const wanted = splitPath(path).join(PATH_SEPARATOR).toLowerCase();
    const themes = this.list();
    return themes.find((t) => t.path.toLowerCase() === wanted) ?? (wanted.includes(PATH_SEPARATOR) ? undefined : themes.find((t) => t.name.toLowerCase() === wanted));
  }

  /** Creates a theme as its own action. */
  create(coder: string, theme: NewTheme): Theme {
    return this.db.transaction(() => {
      const actionId = this.log.begin(coder, 'theme.create', 'manual', `Create theme “${theme.name.trim()}”`);
      return this.get(this.insert(actionId, theme));
    })();
  }

  /**
   * Creates every theme of the entries (names from the root: ["Billing", "Double charge"] makes
   * "Billing" too) that the codebook lacks, as one action; returns how many were created.
   */
  importPaths(coder: string, entries: readonly { names: readonly string[]; description?: string; color?: string; guid?: string }[], summary: string): number {
    return this.db.transaction(() => {
      const actionId = this.log.begin(coder, 'codebook.import', 'manual', summary);
      let created = 0;
      for (const entry of entries) {
        let parentId: number | undefined;
        const parts = entry.names;
        parts.forEach((name, i) => {
          const last = i === parts.length - 1;
          const existing = this.db
            .prepare('SELECT id FROM themes WHERE active = 1 AND name = ? COLLATE NOCASE AND parent_id IS ?')
            .pluck()
            .get(name, parentId ?? null) as number | undefined;
          if (existing !== undefined) {
            parentId = existing;
            return;
          }
          parentId = this.insert(actionId, {
            name,
            ...(parentId === undefined ? {} : { parentId }),
            ...(last && entry.description ? { description: entry.description } : {}),
            ...(last && entry.color ? { color: entry.color } : {}),
            ...(last && entry.guid ? { guid: entry.guid } : {}),
          });
          created += 1;
        });
      }
      return created;
    })();
  }

  rename(coder: string, id: number, name: string): Theme {
    return this.update(coder, id, { name });
  }

  /** Sets description, colour or shortcut. */
  edit(coder: string, id: number, fields: { description?: string; color?: string; shortcut?: string | null }): Theme {
    return this.update(coder, id, fields);
  }

  /** Changes a theme's name, description, colour or shortcut (null clears it) as one action; unchanged fields are left out of it. */
  update(coder: string, id: number, fields: { name?: string; description?: string; color?: string; shortcut?: string | null }): Theme {
    const theme = this.get(id);
    const before: Record<string, string | null> = {};
    const after: Record<string, string | null> = {};
    const set = (field: string, was: string | null, next: string | null) => {
      if (was === next) return;
      before[field] = was;
      after[field] = next;
    };
    if (fields.name !== undefined) {
      const next = checkName(fields.name);
      this.assertFree(next, theme.parentId, id);
      set('name', theme.name, next);
    }
    if (fields.description !== undefined) set('description', theme.description, fields.description);
    if (fields.color !== undefined) {
      if (!/^#[0-9a-f]{6}$/i.test(fields.color)) throw new AppError('BAD_INPUT', `"${fields.color}" is not a colour; write it as #rrggbb.`);
      set('color', theme.color, fields.color);
    }
    if (fields.shortcut !== undefined) {
      const key = fields.shortcut === null ? null : fields.shortcut.toLowerCase();
      if (key !== null) this.assertShortcutFree(key, id);
      set('shortcut', theme.shortcut ?? null, key);
    }
    if (Object.keys(after).length === 0) return theme;
    const summary = after.name !== undefined && Object.keys(after).length === 1 ? `Rename theme “${theme.name}” to “${after.name}”` : `Edit theme “${theme.name}”`;
    return this.change(coder, after.name !== undefined && Object.keys(after).length === 1 ? 'theme.rename' : 'theme.edit', summary, [[id, before, after]]);
  }

  /** Moves a theme under another (or to the top level); never under itself or its descendants. */
  move(coder: string, id: number, parentId: number | undefined): Theme {
    const theme = this.get(id);
    if (parentId !== undefined) {
      const target = this.get(parentId);
      if (target.id === id || target.path.startsWith(`${theme.path}${PATH_SEPARATOR}`)) {
        throw new AppError('BAD_INPUT', `“${theme.path}” cannot move under itself or one of its children.`);
      }
    }
    this.assertFree(theme.name, parentId, id);
    const position = this.nextPosition(parentId);
    return this.change(coder, 'theme.move', `Move theme “${theme.name}”`, [
      [id, { parent_id: theme.parentId ?? null, position: this.position(id) }, { parent_id: parentId ?? null, position }],
    ]);
  }

  /** How many verbatims lose a code if the theme (and its children) is deleted. */
  deletionImpact(id: number): { themes: number; codes: number } {
    const ids = this.subtree(id);
    const codes = this.db.prepare(`SELECT count(*) FROM codes WHERE active = 1 AND theme_id IN (SELECT value FROM json_each(?))`).pluck().get(JSON.stringify(ids)) as number;
    return { themes: ids.length, codes };
  }

  /** Deletes a theme and its children, with their codes, as one undoable action. */
  delete(coder: string, id: number): { themes: number; codes: number; actionId: number } {
    const theme = this.get(id);
    return this.db.transaction(() => {
      const ids = this.subtree(id);
      const actionId = this.log.begin(coder, 'theme.delete', 'manual', `Delete theme “${theme.path}”`);
      const codes = this.db
        .prepare('UPDATE codes SET active = 0, removed_by = ? WHERE active = 1 AND theme_id IN (SELECT value FROM json_each(?))')
        .run(actionId, JSON.stringify(ids)).changes;
      const changes: ThemeChange[] = ids.map((t) => [t, { active: 1 }, { active: 0 }]);
      for (const [t, , after] of changes) this.log.setThemeFields(t, after);
      this.log.recordThemeChanges(actionId, changes);
      return { themes: ids.length, codes, actionId };
    })();
  }

  /** Merges `sourceId` into `targetId`: its codes and children move to the survivor; it is deleted. */
  merge(coder: string, sourceId: number, targetId: number): { moved: number; actionId: number } {
    const source = this.get(sourceId);
    const target = this.get(targetId);
    if (sourceId === targetId || target.path.startsWith(`${source.path}${PATH_SEPARATOR}`)) {
      throw new AppError('BAD_INPUT', `“${source.path}” cannot merge into itself or one of its children.`);
    }
    return this.db.transaction(() => {
      const actionId = this.log.begin(coder, 'theme.merge', 'manual', `Merge theme “${source.path}” into “${target.path}”`);
      // The survivor gains a code wherever the merged theme had one and it did not (same coder, same span).
      const moved = this.db
        .prepare(
          `INSERT INTO codes (verbatim_id, theme_id, coder_id, source, start, end, rule_id, added_by)
           SELECT s.verbatim_id, @target, s.coder_id, s.source, s.start, s.end, NULL, @action FROM codes s
           WHERE s.theme_id = @source AND s.active = 1
             AND NOT EXISTS (SELECT 1 FROM codes t WHERE t.theme_id = @target AND t.active = 1 AND t.verbatim_id = s.verbatim_id
                             AND t.coder_id = s.coder_id AND t.start IS s.start AND t.end IS s.end)`,
        )
        .run({ source: sourceId, target: targetId, action: actionId }).changes;
      this.db.prepare('UPDATE codes SET active = 0, removed_by = ? WHERE theme_id = ? AND active = 1').run(actionId, sourceId);
      const children = this.db.prepare('SELECT id, position FROM themes WHERE parent_id = ? AND active = 1').all(sourceId) as { id: number; position: number }[];
      let position = this.nextPosition(targetId);
      const changes: ThemeChange[] = [
        ...children.map((c): ThemeChange => [c.id, { parent_id: sourceId, position: c.position }, { parent_id: targetId, position: position++ }]),
        [sourceId, { active: 1 }, { active: 0 }],
      ];
      for (const [t, , after] of changes) this.log.setThemeFields(t, after);
      this.log.recordThemeChanges(actionId, changes);
      return { moved, actionId };
    })();
  }

  private change(coder: string, kind: string, summary: string, changes: ThemeChange[]): Theme {
    return this.db.transaction(() => {
      const actionId = this.log.begin(coder, kind, 'manual', summary);
      for (const [t, , after] of changes) this.log.setThemeFields(t, after);
      this.log.recordThemeChanges(actionId, changes);
      return this.get(changes[0]![0]);
    })();
  }

  /** Creates a theme as part of a larger action (a suggestion accepted with its codes): undone with it. */
  createInAction(actionId: number, theme: NewTheme): Theme {
    return this.get(this.insert(actionId, theme));
  }

  private insert(actionId: number, theme: NewTheme): number {
    const name = checkName(theme.name);
    if (theme.parentId !== undefined) this.get(theme.parentId);
    this.assertFree(name, theme.parentId);
    if (theme.shortcut !== undefined) this.assertShortcutFree(theme.shortcut);
    const count = this.db.prepare('SELECT count(*) FROM themes').pluck().get() as number;
    return Number(
      this.db
        .prepare('INSERT INTO themes (parent_id, name, description, color, shortcut, guid, position, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(
          theme.parentId ?? null,
          name,
          theme.description ?? '',
          theme.color ?? THEME_COLORS[count % THEME_COLORS.length]!,
          theme.shortcut ?? null,
          theme.guid ?? randomUUID(),
          this.nextPosition(theme.parentId),
          actionId,
        ).lastInsertRowid,
    );
  }

  /** A usable, unused shortcut key (one per theme; J, K and N belong to the grid). */
  private assertShortcutFree(key: string, except?: number): void {
    const problem = themeShortcutProblem(key);
    if (problem) throw new AppError('BAD_INPUT', problem);
    const taken = this.list().find((t) => t.shortcut?.toLowerCase() === key.toLowerCase() && t.id !== except);
    if (taken) throw new AppError('BAD_INPUT', `The shortcut ${key} already codes “${taken.path}”.`);
  }

  private assertFree(name: string, parentId: number | undefined, except?: number): void {
    const clash = this.db
      .prepare('SELECT id FROM themes WHERE active = 1 AND name = ? COLLATE NOCASE AND parent_id IS ? AND id IS NOT ?')
      .pluck()
      .get(name, parentId ?? null, except ?? null) as number | undefined;
    if (clash !== undefined) throw new AppError('BAD_INPUT', `There is already a theme “${name}” there.`, { detail: 'Choose another name, or merge the two themes.' });
  }

  private nextPosition(parentId: number | undefined): number {
    return ((this.db.prepare('SELECT max(position) FROM themes WHERE parent_id IS ?').pluck().get(parentId ?? null) as number | null) ?? -1) + 1;
  }

  private position(id: number): number {
    return this.db.prepare('SELECT position FROM themes WHERE id = ?').pluck().get(id) as number;
  }

  /** A theme and its active descendants (every theme under it). */
  subtree(id: number): number[] {
    return this.db
      .prepare(
        `WITH RECURSIVE tree(id) AS (SELECT ? UNION ALL SELECT t.id FROM themes t JOIN tree ON t.parent_id = tree.id WHERE t.active = 1)
         SELECT id FROM tree`,
      )
      .pluck()
      .all(id) as number[];
  }
}
