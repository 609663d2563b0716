-- Jobcenters (tenants), their sites, and the postcode table that routes a concern to the responsible site.
-- Responsibility does not follow district borders, so routing is data that administrators edit, not code.
CREATE TABLE jobcenter
(
  id               UUID PRIMARY KEY,
  code             TEXT NOT NULL UNIQUE,
  name             TEXT NOT NULL,
  reference_prefix TEXT NOT NULL UNIQUE CHECK (reference_prefix ~ '^[A-Z]{2,3}$')
);

CREATE TABLE site
(
  id           UUID PRIMARY KEY,
  jobcenter_id UUID NOT NULL REFERENCES jobcenter (id),
  code         TEXT NOT NULL,
  name         TEXT NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('REGIONAL', 'SPECIAL')),
  note         TEXT,
  UNIQUE (jobcenter_id, code)
);

CREATE TABLE postcode_route
(
  jobcenter_id UUID NOT NULL REFERENCES jobcenter (id),
  postcode     CHAR(5) NOT NULL CHECK (postcode ~ '^[0-9]{5}$'),
  site_id      UUID NOT NULL REFERENCES site (id),
  PRIMARY KEY (jobcenter_id, postcode)
);
