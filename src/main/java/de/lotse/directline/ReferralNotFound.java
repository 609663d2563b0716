package de.lotse.directline;

/**
 * No referral the reader may see: none by that reference, another centre's or site's, or one whose consent was
 * withdrawn or ran out. The same answer for all, so that nobody learns which.
 */
public class ReferralNotFound extends RuntimeException {

    public ReferralNotFound() {
        super("no such referral for this reader");
    }
}
