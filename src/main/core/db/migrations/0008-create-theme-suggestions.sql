-- Version 8: the themes the NLP pipeline suggests (keyword clustering) and the verbatims in each.
-- Derived data: each run of the suggestions replaces the open ones; an accepted suggestion keeps
-- the theme it became. Removing an import removes its verbatims from every suggestion.

CREATE TABLE suggestion_runs (
  id          INTEGER PRIMARY KEY,
  created_at  TEXT NOT NULL,
  granularity REAL NOT NULL,
  seed        INTEGER NOT NULL,
  vectors     INTEGER NOT NULL CHECK (vectors IN (0, 1)),  -- made with word vectors
  documents   INTEGER NOT NULL,                            -- analysed English verbatims clustered
  ms          INTEGER NOT NULL
) STRICT;

CREATE TABLE theme_suggestions (
  id                   TEXT PRIMARY KEY,                   -- a hash of its content (stable across runs)
  run_id               INTEGER NOT NULL REFERENCES suggestion_runs (id) ON DELETE CASCADE,
  position             INTEGER NOT NULL,                   -- by volume, largest first
  label                TEXT NOT NULL,
  phrases_json         TEXT NOT NULL,                      -- [{ key, label, count }], most distinctive first
  volume               REAL NOT NULL,
  detractor_share      REAL NOT NULL,
  distinctiveness      REAL NOT NULL,
  representatives_json TEXT NOT NULL,                      -- verbatim ids nearest its centre
  state                TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'accepted', 'dropped')),
  theme_id             INTEGER REFERENCES themes (id)      -- the theme it became, once accepted
) STRICT;
CREATE INDEX theme_suggestions_by_run ON theme_suggestions (run_id, position);

CREATE TABLE suggestion_members (
  suggestion_id TEXT NOT NULL REFERENCES theme_suggestions (id) ON DELETE CASCADE,
  verbatim_id   INTEGER NOT NULL REFERENCES verbatims (id) ON DELETE CASCADE,
  PRIMARY KEY (suggestion_id, verbatim_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX suggestion_members_by_verbatim ON suggestion_members (verbatim_id);
