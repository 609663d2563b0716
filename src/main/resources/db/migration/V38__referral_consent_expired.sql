-- A consent that ran out ends the referral like a withdrawal: its own status, so that lists, the ladder and the
-- reminders leave it alone.
ALTER TABLE referral DROP CONSTRAINT referral_status_check;
ALTER TABLE referral ADD CONSTRAINT referral_status_check CHECK (status IN ('AWAITING_CONSENT', 'OPEN', 'ANSWERED',
  'RESOLVED', 'CONSENT_WITHDRAWN', 'CONSENT_EXPIRED'));
CREATE INDEX referral_consent_expiry ON referral_consent (expires_at) WHERE withdrawn_at IS NULL AND given_at IS NOT NULL;
