-- Files that came with a message. Kept in their own table (not in the concern's rows), only after their content was
-- sniffed to be a type staff can open safely; others are listed with the reason and stay in the kept original.
CREATE TABLE channel_attachment (
  id            UUID PRIMARY KEY,
  inbound_id    UUID NOT NULL REFERENCES channel_inbound (id),
  concern_id    UUID NOT NULL REFERENCES concern (id),
  position      INT  NOT NULL,
  filename      TEXT NOT NULL,
  declared_type TEXT,
  content_type  TEXT,
  size          BIGINT NOT NULL,
  outcome       TEXT NOT NULL CHECK (outcome IN ('KEPT', 'TYPE_REFUSED', 'TOO_BIG')),
  content       BYTEA,
  sha256        TEXT NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX channel_attachment_of_concern ON channel_attachment (concern_id, position);
