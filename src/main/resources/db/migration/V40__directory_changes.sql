-- Partner editing of the directory (issue 6). A directory editor is a partner account that keeps only its centre's
-- directory entries and never sees referrals.
ALTER TABLE staff_member DROP CONSTRAINT staff_member_role_check;
ALTER TABLE staff_member ADD CONSTRAINT staff_member_role_check CHECK (role IN ('AGENT', 'CASEWORKER', 'SITE_MANAGER',
  'AREA_MANAGER', 'EXECUTIVE_MANAGER', 'QUALITY_MANAGEMENT', 'ADMINISTRATOR', 'COUNSELLOR', 'PARTNER_ADMIN',
  'DIRECTORY_EDITOR'));
ALTER TABLE staff_member DROP CONSTRAINT staff_member_partner_has_centre;
ALTER TABLE staff_member ADD CONSTRAINT staff_member_partner_has_centre CHECK (
  (role IN ('COUNSELLOR', 'PARTNER_ADMIN', 'DIRECTORY_EDITOR')) = (counselling_centre_id IS NOT NULL));

-- A proposed change of one directory entry: a new service, a changed one, or its withdrawal. The published entry stays
-- as it is until the coordinator publishes the change; a rejection says why. Every change stays, as the entry's
-- history. The proposal holds the whole entry as it should read (with its translations).
CREATE TABLE directory_change (
  id                 UUID PRIMARY KEY,
  jobcenter_id       UUID NOT NULL REFERENCES jobcenter (id),
  organization_id    UUID NOT NULL,
  service_id         UUID NOT NULL,
  kind               TEXT NOT NULL CHECK (kind IN ('NEW', 'UPDATE', 'WITHDRAW')),
  proposal           JSONB,
  -- the published service's updated_at when editing started: a change made on an older state is a conflict
  base_updated_at    TIMESTAMP WITH TIME ZONE,
  changed_fields     TEXT NOT NULL DEFAULT '',
  status             TEXT NOT NULL CHECK (status IN ('PENDING', 'PUBLISHED', 'REJECTED', 'SUPERSEDED',
                                                     'WITHDRAWN_BY_EDITOR')),
  proposed_by        UUID NOT NULL REFERENCES staff_member (id),
  proposed_by_name   TEXT NOT NULL,
  proposer_centre_id UUID REFERENCES counselling_centre (id),
  proposed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  reviewed_by        UUID REFERENCES staff_member (id),
  reviewed_by_name   TEXT,
  reviewed_at        TIMESTAMP WITH TIME ZONE,
  review_comment     TEXT,
  CHECK (kind = 'WITHDRAW' OR proposal IS NOT NULL),
  CHECK (status <> 'REJECTED' OR (review_comment IS NOT NULL AND review_comment <> ''))
);
-- One open change per entry: a newer one supersedes it.
CREATE UNIQUE INDEX directory_change_one_pending ON directory_change (service_id) WHERE status = 'PENDING';
CREATE INDEX directory_change_service ON directory_change (service_id, proposed_at);
CREATE INDEX directory_change_organization ON directory_change (organization_id, proposed_at);

-- The coordinator lets an umbrella (a union federation, a welfare association's central office) edit the entries of
-- member organizations besides those linked to its own centre.
CREATE TABLE directory_editing_grant (
  centre_id       UUID NOT NULL REFERENCES counselling_centre (id),
  organization_id UUID NOT NULL REFERENCES directory_organization (id),
  granted_by      UUID NOT NULL REFERENCES staff_member (id),
  granted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (centre_id, organization_id)
);
CREATE INDEX directory_editing_grant_organization ON directory_editing_grant (organization_id);
