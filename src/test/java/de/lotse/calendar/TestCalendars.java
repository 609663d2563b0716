package de.lotse.calendar;

import java.time.Clock;

/** Calendars for unit tests of other modules: Hamburg's statutory holidays, one-off holidays kept in memory. */
public final class TestCalendars {

    private TestCalendars() {
    }

    public static HamburgCalendar hamburg() {
        return new HamburgCalendar(new HamburgCalendarUnitTest.InMemoryOneOffHolidays(), Clock.systemUTC());
    }
}
