import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProjectDatabase, type ProjectDb } from '../../../../src/main/core/db/connection';
import { catchUpFullTextIndex, termListIsCurrent } from '../../../../src/main/core/db/fullTextIndex';
import { ImportRepository } from '../../../../src/main/core/db/importRepository';
import { expandPrefixes } from '../../../../src/main/core/db/prefixExpansion';
import { createServices } from '../../../../src/main/core/services/createServices';
import { useTempDirs } from '../../../support/tempDir';

const tempDir = useTempDirs();

function addImport(db: ProjectDb, texts: string[]): number {
  const id = Number(
    db
      .prepare(`INSERT INTO imports (kind, source_name, format, encoding, rows_read, rows_imported, mapping_json, imported_at) VALUES ('survey', 'x.csv', 'generic', 'utf-8', 0, 0, '{}', '')`)
      .run().lastInsertRowid,
  );
  for (const text of texts) {
    const r = db.prepare("INSERT INTO responses (import_id, source_row, score, fields_json) VALUES (?, 2, 9, '{}')").run(id).lastInsertRowid;
    db.prepare("INSERT INTO verbatims (response_id, column_name, text) VALUES (?, 'c', ?)").run(r, text);
  }
  return id;
}

const listed = (db: ProjectDb) => db.prepare('SELECT term FROM fulltext_terms ORDER BY term').pluck().all() as string[];
function indexed(db: ProjectDb): string[] {
  db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.test_vocab USING fts5vocab(main, verbatims_fts, row)');
  return db.prepare('SELECT term FROM temp.test_vocab ORDER BY term').pluck().all() as string[];
}

const matches = (db: ProjectDb, q: string) => db.prepare('SELECT count(*) FROM verbatims_fts WHERE verbatims_fts MATCH ?').pluck().get(q);

describe('full-text index upkeep', () => {
  it('indexes only what is new, and nothing twice', async () => {
    const db = await createProjectDatabase(join(tempDir(), 'p.loupe'));
    addImport(db, ['slow delivery', 'great staff']);
    expect(catchUpFullTextIndex(db)).toBe(2);
    addImport(db, ['slow app']);
    expect(catchUpFullTextIndex(db)).toBe(1);
    expect(catchUpFullTextIndex(db)).toBe(0);
    expect(matches(db, 'slow')).toBe(2);
    db.close();
  });

  it('repairs, on open, rows committed by an import that died before indexing them', async () => {
    const dir = tempDir();
    const path = join(dir, 'p.loupe');
    const db = await createProjectDatabase(path);
    addImport(db, ['refund never arrived']);
    db.close(); // the process "dies" here: rows committed, index not updated
    const services = createServices({ dataDir: join(dir, 'data'), resourcesDir: dir, host: 'in-process', version: 't' });
    await services.invoke('projects.open', { path });
    expect(matches(services.projects.require().db, 'refund')).toBe(1);
    await services.close();
  });

  it('keeps indexing new rows after the newest import is removed and its ids are reused', async () => {
    const db = await createProjectDatabase(join(tempDir(), 'p.loupe'));
    addImport(db, ['first import']);
    const second = addImport(db, ['second import']);
    catchUpFullTextIndex(db);
    new ImportRepository(db).remove(second);
    expect(matches(db, 'second')).toBe(0);
    addImport(db, ['third import']);
    catchUpFullTextIndex(db);
    expect(matches(db, 'third')).toBe(1);
    expect(db.prepare("INSERT INTO verbatims_fts (verbatims_fts, rank) VALUES ('integrity-check', 1)").run().changes).toBeGreaterThanOrEqual(0);
    db.close();
  });

  it("keeps a list of the index's terms, current through imports and removals, and falls back while an edit is not listed", async () => {
    const db = await createProjectDatabase(join(tempDir(), 'p.loupe'));
    addImport(db, ['Waited on hold', 'café was closed']);
    catchUpFullTextIndex(db);
    expect(listed(db)).toEqual(['cafe', 'closed', 'hold', 'on', 'waited', 'was']);
    const second = addImport(db, ['waiting for a refund']);
    catchUpFullTextIndex(db);
    expect(listed(db)).toEqual(indexed(db));
    expect(termListIsCurrent(db)).toBe(true);
    expect(expandPrefixes(db, 'wait*')).toBe('("waited" OR "waiting")');
    // A removed import's terms may stay listed (they match nothing); the list lacks no term of what is left.
    new ImportRepository(db).remove(second);
    expect(termListIsCurrent(db)).toBe(true);
    expect(listed(db)).toEqual(expect.arrayContaining(indexed(db)));
    // A text edited outside the catch-up: the list is no longer trusted, so prefixes read fts5vocab ...
    db.prepare("UPDATE verbatims SET text = 'waitlisted twice' WHERE text = 'Waited on hold'").run();
    expect(termListIsCurrent(db)).toBe(false);
    expect(listed(db)).not.toContain('waitlisted');
    expect(expandPrefixes(db, 'wait*')).toBe('"waitlisted"');
    // ... until the next catch-up (an import, or opening the project) lists the index's terms again.
    expect(catchUpFullTextIndex(db)).toBe(0);
    expect(termListIsCurrent(db)).toBe(true);
    expect(listed(db)).toEqual(expect.arrayContaining(indexed(db)));
    expect(listed(db)).toContain('waitlisted');
    db.close();
  });
});
