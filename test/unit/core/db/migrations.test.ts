import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openProjectDatabase } from '../../../../src/main/core/db/connection';
import { catchUpFullTextIndex } from '../../../../src/main/core/db/fullTextIndex';
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

  it('0003–0005 keep a version-2 project whole: the respondent index goes, analysis and codebook tables come, and coding works', () => {
    const path = projectAt(2, (db) => {
      db.exec(`INSERT INTO imports (id, kind, source_name, format, encoding, rows_read, rows_imported, mapping_json, imported_at)
               VALUES (1, 'survey', 's.csv', 'generic', 'utf-8', 1, 1, '{}', '2026-01-01T00:00:00Z')`);
      db.exec(`INSERT INTO responses (id, import_id, source_row, respondent_id, score) VALUES (1, 1, 2, 'R_1', 3)`);
      db.exec(`INSERT INTO verbatims (id, response_id, column_name, text) VALUES (1, 1, 'Why', 'Charged twice')`);
    });
    const db = openProjectDatabase(path);
    catchUpFullTextIndex(db); // as opening a project in the app does
    const names = db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')").pluck().all() as string[];
    expect(names).not.toContain('responses_by_respondent');
    expect(names).toEqual(expect.arrayContaining(['verbatim_analysis', 'keyphrases', 'verbatim_keyphrases', 'themes', 'codes', 'coding_actions', 'theme_rules']));
    expect(db.prepare('SELECT respondent_id FROM responses WHERE id = 1').pluck().get()).toBe('R_1');
    db.exec(`INSERT INTO coders (id, name) VALUES (1, 'ann');
             INSERT INTO coding_actions (id, at, coder_id, kind, source, summary) VALUES (1, '2026-01-02T00:00:00Z', 1, 'code.apply', 'manual', 'x');
             INSERT INTO themes (id, name, color, guid, position, created_by) VALUES (1, 'Billing', '#123456', 'g-1', 0, 1);
             INSERT INTO codes (verbatim_id, theme_id, coder_id, source, added_by) VALUES (1, 1, 1, 'manual', 1);`);
    // Removing the import takes its verbatims' codes and analysis with it.
    db.exec(`INSERT INTO verbatim_analysis (verbatim_id, version, language, sentences_json, lemmas) VALUES (1, 'nlp-1', 'en', '[]', 'charge')`);
    db.exec('DELETE FROM imports WHERE id = 1');
    expect(db.prepare('SELECT (SELECT count(*) FROM codes) + (SELECT count(*) FROM verbatim_analysis)').pluck().get()).toBe(0);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('0006 adds notes and saved views to a version-5 project with codes, and a note sits on a verbatim or a theme, never both', () => {
    const path = projectAt(5, (db) => {
      db.exec(`INSERT INTO imports (id, kind, source_name, format, encoding, rows_read, rows_imported, mapping_json, imported_at)
               VALUES (1, 'survey', 's.csv', 'generic', 'utf-8', 1, 1, '{}', '2026-01-01T00:00:00Z');
               INSERT INTO responses (id, import_id, source_row, respondent_id, score) VALUES (1, 1, 2, 'R_1', 3);
               INSERT INTO verbatims (id, response_id, column_name, text) VALUES (1, 1, 'Why', 'Charged twice');
               INSERT INTO coders (id, name) VALUES (1, 'ann');
               INSERT INTO coding_actions (id, at, coder_id, kind, source, summary) VALUES (1, '2026-01-02T00:00:00Z', 1, 'code.apply', 'manual', 'x');
               INSERT INTO themes (id, name, color, guid, position, created_by) VALUES (1, 'Billing', '#123456', 'g-1', 0, 1);
               INSERT INTO codes (verbatim_id, theme_id, coder_id, source, added_by) VALUES (1, 1, 1, 'manual', 1);`);
    });
    const db = openProjectDatabase(path);
    catchUpFullTextIndex(db);
    expect(db.prepare('SELECT count(*) FROM codes').pluck().get()).toBe(1);
    const at = "'2026-01-03T00:00:00Z'";
    db.exec(`INSERT INTO notes (verbatim_id, coder_id, text, created_at, updated_at) VALUES (1, 1, 'Escalate', ${at}, ${at});
             INSERT INTO notes (theme_id, coder_id, text, created_at, updated_at) VALUES (1, 1, 'Only billing', ${at}, ${at});
             INSERT INTO grid_views (name, filter_json, updated_at) VALUES ('Detractors', '{"group":"detractor"}', ${at});`);
    expect(() => db.exec(`INSERT INTO notes (verbatim_id, theme_id, coder_id, text, created_at, updated_at) VALUES (1, 1, 1, 'both', ${at}, ${at})`)).toThrow(/CHECK constraint/);
    expect(() => db.exec(`INSERT INTO grid_views (name, filter_json, updated_at) VALUES ('DETRACTORS', '{}', ${at})`)).toThrow(/UNIQUE/);
    db.exec('DELETE FROM imports WHERE id = 1');
    expect(db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(1);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it("0010 lists a version-9 project's indexed terms, and an edited text unlists it until the next catch-up", () => {
    const path = projectAt(9, (db) => {
      db.exec(`INSERT INTO imports (id, kind, source_name, format, encoding, rows_read, rows_imported, mapping_json, imported_at)
               VALUES (1, 'survey', 's.csv', 'generic', 'utf-8', 2, 2, '{}', '2026-01-01T00:00:00Z');
               INSERT INTO responses (id, import_id, source_row, score) VALUES (1, 1, 2, 3), (2, 1, 3, 9);
               INSERT INTO verbatims (id, response_id, column_name, text) VALUES (1, 1, 'Why', 'Charged twice'), (2, 2, 'Why', 'Crashes daily');
               INSERT INTO verbatims_fts (verbatims_fts) VALUES ('rebuild');
               INSERT INTO project_meta (key, value) VALUES ('fts_indexed_through', '2');`); // as version 9 indexed them
    });
    const db = openProjectDatabase(path);
    const terms = () => db.prepare('SELECT term FROM fulltext_terms ORDER BY term').pluck().all();
    const meta = (key: string) => db.prepare('SELECT value FROM project_meta WHERE key = ?').pluck().get(key);
    expect(terms()).toEqual(['charged', 'crashes', 'daily', 'twice']);
    expect(meta('fulltext_terms_through')).toBe('2');
    expect(meta('fts_indexed_through')).toBe('2');
    db.prepare("UPDATE verbatims SET text = 'Crashed daily' WHERE id = 2").run();
    expect(meta('fulltext_terms_through')).toBeUndefined();
    expect(db.prepare("SELECT rowid FROM verbatims_fts WHERE verbatims_fts MATCH 'crashed'").pluck().all()).toEqual([2]);
    catchUpFullTextIndex(db);
    expect(terms()).toContain('crashed');
    expect(meta('fulltext_terms_through')).toBe('2');
    db.close();
  });
});
