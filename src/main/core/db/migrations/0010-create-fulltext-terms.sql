-- Version 10: every term of the full-text index, so that a prefix search ("wait*") is written out
-- as its terms by a range lookup here, instead of through fts5vocab, which counts every document
-- of each term it lists (up to a millisecond for a common prefix at a million verbatims).
-- catchUpFullTextIndex adds the terms of what it indexes in the same transaction. The list may
-- hold terms that no verbatim has any more (they match nothing), and it lacks none while
-- project_meta 'fulltext_terms_through' equals 'fts_indexed_through': a change to the index
-- outside catchUpFullTextIndex (a verbatim's text edited) removes that key until the next catch-up.

CREATE TABLE fulltext_terms (
  term TEXT PRIMARY KEY
) STRICT, WITHOUT ROWID;

CREATE VIRTUAL TABLE temp.loupe_migration_vocab USING fts5vocab(main, verbatims_fts, row);
INSERT INTO fulltext_terms (term) SELECT term FROM temp.loupe_migration_vocab;
DROP TABLE temp.loupe_migration_vocab;
INSERT INTO project_meta (key, value) SELECT 'fulltext_terms_through', value FROM project_meta WHERE key = 'fts_indexed_through';

DROP TRIGGER verbatims_fts_after_update;
CREATE TRIGGER verbatims_fts_after_update AFTER UPDATE OF text ON verbatims BEGIN
  INSERT INTO verbatims_fts (verbatims_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO verbatims_fts (rowid, text) VALUES (new.id, new.text);
  DELETE FROM project_meta WHERE key = 'fulltext_terms_through';
END;
