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
}
