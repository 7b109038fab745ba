-- Version 2: what an import needs to be checked and undone (container, sheet, date layout, time zone,
-- its full result), the raw and local response times, segments as dictionary-coded columns, saved
-- mapping templates, the rows an import skipped, and the full-text index over verbatims.
-- (Version 1 kept no segments of its own: its fields_json stays as the responses' other fields.)

ALTER TABLE imports ADD COLUMN container TEXT NOT NULL DEFAULT 'csv';
ALTER TABLE imports ADD COLUMN sheet TEXT;
ALTER TABLE imports ADD COLUMN date_layout TEXT;
ALTER TABLE imports ADD COLUMN time_zone TEXT;
ALTER TABLE imports ADD COLUMN header_signature TEXT;
ALTER TABLE imports ADD COLUMN result_json TEXT NOT NULL DEFAULT '{}';

ALTER TABLE responses ADD COLUMN responded_local TEXT;
ALTER TABLE responses ADD COLUMN responded_raw TEXT;

CREATE TABLE segments (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
) STRICT;

-- Each segment is a column seg_<segments.id> of responses, added when the segment first appears
-- (so one response row carries all its segment values: no extra rows to write or join), holding
-- an id from this dictionary of the segment's values.
CREATE TABLE segment_values (
  id         INTEGER PRIMARY KEY,
  segment_id INTEGER NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
  value      TEXT NOT NULL,
  UNIQUE (segment_id, value)
) STRICT;

CREATE TABLE mapping_templates (
  id               INTEGER PRIMARY KEY,
  name             TEXT NOT NULL UNIQUE,
  header_signature TEXT NOT NULL,
  mapping_json     TEXT NOT NULL,
  saved_at         TEXT NOT NULL
) STRICT;
CREATE INDEX mapping_templates_by_signature ON mapping_templates (header_signature);

CREATE TABLE skipped_rows (
  import_id     INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
  line          INTEGER NOT NULL,
  column_number INTEGER,
  message       TEXT NOT NULL
) STRICT;
CREATE INDEX skipped_rows_by_import ON skipped_rows (import_id);

CREATE VIRTUAL TABLE verbatims_fts USING fts5 (
  text,
  content = 'verbatims',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO verbatims_fts (verbatims_fts) VALUES ('rebuild');

-- New verbatims are indexed in bulk after each import (not row by row); deletions and edits keep the index in step.
CREATE TRIGGER verbatims_fts_after_delete AFTER DELETE ON verbatims BEGIN
  INSERT INTO verbatims_fts (verbatims_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER verbatims_fts_after_update AFTER UPDATE OF text ON verbatims BEGIN
  INSERT INTO verbatims_fts (verbatims_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO verbatims_fts (rowid, text) VALUES (new.id, new.text);
END;
