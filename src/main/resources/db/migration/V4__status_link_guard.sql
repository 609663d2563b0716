-- Failed status-link look-ups per client and minute, so that guessing secrets is slowed down on every instance.
CREATE TABLE status_link_failure
(
  client_key   TEXT NOT NULL,
  window_start TIMESTAMP WITH TIME ZONE NOT NULL,
  failures     INT NOT NULL,
  PRIMARY KEY (client_key, window_start)
);
