-- Measures (Maßnahmen) taken against a recurring conflict: which pattern (legal subject at a site, the month it was
-- found), what is changed, who owns it, by when, and from when it is in effect, so that its effect on the pattern's
-- count can be measured and reported to the partners. Owners are named as a unit or role, not ranked.
CREATE TABLE insight_measure
(
  id                 UUID PRIMARY KEY,
  jobcenter_id       UUID NOT NULL,
  legal_topic        TEXT NOT NULL,
  site_id            UUID,
  detected_month     DATE NOT NULL,
  title              TEXT NOT NULL,
  change_kind        TEXT NOT NULL,
  change_description TEXT NOT NULL,
  owner              TEXT NOT NULL,
  due_on             DATE NOT NULL,
  status             TEXT NOT NULL CHECK (status IN ('PLANNED', 'IN_EFFECT', 'CLOSED')),
  effective_from     DATE,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by         UUID NOT NULL,
  version            INT NOT NULL
);
CREATE INDEX insight_measure_by_jobcenter ON insight_measure (jobcenter_id, status);
