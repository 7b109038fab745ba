-- Version 7: blind double-coding. A sample is a named, reproducible random draw of responses
-- (its seed and restriction are kept so the draw can be explained); two or more coders code its
-- responses without seeing each other's codes and mark each one done; agreement is computed over
-- the responses every compared coder marked done. Codes themselves stay in `codes` (with their
-- coder), so deleting a sample never removes a code. Removing an import removes its responses
-- from every sample, with their done marks, through the cascades.

CREATE TABLE coding_samples (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
  seed        INTEGER NOT NULL,
  size        INTEGER NOT NULL CHECK (size > 0),  -- how many responses were drawn
  filter_json TEXT NOT NULL DEFAULT '{}',          -- the restriction they were drawn under ({"group":"detractor"})
  coders_json TEXT NOT NULL DEFAULT '[]',          -- the coders it is meant for, by name (may be empty)
  created_at  TEXT NOT NULL
) STRICT;

-- The drawn responses, in the order the draw gave them (position 0, 1, …): coders work through
-- them in that order.
CREATE TABLE coding_sample_items (
  sample_id   INTEGER NOT NULL REFERENCES coding_samples (id) ON DELETE CASCADE,
  response_id INTEGER NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  PRIMARY KEY (sample_id, response_id),
  UNIQUE (sample_id, position)
) STRICT, WITHOUT ROWID;
-- Deleting responses (removing an import) finds their sample items by this index, not by a scan.
CREATE INDEX coding_sample_items_by_response ON coding_sample_items (response_id);

-- A coder's mark that they finished a response of a sample (absent = not done yet).
CREATE TABLE coding_sample_done (
  sample_id   INTEGER NOT NULL,
  response_id INTEGER NOT NULL,
  coder_id    INTEGER NOT NULL REFERENCES coders (id),
  done_at     TEXT NOT NULL,
  PRIMARY KEY (sample_id, response_id, coder_id),
  FOREIGN KEY (sample_id, response_id) REFERENCES coding_sample_items (sample_id, response_id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
