import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openProjectDatabase } from '../../../../src/main/core/db/connection';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, applyMigrations } from '../../../../src/main/core/db/migrations';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();

/** Writes a project at schema `version` with the rows `fill` adds, as that version of Loupe would have. */
function projectAt(version: number, fill: (db: Database.Database) => void): string {
  const path = join(tempDir(), `v${version}.loupe`);
  const db = new Database(path);
  applyMigrations(db, MIGRATIONS.filter((m) => m.version <= version));
  fill(db);
  db.close();
  return path;
}

describe('migrations', () => {
  it('are numbered 1, 2, … without gaps, named NNNN-verb-noun', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    for (const m of MIGRATIONS) expect(m.name).toMatch(/^\d{4}-[a-z]+(-[a-z]+)+$/);
  });

  it('0002 keeps a version-1 project whole and indexes its verbatims for full-text search', () => {
    const path = projectAt(1, (db) => {
      db.exec("INSERT INTO project_meta (key, value) VALUES ('name', 'Old study')");
      db.exec(`INSERT INTO imports (id, kind, source_name, format, encoding, rows_read, rows_imported, mapping_json, imported_at)
               VALUES (1, 'survey', 's.csv', 'generic', 'utf-8', 2, 2, '{}', '2026-01-01T00:00:00Z')`);
      db.exec(`INSERT INTO responses (id, import_id, source_row, score, fields_json) VALUES
               (1, 1, 2, 9, '{"Region":"EMEA","Plan":"Pro"}'), (2, 1, 3, 3, '{"Region":"APAC","Plan":""}')`);
      db.exec(`INSERT INTO verbatims (response_id, column_name, text) VALUES (1, 'Why', 'Great support team'), (2, 'Why', 'Waited on hold forever')`);
    });
    const db = openProjectDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT value FROM project_meta WHERE key = 'name'").pluck().get()).toBe('Old study');
    expect(db.prepare('SELECT fields_json FROM responses WHERE id = 1').pluck().get()).toBe('{"Region":"EMEA","Plan":"Pro"}');
    expect(db.prepare("SELECT rowid FROM verbatims_fts WHERE verbatims_fts MATCH 'hold'").pluck().all()).toEqual([2]);
    // Deleting the import removes its verbatims from the index through the trigger.
    db.exec('DELETE FROM imports WHERE id = 1');
    expect(db.prepare("SELECT count(*) FROM verbatims_fts WHERE verbatims_fts MATCH 'hold OR support'").pluck().get()).toBe(0);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
