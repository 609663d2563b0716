-- Jobcenter staff with local login. Passwords only as hashes; repeated failures lock the account for a while.
CREATE TABLE staff_member
(
  id            UUID PRIMARY KEY,
  jobcenter_id  UUID NOT NULL REFERENCES jobcenter (id),
  login         TEXT NOT NULL UNIQUE,
  display_name  TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('AGENT', 'CASEWORKER', 'SITE_MANAGER', 'AREA_MANAGER',
                                              'QUALITY_MANAGEMENT', 'ADMINISTRATOR')),
  password_hash TEXT,
  failed_logins INT NOT NULL DEFAULT 0,
  locked_until  TIMESTAMP WITH TIME ZONE,
  active        BOOLEAN NOT NULL DEFAULT TRUE
);

-- The sites whose concerns a staff member works on.
CREATE TABLE staff_site
(
  staff_id UUID NOT NULL REFERENCES staff_member (id),
  site_id  UUID NOT NULL REFERENCES site (id),
  PRIMARY KEY (staff_id, site_id)
);
