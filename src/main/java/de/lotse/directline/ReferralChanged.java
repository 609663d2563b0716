package de.lotse.directline;

/** Someone changed the referral since the writer read it; the page shows the fresh state and keeps what was typed. */
public class ReferralChanged extends RuntimeException {

    public ReferralChanged() {
        super("the referral was changed meanwhile");
    }
}
