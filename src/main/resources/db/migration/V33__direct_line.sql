-- The direct line: a counsellor's referral (Klärungsfall) of a client's conflict to the responsible site management,
-- the client's consent that lets it reach the Jobcenter, and the shared thread with its internal notes.
CREATE TABLE referral (
  id                       UUID PRIMARY KEY,
  jobcenter_id             UUID NOT NULL REFERENCES jobcenter (id),
  reference                TEXT NOT NULL UNIQUE,
  centre_id                UUID NOT NULL REFERENCES counselling_centre (id),
  opened_by                UUID NOT NULL REFERENCES staff_member (id),
  site_id                  UUID REFERENCES site (id),
  status                   TEXT NOT NULL CHECK (status IN ('AWAITING_CONSENT', 'OPEN', 'ANSWERED', 'RESOLVED',
                                                           'CONSENT_WITHDRAWN')),
  level                    TEXT NOT NULL CHECK (level IN ('SITE', 'AREA', 'EXECUTIVE')),
  urgency                  TEXT NOT NULL CHECK (urgency IN ('NORMAL', 'EXISTENTIAL')),
  legal_topic              TEXT NOT NULL,
  administrative_problem   TEXT NOT NULL,
  description              TEXT NOT NULL,
  outcome_sought           TEXT NOT NULL,
  client_name              TEXT NOT NULL,
  client_postcode          TEXT,
  customer_number          TEXT,
  bescheid_date            DATE,
  bescheid_kind            TEXT,
  bescheid_delivery        TEXT CHECK (bescheid_delivery IN ('POST', 'ELECTRONIC', 'IN_PERSON')),
  instruction              TEXT CHECK (instruction IN ('CORRECT', 'MISSING', 'WRONG', 'UNKNOWN')),
  confidentiality_released BOOLEAN NOT NULL,
  attorney                 TEXT,
  health_data              BOOLEAN NOT NULL DEFAULT FALSE,
  first_response_due       TIMESTAMP WITH TIME ZONE,
  first_response_at        TIMESTAMP WITH TIME ZONE,
  resolution_due           TIMESTAMP WITH TIME ZONE,
  level_due                TIMESTAMP WITH TIME ZONE,
  outcome                  TEXT CHECK (outcome IN ('REMEDIED', 'PARTLY_REMEDIED', 'NOT_REMEDIED',
                                                   'FORMAL_REMEDY_RECOMMENDED')),
  outcome_reason           TEXT,
  root_cause               TEXT,
  created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
  version                  INT NOT NULL DEFAULT 0
);
CREATE INDEX referral_centre ON referral (centre_id, updated_at DESC);
CREATE INDEX referral_site_open ON referral (site_id, level) WHERE status IN ('OPEN', 'ANSWERED');
-- The ladder watch looks only at referrals whose level clock runs.
CREATE INDEX referral_level_due ON referral (level_due) WHERE status IN ('OPEN', 'ANSWERED');

-- The client's consent (§67b SGB X, Art. 7/9 GDPR): given by the client on their own device through a link whose
-- secret only the client holds (the row keeps its hash), for this case, this centre and this site.
CREATE TABLE referral_consent (
  referral_id   UUID PRIMARY KEY REFERENCES referral (id),
  token_hash    BYTEA NOT NULL UNIQUE,
  method        TEXT NOT NULL CHECK (method IN ('ELECTRONIC')),
  text_version  TEXT NOT NULL,
  given_by      TEXT,
  given_at      TIMESTAMP WITH TIME ZONE,
  expires_at    TIMESTAMP WITH TIME ZONE,
  withdrawn_at  TIMESTAMP WITH TIME ZONE,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The referral's history and thread. Audience: SHARED (both sides), CENTRE (the centre's internal notes),
-- JOBCENTER (the Jobcenter's internal notes).
CREATE TABLE referral_entry (
  id          UUID PRIMARY KEY,
  referral_id UUID NOT NULL REFERENCES referral (id),
  position    INT NOT NULL,
  type        TEXT NOT NULL,
  audience    TEXT NOT NULL CHECK (audience IN ('SHARED', 'CENTRE', 'JOBCENTER')),
  actor       TEXT NOT NULL,
  body        TEXT,
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
  UNIQUE (referral_id, position)
);
