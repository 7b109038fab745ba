import type { Statement } from 'better-sqlite3';
import type { ProjectDb } from './connection';

/** How many statements each connection keeps prepared (the oldest is dropped beyond it). */
const LIMIT = 200;
const caches = new WeakMap<ProjectDb, Map<string, Statement>>();

/**
 * The connection's prepared statement for this SQL, prepared once: for the statements on the
 * grid's hot path, where preparing costs as much as running.
 */
export function prepared(db: ProjectDb, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    if (cache.size >= LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(sql, (statement = db.prepare(sql)));
  }
  return statement;
}
