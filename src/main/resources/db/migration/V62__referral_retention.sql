-- When a referral's personal data were removed after the Jobcenter's retention period (counted from its end: settled,
-- consent withdrawn or run out, or a consent never given). The skeleton stays for statistics.
ALTER TABLE referral ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX referral_retention_due ON referral (jobcenter_id, updated_at)
  WHERE status IN ('RESOLVED', 'CONSENT_WITHDRAWN', 'CONSENT_EXPIRED', 'AWAITING_CONSENT') AND anonymised_at IS NULL;
