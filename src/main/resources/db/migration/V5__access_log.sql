-- Every read of a citizen's personal data: who, what, when and why. Append-only; retention is set by the privacy module.
CREATE TABLE access_log
(
  id           UUID PRIMARY KEY,
  subject_type TEXT NOT NULL,
  subject_id   UUID NOT NULL,
  actor        TEXT NOT NULL,
  purpose      TEXT NOT NULL,
  occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX access_log_by_subject ON access_log (subject_type, subject_id, occurred_at);
