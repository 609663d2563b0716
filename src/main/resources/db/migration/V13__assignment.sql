-- Who works on a concern; empty while it waits in the site's shared queue.
ALTER TABLE concern ADD COLUMN assignee_id UUID REFERENCES staff_member (id);
CREATE INDEX concern_by_assignee ON concern (assignee_id) WHERE assignee_id IS NOT NULL;
