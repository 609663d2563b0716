package de.lotse.deadlines;

/** How near the end of a period is, for warnings: 7 and 3 days before, the last day, and past. */
public enum Urgency {
    RUNNING, WITHIN_SEVEN_DAYS, WITHIN_THREE_DAYS, LAST_DAY, EXPIRED;

    static Urgency of(long daysLeft) {
        if (daysLeft < 0) {
            return EXPIRED;
        }
        if (daysLeft == 0) {
            return LAST_DAY;
        }
        if (daysLeft <= 3) {
            return WITHIN_THREE_DAYS;
        }
        return daysLeft <= 7 ? WITHIN_SEVEN_DAYS : RUNNING;
    }

    /** Whether to warn at all. */
    public boolean warns() {
        return this != RUNNING;
    }
}
