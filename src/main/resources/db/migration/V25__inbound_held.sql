-- A sender over the limit of new concerns per hour whose latest concern is closed: the mail is kept (with its
-- original) but makes no further concern. HELD says so.
ALTER TABLE channel_inbound DROP CONSTRAINT channel_inbound_outcome_check;
ALTER TABLE channel_inbound ADD CONSTRAINT channel_inbound_outcome_check
  CHECK (outcome IN ('ADDED', 'NEW_CONCERN', 'AUTO_REPLY', 'BOUNCE', 'UNREADABLE', 'HELD'));
CREATE INDEX channel_inbound_by_sender ON channel_inbound (lower(sender), received_at);
