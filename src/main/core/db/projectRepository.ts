import type { LayoutState } from '../../../shared/model';
import type { ProjectDb } from './connection';

export interface ProjectCounts {
  readonly responses: number;
  readonly verbatims: number;
  readonly imports: number;
}

/** Project metadata (name, creation time), the per-project workbench layout and headline counts. */
export class ProjectRepository {
  constructor(private readonly db: ProjectDb) {}

  getMeta(key: string): string | undefined {
    const row = this.db.prepare('SELECT value FROM project_meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value;
  }

  setMeta(key: string, value: string): void {
    this.db
      .prepare('INSERT INTO project_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(key, value);
  }

  schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  counts(): ProjectCounts {
    const one = (sql: string) => (this.db.prepare(sql).pluck().get() as number | undefined) ?? 0;
    return {
      responses: one('SELECT count(*) FROM responses'),
      verbatims: one('SELECT count(*) FROM verbatims'),
      imports: one('SELECT count(*) FROM imports'),
    };
  }

  getLayout(): LayoutState | undefined {
    const json = this.db.prepare('SELECT layout_json FROM workbench_layout WHERE id = 1').pluck().get() as string | undefined;
    if (json === undefined) return undefined;
    try {
      const value: unknown = JSON.parse(json);
      return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as LayoutState) : undefined;
    } catch {
      return undefined;
    }
  }

  saveLayout(layout: LayoutState, savedAt: string): void {
    this.db
      .prepare(
        `INSERT INTO workbench_layout (id, layout_json, saved_at) VALUES (1, ?, ?)
         ON CONFLICT (id) DO UPDATE SET layout_json = excluded.layout_json, saved_at = excluded.saved_at`,
      )
      .run(JSON.stringify(layout), savedAt);
  }
}
