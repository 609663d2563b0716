-- Reminders of a referral's objection deadline (the Bescheid it is about), 7 and 3 days before the end: once each.
CREATE TABLE referral_deadline_reminder (
  referral_id UUID NOT NULL REFERENCES referral (id),
  level       TEXT NOT NULL CHECK (level IN ('SEVEN_DAYS', 'THREE_DAYS')),
  ends_on     DATE NOT NULL,
  reminded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (referral_id, level)
);
CREATE INDEX referral_bescheid_date ON referral (bescheid_date) WHERE bescheid_date IS NOT NULL;
