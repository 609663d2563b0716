-- The directory of independent counselling centres, shaped on Open Referral HSDS 3: organizations offer services at
-- locations, with schedules, languages, accessibility, taxonomy terms and contacts. Only published entries are public;
-- partner editors' changes wait for a coordinator's review (issue 6). Sample entries are marked as such.
CREATE TABLE directory_organization (
  id                    UUID PRIMARY KEY,
  jobcenter_id          UUID NOT NULL REFERENCES jobcenter (id),
  name                  TEXT NOT NULL,
  alternate_name        TEXT,
  description           TEXT NOT NULL,
  provider              TEXT,
  email                 TEXT,
  website               TEXT,
  counselling_centre_id UUID REFERENCES counselling_centre (id),
  sample                BOOLEAN NOT NULL DEFAULT FALSE,
  created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at            TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE directory_location (
  id              UUID PRIMARY KEY,
  organization_id UUID NOT NULL REFERENCES directory_organization (id),
  name            TEXT NOT NULL,
  address_1       TEXT NOT NULL,
  postal_code     TEXT NOT NULL,
  city            TEXT NOT NULL DEFAULT 'Hamburg',
  district        TEXT NOT NULL CHECK (district IN ('HAMBURG_MITTE', 'ALTONA', 'EIMSBUETTEL', 'HAMBURG_NORD', 'WANDSBEK',
                                                     'BERGEDORF', 'HARBURG')),
  latitude        DOUBLE PRECISION NOT NULL,
  longitude       DOUBLE PRECISION NOT NULL,
  transportation  TEXT
);
CREATE INDEX directory_location_organization ON directory_location (organization_id);

CREATE TABLE directory_service (
  id                UUID PRIMARY KEY,
  organization_id   UUID NOT NULL REFERENCES directory_organization (id),
  name              TEXT NOT NULL,
  description       TEXT NOT NULL,
  easy_description  TEXT,
  status            TEXT NOT NULL CHECK (status IN ('PUBLISHED', 'IN_REVIEW', 'DRAFT', 'WITHDRAWN')),
  free_of_charge    BOOLEAN NOT NULL DEFAULT TRUE,
  fees_description  TEXT,
  appointment       TEXT NOT NULL CHECK (appointment IN ('REQUIRED', 'WALK_IN', 'BOTH')),
  phone_advice      BOOLEAN NOT NULL DEFAULT FALSE,
  video_advice      BOOLEAN NOT NULL DEFAULT FALSE,
  email             TEXT,
  website           TEXT,
  verified_at       DATE,
  verified_by       TEXT,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX directory_service_published ON directory_service (organization_id) WHERE status = 'PUBLISHED';

CREATE TABLE directory_service_at_location (
  service_id  UUID NOT NULL REFERENCES directory_service (id),
  location_id UUID NOT NULL REFERENCES directory_location (id),
  PRIMARY KEY (service_id, location_id)
);
CREATE INDEX directory_service_at_location_location ON directory_service_at_location (location_id);

-- Weekly hours (HSDS schedule with freq=WEEKLY, byday, opens_at, closes_at), for visits or for phone advice.
CREATE TABLE directory_schedule (
  id          UUID PRIMARY KEY,
  service_id  UUID NOT NULL REFERENCES directory_service (id),
  location_id UUID REFERENCES directory_location (id),
  kind        TEXT NOT NULL CHECK (kind IN ('OPENING', 'PHONE')),
  by_day      TEXT NOT NULL CHECK (by_day IN ('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU')),
  opens_at    TIME NOT NULL,
  closes_at   TIME NOT NULL,
  valid_from  DATE,
  valid_to    DATE,
  notes       TEXT,
  CHECK (opens_at <> closes_at)
);
CREATE INDEX directory_schedule_service ON directory_schedule (service_id);

-- Days that differ from the week: closed (holidays of the centre, a team day) or other hours. Hamburg's public
-- holidays close every centre unless an exception opens it.
CREATE TABLE directory_schedule_exception (
  id          UUID PRIMARY KEY,
  service_id  UUID NOT NULL REFERENCES directory_service (id),
  day         DATE NOT NULL,
  closed      BOOLEAN NOT NULL,
  opens_at    TIME,
  closes_at   TIME,
  notes       TEXT,
  UNIQUE (service_id, day)
);

CREATE TABLE directory_service_language (
  service_id UUID NOT NULL REFERENCES directory_service (id),
  language   TEXT NOT NULL,
  PRIMARY KEY (service_id, language)
);
CREATE INDEX directory_service_language_language ON directory_service_language (language);

CREATE TABLE directory_accessibility (
  location_id UUID NOT NULL REFERENCES directory_location (id),
  feature     TEXT NOT NULL CHECK (feature IN ('STEP_FREE', 'ACCESSIBLE_TOILET', 'HEARING_LOOP', 'SIGN_LANGUAGE',
                                               'EASY_LANGUAGE', 'LIFT', 'PARKING_DISABLED')),
  PRIMARY KEY (location_id, feature)
);

-- The topics a service helps with (the directory's taxonomy, HSDS taxonomy_term).
CREATE TABLE directory_taxonomy_term (
  code      TEXT PRIMARY KEY,
  name_de   TEXT NOT NULL,
  name_en   TEXT NOT NULL,
  name_ls   TEXT NOT NULL,
  position  INT NOT NULL
);
INSERT INTO directory_taxonomy_term (code, name_de, name_en, name_ls, position) VALUES
  ('SGB2', 'Bürgergeld und Jobcenter (SGB II)', 'Citizen''s income and Jobcenter (SGB II)', 'Bürger-Geld und Jobcenter', 1),
  ('HOUSING', 'Wohnen, Miete und Heizkosten', 'Housing, rent and heating', 'Wohnung und Miete', 2),
  ('DEBT', 'Schulden', 'Debt', 'Schulden', 3),
  ('MIGRATION', 'Migration und Aufenthalt', 'Migration and residence', 'Aus einem anderen Land kommen', 4),
  ('DISABILITY', 'Behinderung und Teilhabe', 'Disability and participation', 'Behinderung', 5),
  ('WORK', 'Arbeit, Arbeitsrecht und Arbeitslosigkeit', 'Work, employment law and unemployment', 'Arbeit', 6),
  ('FAMILY', 'Familie, Kinder und Alleinerziehende', 'Family, children and single parents', 'Familie und Kinder', 7),
  ('HEALTH', 'Gesundheit und Pflege', 'Health and care', 'Gesundheit', 8),
  ('ENERGY', 'Strom- und Gassperren', 'Power and gas cut-offs', 'Strom und Gas', 9),
  ('LEGAL', 'Widerspruch und Klage', 'Objection and court', 'Widerspruch', 10);

CREATE TABLE directory_service_taxonomy (
  service_id UUID NOT NULL REFERENCES directory_service (id),
  term       TEXT NOT NULL REFERENCES directory_taxonomy_term (code),
  PRIMARY KEY (service_id, term)
);
CREATE INDEX directory_service_taxonomy_term ON directory_service_taxonomy (term);

CREATE TABLE directory_phone (
  id          UUID PRIMARY KEY,
  service_id  UUID NOT NULL REFERENCES directory_service (id),
  number      TEXT NOT NULL,
  description TEXT
);

-- Translations of an entry's free texts (HSDS leaves them to the publisher): per entity, field and language.
CREATE TABLE directory_translation (
  entity_type TEXT NOT NULL CHECK (entity_type IN ('ORGANIZATION', 'SERVICE', 'LOCATION')),
  entity_id   UUID NOT NULL,
  field       TEXT NOT NULL,
  language    TEXT NOT NULL,
  text        TEXT NOT NULL,
  PRIMARY KEY (entity_type, entity_id, field, language)
);

-- Where a postcode lies, for "nearest first": the postcode area's centre point.
CREATE TABLE postcode_centroid (
  postal_code TEXT PRIMARY KEY,
  latitude    DOUBLE PRECISION NOT NULL,
  longitude   DOUBLE PRECISION NOT NULL,
  district    TEXT
);
