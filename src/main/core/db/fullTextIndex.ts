import type { ProjectDb } from './connection';

const MARKER = 'fts_indexed_through';

function marker(db: ProjectDb): number {
  const value = db.prepare('SELECT value FROM project_meta WHERE key = ?').pluck().get(MARKER) as string | undefined;
  return value === undefined ? 0 : Number(value);
}

function setMarker(db: ProjectDb, id: number): void {
  db.prepare('INSERT INTO project_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(MARKER, String(id));
}

/**
 * Brings the full-text index up to date in one transaction: verbatims above
 * the marker are added in bulk (a full 'rebuild' when nothing is indexed yet).
 * Imports commit their rows first and then call this; project open calls it
 * too, so a crash between the two commits is repaired, never lost.
 * Returns how many verbatims were indexed.
 */
export function catchUpFullTextIndex(db: ProjectDb): number {
  const max = (db.prepare('SELECT coalesce(max(id), 0) FROM verbatims').pluck().get() as number) ?? 0;
  const through = marker(db);
  if (max <= through) return 0;
  const pending = db.prepare('SELECT count(*) FROM verbatims WHERE id > ?').pluck().get(through) as number;
  db.transaction(() => {
    if (through === 0) db.exec("INSERT INTO verbatims_fts (verbatims_fts) VALUES ('rebuild')");
    else db.prepare('INSERT INTO verbatims_fts (rowid, text) SELECT id, text FROM verbatims WHERE id > ?').run(through);
    setMarker(db, max);
  }).immediate();
  return pending;
}

/** After rows are deleted (their index entries go with them, by trigger), new ids may reuse the freed top range. */
export function lowerFullTextMarker(db: ProjectDb): void {
  const max = (db.prepare('SELECT coalesce(max(id), 0) FROM verbatims').pluck().get() as number) ?? 0;
  if (marker(db) > max) setMarker(db, max);
}
