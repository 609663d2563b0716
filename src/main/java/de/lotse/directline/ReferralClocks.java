package de.lotse.directline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import de.lotse.calendar.HamburgCalendar;
import de.lotse.concerns.Urgency;

/**
 * The direct line's agreed clocks, on the Hamburg calendar: the site management answers first within 2 working days
 * and settles within 10; each escalation level has 5 working days; an existential case is due the same working day
 * (after the end of the working day: the next one). All configurable ({@code lotse.directline.*}).
 */
@Component
public class ReferralClocks {

    private final HamburgCalendar calendar;
    private final int firstResponseDays;
    private final int resolutionDays;
    private final int escalationDays;
    private final LocalTime endOfDay;

    ReferralClocks(HamburgCalendar calendar, @Value("${lotse.directline.first-response-working-days:2}") int firstResponseDays,
            @Value("${lotse.directline.resolution-working-days:10}") int resolutionDays,
            @Value("${lotse.directline.escalation-working-days:5}") int escalationDays,
            @Value("${lotse.directline.end-of-working-day:18:00}") LocalTime endOfDay) {
        this.calendar = calendar;
        this.firstResponseDays = firstResponseDays;
        this.resolutionDays = resolutionDays;
        this.escalationDays = escalationDays;
        this.endOfDay = endOfDay;
    }

    public Instant firstResponseDue(Instant from, Urgency urgency) {
        return due(from, urgency == Urgency.EXISTENTIAL ? 0 : firstResponseDays);
    }

    public Instant resolutionDue(Instant from, Urgency urgency) {
        return due(from, urgency == Urgency.EXISTENTIAL ? 0 : resolutionDays);
    }

    /** The clock of a level the referral climbed to. */
    public Instant levelDue(Instant from, Urgency urgency) {
        return due(from, urgency == Urgency.EXISTENTIAL ? 0 : escalationDays);
    }

    /**
     * The end of the working day that is the given number of working days after the start (0: its own). A case that
     * comes in during the last two hours of a working day counts from the next one: nobody can be expected to answer
     * within minutes, and a level clock must not run out before anyone could look.
     */
    private Instant due(Instant from, int workingDays) {
        ZonedDateTime start = from.atZone(HamburgCalendar.ZONE);
        LocalDate day = start.toLocalDate();
        if (!calendar.isWorkingDay(day) || !start.toLocalTime().isBefore(endOfDay.minusHours(2))) {
            day = calendar.workingDayOnOrAfter(day.plusDays(1)); // after hours: counts from the next working day
        }
        return calendar.plusWorkingDays(day, workingDays).atTime(endOfDay).atZone(HamburgCalendar.ZONE).toInstant();
    }
}
