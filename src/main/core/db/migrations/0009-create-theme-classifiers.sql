-- Version 9: what a theme's classifier (learnt from its manual codes) suggests. One run per theme:
-- its cross-validated precision and recall, and the uncoded verbatims it would code, with the
-- model's confidence. Derived data, replaced by the next run; coding from it is a normal action.

CREATE TABLE classifier_runs (
  theme_id      INTEGER PRIMARY KEY REFERENCES themes (id),
  created_at    TEXT NOT NULL,
  positives     INTEGER NOT NULL,
  negatives     INTEGER NOT NULL,
  threshold     REAL NOT NULL,
  validation_json TEXT NOT NULL,   -- folds, precision, recall, f1, their 95% intervals, tp, fp, fn, tn
  top_features_json TEXT NOT NULL  -- the words and phrases it weighs most
) STRICT;

CREATE TABLE classifier_suggestions (
  theme_id    INTEGER NOT NULL REFERENCES classifier_runs (theme_id) ON DELETE CASCADE,
  verbatim_id INTEGER NOT NULL REFERENCES verbatims (id) ON DELETE CASCADE,
  confidence  REAL NOT NULL,
  PRIMARY KEY (theme_id, verbatim_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX classifier_suggestions_by_verbatim ON classifier_suggestions (verbatim_id);
