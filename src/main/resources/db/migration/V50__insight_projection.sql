-- The insights' pseudonymised projection of concerns: no names, contact data, customer numbers, references or
-- exact moments. The pseudonym is an HMAC of the concern id under the server key, so it cannot be turned back into
-- the concern without the key. Moments are kept as the month and week of receipt and as durations; the citizen's
-- text only as a snippet scrubbed of personal details, for grouping similar concerns. Demo rows are marked.
CREATE TABLE insight_concern
(
  pseudonym              UUID PRIMARY KEY,
  jobcenter_id           UUID NOT NULL,
  site_id                UUID,
  received_month         DATE NOT NULL,
  received_week          DATE NOT NULL,
  legal_topic            TEXT NOT NULL,
  administrative_problem TEXT NOT NULL,
  channel                TEXT NOT NULL,
  kind                   TEXT NOT NULL,
  existential            BOOLEAN NOT NULL,
  acknowledge_seconds    BIGINT,
  answer_seconds         BIGINT,
  resolve_seconds        BIGINT,
  acknowledge_breached   BOOLEAN,
  answer_breached        BOOLEAN,
  callback_breached      BOOLEAN,
  same_day_breached      BOOLEAN,
  outcome                TEXT,
  outcome_cause          TEXT,
  snippet                TEXT NOT NULL,
  demo                   BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX insight_concern_by_month ON insight_concern (jobcenter_id, received_month, site_id, legal_topic);

-- Settled direct-line referrals (outcome and cause), pseudonymised the same way.
CREATE TABLE insight_referral
(
  pseudonym              UUID PRIMARY KEY,
  jobcenter_id           UUID NOT NULL,
  site_id                UUID,
  resolved_month         DATE NOT NULL,
  legal_topic            TEXT NOT NULL,
  administrative_problem TEXT NOT NULL,
  outcome                TEXT NOT NULL,
  root_cause             TEXT,
  escalation_level       TEXT NOT NULL
);
CREATE INDEX insight_referral_by_month ON insight_referral (jobcenter_id, resolved_month);

-- Backfills that ran once (the projection of concerns that were there before the insights).
CREATE TABLE insight_backfill
(
  name         TEXT PRIMARY KEY,
  completed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  rows_written INT NOT NULL
);
