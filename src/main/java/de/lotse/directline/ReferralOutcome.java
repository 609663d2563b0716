package de.lotse.directline;

/** How the site management settled a referral. "Not remedied" needs reasons the counsellor can act on. */
public enum ReferralOutcome {
    REMEDIED, PARTLY_REMEDIED, NOT_REMEDIED, FORMAL_REMEDY_RECOMMENDED;

    public boolean needsReason() {
        return this != REMEDIED;
    }
}
