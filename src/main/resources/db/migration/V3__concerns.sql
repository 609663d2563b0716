-- A citizen's concern and its timeline. The status link secret is never stored: only its SHA-256 hash (to find
-- the concern) and a salt from which the server key re-derives it.
CREATE TABLE concern
(
  id                    UUID PRIMARY KEY,
  jobcenter_id          UUID NOT NULL,
  reference             TEXT NOT NULL UNIQUE,
  kind                  TEXT NOT NULL,
  urgency               TEXT NOT NULL,
  status                TEXT NOT NULL,
  legal_topic           TEXT NOT NULL,
  administrative_problem TEXT NOT NULL,
  description           TEXT NOT NULL,
  notice_date           DATE,
  customer_number       TEXT,
  citizen_name          TEXT,
  postcode              CHAR(5),
  without_fixed_address BOOLEAN NOT NULL DEFAULT FALSE,
  site_id               UUID,
  contact_channel       TEXT NOT NULL,
  contact_email         TEXT,
  contact_phone         TEXT,
  preferred_language    TEXT NOT NULL,
  status_link_hash      BYTEA NOT NULL UNIQUE,
  status_link_salt      BYTEA NOT NULL,
  idempotency_key_hash  BYTEA NOT NULL UNIQUE,
  request_fingerprint   BYTEA NOT NULL,
  received_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  version               INT NOT NULL
);
CREATE INDEX concern_by_site_and_status ON concern (site_id, status);
CREATE INDEX concern_full_text ON concern USING gin (to_tsvector('german', description));

CREATE TABLE concern_timeline_entry
(
  id                   UUID PRIMARY KEY,
  concern_id           UUID NOT NULL REFERENCES concern (id),
  position             INT NOT NULL,
  type                 TEXT NOT NULL,
  audience             TEXT NOT NULL CHECK (audience IN ('CITIZEN', 'INTERNAL')),
  body                 TEXT,
  status               TEXT,
  idempotency_key_hash BYTEA,
  occurred_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  UNIQUE (concern_id, position),
  UNIQUE (concern_id, idempotency_key_hash)
);
