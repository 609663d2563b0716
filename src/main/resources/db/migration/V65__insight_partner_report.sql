-- The quarterly report to the partners (DGB, welfare associations, counselling centres). Approved counselling centres
-- get it at their contact address; further recipients per Jobcenter are kept here (an administrator or quality
-- management edits them).
CREATE TABLE insight_report_recipient
(
  id           UUID PRIMARY KEY,
  jobcenter_id UUID NOT NULL,
  name         TEXT NOT NULL,
  email        TEXT NOT NULL,
  added_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  added_by     UUID NOT NULL
);
CREATE UNIQUE INDEX insight_report_recipient_address ON insight_report_recipient (jobcenter_id, lower(email));

-- One row per Jobcenter, quarter and address, written before the mail is sent: the key makes it once per quarter and
-- recipient, across restarts and instances. PENDING is claimed (SENDING) by one instance in its own statement, then
-- SENT; a failed attempt goes back to PENDING, after five to FAILED. A claim older than an hour (an instance that
-- stopped mid-send) is taken up again.
CREATE TABLE insight_report_mailing
(
  jobcenter_id UUID NOT NULL,
  quarter      TEXT NOT NULL,
  email        TEXT NOT NULL,
  name         TEXT NOT NULL,
  status       TEXT NOT NULL CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED')),
  attempts     INT NOT NULL DEFAULT 0,
  recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  claimed_at   TIMESTAMP WITH TIME ZONE,
  sent_at      TIMESTAMP WITH TIME ZONE,
  last_error   TEXT,
  PRIMARY KEY (jobcenter_id, quarter, email)
);
