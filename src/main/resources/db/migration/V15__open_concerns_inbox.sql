-- The inbox shows open concerns unless asked otherwise: about a quarter of all. A partial index in the inbox's
-- order serves the first page of each site straight from the index.
CREATE INDEX concern_open_inbox ON concern (site_id, (urgency = 'EXISTENTIAL') DESC, next_due_at ASC NULLS LAST, received_at)
  WHERE status NOT IN ('RESOLVED', 'CLOSED');
