-- Each reply to carry out on a channel, from queued to sent or failed. One row per reply and channel (unique), so
-- that the outbox handing the same reply over twice queues it once. The Message-ID is fixed when queued: should a
-- send be repeated after a crash between the mail server's "250 OK" and our commit, it carries the same Message-ID,
-- which mail clients show once.
CREATE TABLE channel_delivery (
  id              UUID PRIMARY KEY,
  concern_id      UUID NOT NULL REFERENCES concern (id),
  position        INT  NOT NULL,
  channel         TEXT NOT NULL,
  recipient       TEXT NOT NULL,
  status          TEXT NOT NULL CHECK (status IN ('QUEUED', 'SENT', 'DELIVERED', 'READ', 'FAILED')),
  attempts        INT  NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMP WITH TIME ZONE,
  last_error      TEXT,
  external_id     TEXT NOT NULL UNIQUE,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  UNIQUE (concern_id, position, channel)
);
CREATE INDEX channel_delivery_due ON channel_delivery (next_attempt_at) WHERE status = 'QUEUED';
