-- Measured with 1,000,000 concerns (bench/inbox.sh): the inbox's counts fetched every open concern of a site from
-- the table, and the text search computed to_tsvector for each row it looked at. Now:
-- * the words of a description are stored once (generated column), so filtering by them costs a lookup, not a parse;
-- * the open-concerns index carries the columns the filters look at, so counts per status, topic, kind, urgency and
--   assignee are read from the index alone;
-- * the viewer's own queue and the unassigned ones come from an index that starts with the assignee.
ALTER TABLE concern ADD COLUMN search_vector TSVECTOR GENERATED ALWAYS AS (to_tsvector('german', description)) STORED;
DROP INDEX concern_full_text;
DROP INDEX concern_open_full_text;
CREATE INDEX concern_full_text ON concern USING gin (search_vector);
CREATE INDEX concern_open_full_text ON concern USING gin (site_id, search_vector)
  WHERE status NOT IN ('RESOLVED', 'CLOSED');
DROP INDEX concern_open_inbox;
CREATE INDEX concern_open_inbox ON concern (site_id, (urgency = 'EXISTENTIAL') DESC, next_due_at ASC NULLS LAST, received_at)
  INCLUDE (status, kind, urgency, legal_topic, assignee_id)
  WHERE status NOT IN ('RESOLVED', 'CLOSED');
CREATE INDEX concern_open_by_assignee
  ON concern (site_id, assignee_id, (urgency = 'EXISTENTIAL') DESC, next_due_at ASC NULLS LAST, received_at)
  WHERE status NOT IN ('RESOLVED', 'CLOSED');
