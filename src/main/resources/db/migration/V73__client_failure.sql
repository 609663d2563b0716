-- Wrong tries per client (a hash of its address), kind and counting window: wrong status links and failed logins.
-- One table for both, owned by the web module's ClientFailures, so that every instance sees the same counts.
CREATE TABLE client_failure (
    purpose      TEXT        NOT NULL,
    client_key   TEXT        NOT NULL,
    window_start TIMESTAMPTZ NOT NULL,
    failures     INTEGER     NOT NULL,
    PRIMARY KEY (purpose, client_key, window_start)
);
CREATE INDEX client_failure_by_window ON client_failure (window_start);
-- Its counts lasted a minute each; they move to client_failure.
DROP TABLE status_link_failure;
