-- Documents on a referral: the client's signed consent form (the other way to consent, beside the link) and evidence
-- either side adds (a Bescheid, a receipt stamp). Kept by sniffed content only (PDF, images), like mail attachments.
ALTER TABLE referral_consent DROP CONSTRAINT referral_consent_method_check;
ALTER TABLE referral_consent ADD CONSTRAINT referral_consent_method_check
  CHECK (method IN ('ELECTRONIC', 'SIGNED_UPLOAD'));

CREATE TABLE referral_document (
  id           UUID PRIMARY KEY,
  referral_id  UUID NOT NULL REFERENCES referral (id),
  position     INT NOT NULL,
  purpose      TEXT NOT NULL CHECK (purpose IN ('CONSENT_FORM', 'EVIDENCE')),
  filename     TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size         BIGINT NOT NULL,
  sha256       BYTEA NOT NULL,
  content      BYTEA NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX referral_document_referral ON referral_document (referral_id, position);
