-- Version 6: notes (memos, in QDA terms) on a verbatim or on a theme, and the verbatim grid's
-- saved views (a named set of filters and the columns shown).

CREATE TABLE notes (
  id          INTEGER PRIMARY KEY,
  verbatim_id INTEGER REFERENCES verbatims (id) ON DELETE CASCADE,
  theme_id    INTEGER REFERENCES themes (id),
  coder_id    INTEGER NOT NULL REFERENCES coders (id),
  text        TEXT NOT NULL CHECK (length(text) > 0),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  CHECK ((verbatim_id IS NULL) <> (theme_id IS NULL))
) STRICT;
CREATE INDEX notes_by_verbatim ON notes (verbatim_id) WHERE verbatim_id IS NOT NULL;
CREATE INDEX notes_by_theme ON notes (theme_id) WHERE theme_id IS NOT NULL;

CREATE TABLE grid_views (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL UNIQUE COLLATE NOCASE,
  filter_json  TEXT NOT NULL,            -- a GridFilter (src/shared/coding.ts)
  hidden_json  TEXT NOT NULL DEFAULT '[]', -- the ids of the columns it hides
  updated_at   TEXT NOT NULL
) STRICT;
