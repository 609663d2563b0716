-- Who changed a counselling centre's standing, when and why: registration, approval, suspension, re-approval. The
-- centre row keeps the latest approval (approved_by, approved_at) and the reason of its current status; this table
-- keeps every step, so a suspension does not erase who approved the centre before.
CREATE TABLE counselling_centre_status_change (
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- the order of the steps, also within one instant
  centre_id   UUID NOT NULL REFERENCES counselling_centre (id),
  status      TEXT NOT NULL CHECK (status IN ('APPLIED', 'APPROVED', 'SUSPENDED')),
  reason      TEXT,
  changed_by  UUID REFERENCES staff_member (id),
  changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX counselling_centre_status_change_centre ON counselling_centre_status_change (centre_id, id);

-- A suspension always says why: the centre's people read it.
ALTER TABLE counselling_centre ADD CONSTRAINT counselling_centre_suspension_has_reason
  CHECK (status <> 'SUSPENDED' OR (status_reason IS NOT NULL AND status_reason <> ''));
