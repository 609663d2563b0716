-- Reminders of a cited Bescheid's objection deadline, 7 and 3 days before its end: one row per concern and level, so
-- that each reminder is sent once however often (and on however many instances) the watch runs.
CREATE TABLE objection_deadline_reminder (
  concern_id  UUID NOT NULL REFERENCES concern (id),
  level       TEXT NOT NULL CHECK (level IN ('SEVEN_DAYS', 'THREE_DAYS')),
  ends_on     DATE NOT NULL,
  reminded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (concern_id, level)
);
-- The watch looks only at Bescheide of the last weeks.
CREATE INDEX concern_cited_notice ON concern (notice_date) WHERE notice_date IS NOT NULL AND merged_into_id IS NULL;
