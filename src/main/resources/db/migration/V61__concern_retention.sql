-- When a concern was closed (its retention period runs from then; from resolved_at for one resolved but never
-- closed), and when its personal data were removed. An anonymised concern keeps its reference, dates, topics, site,
-- channel and outcome for statistics.
ALTER TABLE concern ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE concern ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;
UPDATE concern k SET closed_at = (SELECT max(e.occurred_at) FROM concern_timeline_entry e
                                   WHERE e.concern_id = k.id AND e.type = 'STATUS_CHANGED' AND e.status = 'CLOSED')
 WHERE k.status = 'CLOSED';
-- The nightly run looks only at finished concerns that still hold personal data.
CREATE INDEX concern_retention_due ON concern (jobcenter_id, (coalesce(closed_at, resolved_at)))
  WHERE status IN ('RESOLVED', 'CLOSED') AND anonymised_at IS NULL;
