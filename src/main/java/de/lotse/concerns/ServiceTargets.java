package de.lotse.concerns;

import java.time.Duration;
import java.time.LocalTime;

/**
 * The promises a Jobcenter makes to citizens (DESIGN.md §4), set by its administrators: acknowledge within so many
 * working days, answer within so many calendar days, call back within so many working days (48 hours = 2), the end of
 * the working day that working-day promises end at, and the share of a promise's time after which staff are warned.
 */
public record ServiceTargets(int acknowledgeWorkingDays, int answerDays, int callbackWorkingDays, LocalTime workingDayEnd,
        int warnAtPercent) {

    static final int MAX_WORKING_DAYS = 20;
    static final int MAX_ANSWER_DAYS = 90;
    static final LocalTime EARLIEST_DAY_END = LocalTime.of(12, 0);
    static final LocalTime LATEST_DAY_END = LocalTime.of(22, 0);
    static final int MIN_WARN_PERCENT = 50;
    static final int MAX_WARN_PERCENT = 95;

    public ServiceTargets {
        if (acknowledgeWorkingDays < 1 || acknowledgeWorkingDays > MAX_WORKING_DAYS || answerDays < 1
                || answerDays > MAX_ANSWER_DAYS || callbackWorkingDays < 1 || callbackWorkingDays > MAX_WORKING_DAYS
                || workingDayEnd.isBefore(EARLIEST_DAY_END) || workingDayEnd.isAfter(LATEST_DAY_END)
                || warnAtPercent < MIN_WARN_PERCENT || warnAtPercent > MAX_WARN_PERCENT) {
            throw new IllegalArgumentException("Service targets out of range: " + acknowledgeWorkingDays + ", "
                    + answerDays + ", " + callbackWorkingDays + ", " + workingDayEnd + ", " + warnAtPercent);
        }
    }

    Duration answerWithin() {
        return Duration.ofDays(answerDays);
    }

    double warnAtShare() {
        return warnAtPercent / 100.0;
    }
}
