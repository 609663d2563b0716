-- The inbox sorts by the earliest due time of a concern's running clocks. Kept on the concern itself, so that the
-- first page of a site's inbox comes from an index instead of sorting every concern of the site.
ALTER TABLE concern ADD COLUMN next_due_at TIMESTAMP WITH TIME ZONE;
UPDATE concern k SET next_due_at = (SELECT min(c.due_at) FROM concern_clock c
                                     WHERE c.concern_id = k.id AND c.stopped_at IS NULL AND c.paused_at IS NULL);
CREATE INDEX concern_inbox ON concern (site_id, (urgency = 'EXISTENTIAL') DESC, next_due_at ASC NULLS LAST, received_at);
