import { AppError } from '../../../shared/errors';
import type { GridFilter, GridView } from '../../../shared/coding';
import type { ProjectDb } from './connection';

interface ViewRow {
  id: number;
  name: string;
  filter: string;
  hidden: string;
  updatedAt: string;
}

const SELECT = 'SELECT id, name, filter_json AS filter, hidden_json AS hidden, updated_at AS updatedAt FROM grid_views';

const toView = (r: ViewRow): GridView => ({ id: r.id, name: r.name, filter: JSON.parse(r.filter) as GridFilter, hidden: JSON.parse(r.hidden) as string[], updatedAt: r.updatedAt });

/** The verbatim grid's saved views: named filters and hidden columns, kept in the project. */
export class GridViewRepository {
  constructor(private readonly db: ProjectDb) {}

  list(): GridView[] {
    return (this.db.prepare(`${SELECT} ORDER BY name COLLATE NOCASE`).all() as ViewRow[]).map(toView);
  }

  /** Saves a view under a name; a view of the same name (any case) is replaced. */
  save(name: string, filter: GridFilter, hidden: readonly string[], at = new Date().toISOString()): GridView {
    const trimmed = name.trim();
    if (trimmed === '') throw new AppError('BAD_INPUT', 'A view needs a name.');
    this.db
      .prepare(
        `INSERT INTO grid_views (name, filter_json, hidden_json, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET name = excluded.name, filter_json = excluded.filter_json, hidden_json = excluded.hidden_json, updated_at = excluded.updated_at`,
      )
      .run(trimmed, JSON.stringify(filter), JSON.stringify(hidden), at);
    return toView(this.db.prepare(`${SELECT} WHERE name = ?`).get(trimmed) as ViewRow);
  }

  delete(id: number): void {
    if (this.db.prepare('DELETE FROM grid_views WHERE id = ?').run(id).changes === 0) throw new AppError('NOT_FOUND', `The project has no saved view ${id}.`);
  }
}
