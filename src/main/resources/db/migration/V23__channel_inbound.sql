-- Every message that came in on a channel, once (unique per channel and the channel's own message id), with what
-- became of it and, for e-mail, the whole original: the timeline shows the text without quoted history, attachments
-- and markup, the original keeps everything.
CREATE TABLE channel_inbound (
  id          UUID PRIMARY KEY,
  channel     TEXT NOT NULL,
  external_id TEXT NOT NULL,
  sender      TEXT,
  subject     TEXT,
  outcome     TEXT NOT NULL CHECK (outcome IN ('ADDED', 'NEW_CONCERN', 'AUTO_REPLY', 'BOUNCE', 'UNREADABLE')),
  concern_id  UUID REFERENCES concern (id),
  raw         BYTEA,
  raw_size    BIGINT NOT NULL,
  received_at TIMESTAMP WITH TIME ZONE NOT NULL,
  UNIQUE (channel, external_id)
);
CREATE INDEX channel_inbound_of_concern ON channel_inbound (concern_id);
-- Acknowledgements carry the status link, which is stored only as a hash on the concern: the text to send is kept on
-- the delivery until it is sent, then removed.
ALTER TABLE channel_delivery ADD COLUMN subject TEXT;
ALTER TABLE channel_delivery ADD COLUMN content TEXT;
ALTER TABLE channel_delivery ADD COLUMN reference TEXT;
ALTER TABLE channel_delivery ADD COLUMN language TEXT;
ALTER TABLE channel_delivery ADD COLUMN in_reply_to TEXT;
