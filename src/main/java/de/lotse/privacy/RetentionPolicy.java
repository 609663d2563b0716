package de.lotse.privacy;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * How long a Jobcenter keeps the personal data of finished cases, in months: after a concern was closed (or resolved),
 * and after a direct-line referral ended. Then the personal data go; the skeleton stays for statistics.
 */
public record RetentionPolicy(int concernMonths, int referralMonths) {

    public static final int MIN_MONTHS = 3;
    public static final int MAX_MONTHS = 120;

    public RetentionPolicy {
        if (!allowed(concernMonths) || !allowed(referralMonths)) {
            throw new IllegalArgumentException("Retention months out of range: " + concernMonths + ", " + referralMonths);
        }
    }

    public static boolean allowed(int months) {
        return months >= MIN_MONTHS && months <= MAX_MONTHS;
    }

    /** Concerns finished before this moment are due for anonymisation. */
    public Instant concernsFinishedBefore(Instant now) {
        return monthsBefore(now, concernMonths);
    }

    /** Referrals ended before this moment are due for anonymisation. */
    public Instant referralsEndedBefore(Instant now) {
        return monthsBefore(now, referralMonths);
    }

    private static Instant monthsBefore(Instant now, int months) {
        return now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
    }
}
