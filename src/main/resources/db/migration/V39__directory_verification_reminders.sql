-- Reminders to a directory entry's organization when it has not been verified for six months: when each went out,
-- so that one goes out a month at most (and a new verification starts the count again).
CREATE TABLE directory_verification_reminder (
  id          UUID PRIMARY KEY,
  service_id  UUID NOT NULL REFERENCES directory_service (id),
  verified_at DATE,
  sent_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX directory_verification_reminder_service ON directory_verification_reminder (service_id, sent_at DESC);
