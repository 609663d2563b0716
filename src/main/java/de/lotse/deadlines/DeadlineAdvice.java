package de.lotse.deadlines;

import java.time.LocalDate;

/**
 * What to tell someone about a Bescheid today: its Widerspruchsfrist, how near its end is, and — once it has passed —
 * how far back a review request could still reach.
 */
public record DeadlineAdvice(ObjectionPeriod period, LocalDate today, LocalDate reviewReachesBackTo) {

    public long daysLeft() {
        return period.daysLeft(today);
    }

    public Urgency urgency() {
        return period.urgency(today);
    }

    public boolean expired() {
        return urgency() == Urgency.EXPIRED;
    }

    /** The written reminders of a nearing end: a week and three days before it. */
    public enum Reminder {
        SEVEN_DAYS(7), THREE_DAYS(3);

        private final int daysBefore;

        Reminder(int daysBefore) {
            this.daysBefore = daysBefore;
        }

        public int daysBefore() {
            return daysBefore;
        }
    }

    /**
     * The nearest reminder reached today that was not reached yet on {@code knownSince} (the day the Bescheid became
     * known to Lotse, when the deadline was shown anyway); empty after the end.
     */
    public java.util.Optional<Reminder> reminderDue(LocalDate knownSince) {
        long left = daysLeft();
        if (left < 0) {
            return java.util.Optional.empty();
        }
        for (Reminder reminder : java.util.List.of(Reminder.THREE_DAYS, Reminder.SEVEN_DAYS)) {
            if (left <= reminder.daysBefore && knownSince.isBefore(period.endsOn().minusDays(reminder.daysBefore))) {
                return java.util.Optional.of(reminder);
            }
        }
        return java.util.Optional.empty();
    }
}
