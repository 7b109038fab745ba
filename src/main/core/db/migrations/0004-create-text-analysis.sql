-- Version 4: what the NLP pipeline finds in each verbatim (language, sentiment per sentence and
-- overall, content lemmas, personal data) and its keyphrases, as a dictionary and the places
-- they occur. Derived data: removing an import removes its analysis through the cascades.

CREATE TABLE verbatim_analysis (
  verbatim_id     INTEGER PRIMARY KEY REFERENCES verbatims (id) ON DELETE CASCADE,
  -- The analysis settings and lexicon it was made with; a verbatim with another one is analysed again.
  version         TEXT NOT NULL,
  language        TEXT NOT NULL,
  sentiment       REAL,            -- [-1, 1]; NULL when the text is not English (kept, not scored)
  sentiment_label TEXT CHECK (sentiment_label IN ('negative', 'neutral', 'positive')),
  sentences_json  TEXT NOT NULL,   -- [[start, end, score, negated 0|1], ...] (character offsets)
  lemmas          TEXT NOT NULL,   -- content lemmas, space-separated; '!' marks one inside a negation
  pii_json        TEXT             -- [[kind, start, end], ...], NULL when there is none
) STRICT;
CREATE INDEX verbatim_analysis_by_version ON verbatim_analysis (version);

CREATE TABLE keyphrases (
  id    INTEGER PRIMARY KEY,
  key   TEXT NOT NULL UNIQUE,      -- Porter stems of its lemmas
  label TEXT NOT NULL              -- its lemmas, as first seen
) STRICT;

CREATE TABLE verbatim_keyphrases (
  verbatim_id  INTEGER NOT NULL REFERENCES verbatims (id) ON DELETE CASCADE,
  start        INTEGER NOT NULL,
  end          INTEGER NOT NULL,
  keyphrase_id INTEGER NOT NULL REFERENCES keyphrases (id),
  PRIMARY KEY (verbatim_id, start)
) STRICT, WITHOUT ROWID;
CREATE INDEX verbatim_keyphrases_by_keyphrase ON verbatim_keyphrases (keyphrase_id);
