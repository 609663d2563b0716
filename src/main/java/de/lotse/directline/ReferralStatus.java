package de.lotse.directline;

/**
 * Where a referral stands. Until the client consents it is the centre's draft, unseen by the Jobcenter; a withdrawn
 * consent ends it for both sides.
 */
public enum ReferralStatus {
    AWAITING_CONSENT, OPEN, ANSWERED, RESOLVED, CONSENT_WITHDRAWN, CONSENT_EXPIRED;

    /** Whether the site management still owes work (the ladder's clocks run). */
    public boolean running() {
        return this == OPEN || this == ANSWERED;
    }

    /** Whether anyone may still read it: not after the consent was withdrawn or ran out. */
    public boolean readable() {
        return this != CONSENT_WITHDRAWN && this != CONSENT_EXPIRED;
    }
}
