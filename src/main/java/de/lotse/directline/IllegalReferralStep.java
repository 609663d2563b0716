package de.lotse.directline;

/** A step the referral's state does not allow; the message says why, for logs and tests. */
public class IllegalReferralStep extends RuntimeException {

    public IllegalReferralStep(String why) {
        super(why);
    }
}
