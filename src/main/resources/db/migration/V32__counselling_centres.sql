-- Independent counselling centres (Beratungsstellen of welfare associations, unions, unemployment advice) that the
-- Jobcenter's administrator approves as direct-line partners, and their counsellors' accounts. Counsellors log in like
-- staff (same accounts table, same lockout), but belong to a centre and have no sites.
CREATE TABLE counselling_centre (
  id            UUID PRIMARY KEY,
  jobcenter_id  UUID NOT NULL REFERENCES jobcenter (id),
  name          TEXT NOT NULL,
  provider      TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('WELFARE_ASSOCIATION', 'TRADE_UNION', 'UNEMPLOYMENT_ADVICE', 'OTHER')),
  email         TEXT NOT NULL,
  phone         TEXT,
  address       TEXT,
  status        TEXT NOT NULL CHECK (status IN ('APPLIED', 'APPROVED', 'SUSPENDED')),
  status_reason TEXT,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  approved_at   TIMESTAMP WITH TIME ZONE,
  approved_by   UUID REFERENCES staff_member (id),
  UNIQUE (jobcenter_id, name)
);

ALTER TABLE staff_member ADD COLUMN counselling_centre_id UUID REFERENCES counselling_centre (id);
ALTER TABLE staff_member DROP CONSTRAINT staff_member_role_check;
ALTER TABLE staff_member ADD CONSTRAINT staff_member_role_check CHECK (role IN ('AGENT', 'CASEWORKER', 'SITE_MANAGER',
  'AREA_MANAGER', 'EXECUTIVE_MANAGER', 'QUALITY_MANAGEMENT', 'ADMINISTRATOR', 'COUNSELLOR', 'PARTNER_ADMIN'));
-- A counsellor belongs to exactly one centre; Jobcenter staff to none.
ALTER TABLE staff_member ADD CONSTRAINT staff_member_partner_has_centre CHECK (
  (role IN ('COUNSELLOR', 'PARTNER_ADMIN')) = (counselling_centre_id IS NOT NULL));
CREATE INDEX staff_member_centre ON staff_member (counselling_centre_id) WHERE counselling_centre_id IS NOT NULL;
