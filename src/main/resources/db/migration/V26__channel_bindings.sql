-- A messenger chat connected to a concern: replies go there too, and what the citizen writes there joins the concern.
-- Made by the citizen (the status page's link carries the concern's reply token) or when a chat starts a concern.
CREATE TABLE channel_binding (
  concern_id UUID NOT NULL REFERENCES concern (id),
  channel    TEXT NOT NULL,
  address    TEXT NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (concern_id, channel, address)
);
CREATE INDEX channel_binding_by_address ON channel_binding (channel, address, created_at);
