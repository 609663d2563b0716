-- The public keys of the Threema IDs Lotse writes with, as Threema's directory gave them. Kept so that a changed key
-- is noticed (and logged) instead of silently trusted; a key is fetched again when a message no longer opens with it.
CREATE TABLE threema_public_key (
  threema_id TEXT PRIMARY KEY,
  public_key BYTEA NOT NULL,
  fetched_at TIMESTAMP WITH TIME ZONE NOT NULL
);
