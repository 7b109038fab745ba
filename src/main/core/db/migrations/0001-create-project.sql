-- Loupe project schema, version 1: project metadata, workbench layout, imports, responses, verbatims.
PRAGMA application_id = 1280266309; -- 'LOPE' (0x4C4F5045) marks the file as a Loupe project

CREATE TABLE project_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE workbench_layout (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  layout_json TEXT NOT NULL,
  saved_at    TEXT NOT NULL
) STRICT;

CREATE TABLE imports (
  id            INTEGER PRIMARY KEY,
  kind          TEXT NOT NULL CHECK (kind IN ('survey', 'contacts', 'status-history')),
  source_name   TEXT NOT NULL,
  source_path   TEXT,
  format        TEXT NOT NULL,
  encoding      TEXT NOT NULL,
  delimiter     TEXT,
  rows_read     INTEGER NOT NULL,
  rows_imported INTEGER NOT NULL,
  mapping_json  TEXT NOT NULL,
  imported_at   TEXT NOT NULL,
  first_date    TEXT,
  last_date     TEXT
) STRICT;

CREATE TABLE responses (
  id              INTEGER PRIMARY KEY,
  import_id       INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
  source_row      INTEGER NOT NULL,
  respondent_id   TEXT,
  customer_key    TEXT,
  score           INTEGER CHECK (score BETWEEN 0 AND 10),
  excluded_reason TEXT,
  responded_at    TEXT,
  fields_json     TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE INDEX responses_by_import ON responses (import_id);
CREATE INDEX responses_by_respondent ON responses (respondent_id);

CREATE TABLE verbatims (
  id          INTEGER PRIMARY KEY,
  response_id INTEGER NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
  column_name TEXT NOT NULL,
  text        TEXT NOT NULL
) STRICT;
CREATE INDEX verbatims_by_response ON verbatims (response_id);
