import type { ProjectDb } from './connection';
import { ProjectRepository } from './projectRepository';

const MARKER = 'fts_indexed_through';
/** The FTS marker the term list was last brought up to (migration 0010); absent while it may lack terms. */
const TERMS_MARKER = 'fulltext_terms_through';

/** fts5vocab's view of the index's terms (this connection's temporary schema). */
export const FTS_VOCAB = 'temp.loupe_fts_terms';

function meta(db: ProjectDb, key: string): string | undefined {
  return new ProjectRepository(db).getMeta(key);
}

/** The highest verbatim id the full-text index has been brought up to: it holds every verbatim up to it, none above. */
export function indexedThrough(db: ProjectDb): number {
  const value = meta(db, MARKER);
  return value === undefined ? 0 : Number(value);
}

function setMeta(db: ProjectDb, key: string, id: number): void {
  new ProjectRepository(db).setMeta(key, String(id));
}

/** Creates, on this connection, the fts5vocab table over the full-text index (FTS_VOCAB). */
export function openFtsVocab(db: ProjectDb): void {
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS ${FTS_VOCAB} USING fts5vocab(main, verbatims_fts, row)`);
}

/**
 * Whether `fulltext_terms` holds every term of the full-text index (both markers absent: nothing
 * was ever indexed, and the list is as empty as the index).
 */
export function termListIsCurrent(db: ProjectDb): boolean {
  return meta(db, TERMS_MARKER) === meta(db, MARKER);
}

/** Adds the index's terms to `fulltext_terms` (one pass over fts5vocab) and marks the list current. */
function refreshTermList(db: ProjectDb, through: number): void {
  openFtsVocab(db);
  db.exec(`INSERT OR IGNORE INTO fulltext_terms (term) SELECT term FROM ${FTS_VOCAB}`);
  setMeta(db, TERMS_MARKER, through);
}

/**
 * Brings the full-text index and its term list up to date in one transaction: verbatims above
 * the marker are added in bulk (a full 'rebuild' when nothing is indexed yet).
 * Imports commit their rows first and then call this; project open calls it
 * too, so a crash between the two commits is repaired, never lost.
 * Returns how many verbatims were indexed.
 */
export function catchUpFullTextIndex(db: ProjectDb): number {
  const max = (db.prepare('SELECT coalesce(max(id), 0) FROM verbatims').pluck().get() as number) ?? 0;
  const through = indexedThrough(db);
  if (max <= through) {
    if (!termListIsCurrent(db)) db.transaction(() => refreshTermList(db, through)).immediate();
    return 0;
  }
  const pending = db.prepare('SELECT count(*) FROM verbatims WHERE id > ?').pluck().get(through) as number;
  db.transaction(() => {
    if (through === 0) db.exec("INSERT INTO verbatims_fts (verbatims_fts) VALUES ('rebuild')");
    else db.prepare('INSERT INTO verbatims_fts (rowid, text) SELECT id, text FROM verbatims WHERE id > ?').run(through);
    setMeta(db, MARKER, max);
    refreshTermList(db, max);
  }).immediate();
  return pending;
}

/**
 * After rows are deleted (their index entries go with them, by trigger), new ids may reuse the
 * freed top range. The term list stays as current as it was: it lacks no term of the rows left.
 */
export function lowerFullTextMarker(db: ProjectDb): void {
  const max = (db.prepare('SELECT coalesce(max(id), 0) FROM verbatims').pluck().get() as number) ?? 0;
  if (indexedThrough(db) <= max) return;
  const current = termListIsCurrent(db);
  setMeta(db, MARKER, max);
  if (current) setMeta(db, TERMS_MARKER, max);
}
