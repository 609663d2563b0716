-- How long a Jobcenter keeps the personal data of finished cases (Art. 5(1)(e) GDPR, §84 SGB X): months after a
-- concern was closed (or resolved) and after a direct-line referral ended. Without a row the installation's defaults
-- (lotse.retention.*) apply. Set by the Jobcenter's administrators; who and when is kept.
CREATE TABLE retention_policy (
  jobcenter_id    UUID PRIMARY KEY REFERENCES jobcenter (id),
  concern_months  INT  NOT NULL CHECK (concern_months BETWEEN 3 AND 120),
  referral_months INT  NOT NULL CHECK (referral_months BETWEEN 3 AND 120),
  changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by      UUID NOT NULL REFERENCES staff_member (id)
);
