-- Version 3: the index on responses.respondent_id is built when it is first needed (a re-import
-- of an updated export looks its respondent ids up), not kept from the start: a first import is
-- then one sort of a million text keys faster, and projects that are imported once never pay for it.
DROP INDEX responses_by_respondent;
