package de.lotse.deadlines;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The Widerspruchsfrist of one Bescheid as computed: the day it counts as made known, the nominal end, the end after
 * moving past a weekend or holiday (and which day it moved past), and whether the one-year period applies.
 *
 * @param notifiedOn the day of Bekanntgabe (§37 SGB X), never moved
 * @param nominalEnd one month (or one year) later, month-end rule applied (§64(2) SGG)
 * @param endsOn     the last day to object: the nominal end, moved to the next working day (§64(3) SGG)
 * @param holidayAtNominalEnd the public holiday the nominal end fell on, if it did (else a moved end fell on a weekend)
 * @param oneYear    whether the year for a missing or wrong Rechtsbehelfsbelehrung applies (§66(2) SGG)
 */
public record ObjectionPeriod(LocalDate postedOn, Delivery delivery, LocalDate notifiedOn, LocalDate nominalEnd,
        LocalDate endsOn, Optional<String> holidayAtNominalEnd, boolean oneYear) {

    /** Calendar days from today to the last day (0 on the last day, negative after it). */
    public long daysLeft(LocalDate today) {
        return java.time.temporal.ChronoUnit.DAYS.between(today, endsOn);
    }

    public Urgency urgency(LocalDate today) {
        return Urgency.of(daysLeft(today));
    }

    public boolean moved() {
        return !endsOn.equals(nominalEnd);
    }
}
