-- The promises each Jobcenter makes, set by its administrators. Without a row the installation's defaults
-- (lotse.sla.*) apply. Changes apply to clocks started afterwards; running clocks keep the due time they promised.
CREATE TABLE service_targets (
  jobcenter_id             UUID PRIMARY KEY REFERENCES jobcenter (id),
  acknowledge_working_days INT  NOT NULL CHECK (acknowledge_working_days BETWEEN 1 AND 20),
  answer_days              INT  NOT NULL CHECK (answer_days BETWEEN 1 AND 90),
  callback_working_days    INT  NOT NULL CHECK (callback_working_days BETWEEN 1 AND 20),
  working_day_end          TIME NOT NULL CHECK (working_day_end BETWEEN '12:00' AND '22:00'),
  warn_at_percent          INT  NOT NULL CHECK (warn_at_percent BETWEEN 50 AND 95),
  changed_at               TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by               UUID NOT NULL REFERENCES staff_member (id)
);
