package de.lotse.calendar;

import java.time.LocalDate;

/** A day on which the Jobcenter is closed, with its German name. */
public record PublicHoliday(LocalDate date, String name) implements Comparable<PublicHoliday> {

    @Override
    public int compareTo(PublicHoliday other) {
        return date.compareTo(other.date);
    }
}
