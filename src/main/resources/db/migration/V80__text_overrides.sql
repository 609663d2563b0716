-- A Jobcenter's own wording of a shipped text in one language, set by its administrators without a redeploy.
-- Without a row the message bundles' text applies. Language is Lotse's language code (de, de-LS, en, uk, ...).
CREATE TABLE text_override (
  jobcenter_id UUID NOT NULL REFERENCES jobcenter (id),
  message_key  TEXT NOT NULL CHECK (length(message_key) <= 200),
  language     TEXT NOT NULL CHECK (length(language) <= 10),
  text         TEXT NOT NULL CHECK (length(text) <= 4000),
  changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by   UUID NOT NULL REFERENCES staff_member (id),
  PRIMARY KEY (jobcenter_id, message_key, language)
);

-- Every change of the wording, kept: who changed which text when, from what to what (a reset has no new text).
CREATE TABLE text_override_change (
  id           UUID PRIMARY KEY,
  jobcenter_id UUID NOT NULL REFERENCES jobcenter (id),
  message_key  TEXT NOT NULL,
  language     TEXT NOT NULL,
  old_text     TEXT,
  new_text     TEXT,
  changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by   UUID NOT NULL REFERENCES staff_member (id),
  -- the login as it was, so the history reads without the staff tables of another module
  changed_by_login TEXT NOT NULL
);
CREATE INDEX text_override_change_key ON text_override_change (jobcenter_id, message_key, changed_at DESC);
