-- Barriers people report through the accessibility statement's feedback form (BITV 2.0 § 7): kept, and forwarded to
-- the configured mailbox through the outbox (forwarded_at once it went). Name and address only if the person gave one.
CREATE TABLE accessibility_feedback (
  id           UUID PRIMARY KEY,
  message      TEXT NOT NULL,
  page         TEXT,
  name         TEXT,
  email        TEXT,
  language     TEXT NOT NULL,
  received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  forwarded_at TIMESTAMP WITH TIME ZONE
);
