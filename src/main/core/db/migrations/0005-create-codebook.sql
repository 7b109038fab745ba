-- Version 5: the codebook (a tree of themes), coders, codes on verbatims, rules, and the coding log
-- that undo and redo walk. Nothing is deleted by coding: every change is an action in the log, and
-- rows carry the action that added or removed them, so undoing an action is a few set-based updates
-- (also after a restart, also for a bulk action over a million verbatims).

CREATE TABLE coders (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
) STRICT;

-- One row per user action; undo and redo walk them newest first. A new action after undos
-- discards what could have been redone (a linear history, as in an editor).
CREATE TABLE coding_actions (
  id           INTEGER PRIMARY KEY,
  at           TEXT NOT NULL,
  coder_id     INTEGER NOT NULL REFERENCES coders (id),
  kind         TEXT NOT NULL,
  source       TEXT NOT NULL CHECK (source IN ('manual', 'rule', 'suggestion', 'model')),
  summary      TEXT NOT NULL,
  state        TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone', 'discarded')),
  -- Theme changes: [[theme id, {field: value before}, {field: value after}], ...]
  changes_json TEXT NOT NULL DEFAULT '[]'
) STRICT;
CREATE INDEX coding_actions_by_state ON coding_actions (state, id);

CREATE TABLE themes (
  id          INTEGER PRIMARY KEY,
  parent_id   INTEGER REFERENCES themes (id),
  name        TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  color       TEXT NOT NULL,
  shortcut    TEXT,
  guid        TEXT NOT NULL UNIQUE,   -- REFI-QDA's code guid, kept across export and import
  position    INTEGER NOT NULL,       -- order among its siblings
  created_by  INTEGER NOT NULL REFERENCES coding_actions (id),
  active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;
CREATE INDEX themes_by_parent ON themes (parent_id, position);

-- A code: a theme on a verbatim (or on a span of it), by a coder.
CREATE TABLE codes (
  id          INTEGER PRIMARY KEY,
  verbatim_id INTEGER NOT NULL REFERENCES verbatims (id) ON DELETE CASCADE,
  theme_id    INTEGER NOT NULL REFERENCES themes (id),
  coder_id    INTEGER NOT NULL REFERENCES coders (id),
  source      TEXT NOT NULL CHECK (source IN ('manual', 'rule', 'suggestion', 'model')),
  start       INTEGER,                -- excerpt: character offsets [start, end) into the text; NULL = the whole verbatim
  end         INTEGER,
  rule_id     INTEGER,
  added_by    INTEGER NOT NULL REFERENCES coding_actions (id),
  removed_by  INTEGER REFERENCES coding_actions (id),
  active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;
CREATE INDEX codes_by_verbatim ON codes (verbatim_id);
CREATE INDEX codes_by_theme ON codes (theme_id, verbatim_id) WHERE active = 1;
CREATE INDEX codes_by_added ON codes (added_by);
CREATE INDEX codes_by_removed ON codes (removed_by) WHERE removed_by IS NOT NULL;

-- Saved queries that code matching verbatims with source = 'rule'.
CREATE TABLE theme_rules (
  id         INTEGER PRIMARY KEY,
  theme_id   INTEGER NOT NULL REFERENCES themes (id),
  kind       TEXT NOT NULL CHECK (kind IN ('fts', 'regex')),
  query      TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (theme_id, kind, query)
) STRICT;
