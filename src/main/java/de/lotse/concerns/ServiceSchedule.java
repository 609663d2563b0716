package de.lotse.concerns;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import de.lotse.calendar.HamburgCalendar;

/**
 * Turns a Jobcenter's service targets into due times on the Hamburg business calendar. Made per use by
 * {@link ServiceLevels}, since each Jobcenter sets its own targets.
 */
public class ServiceSchedule {

    private final HamburgCalendar calendar;
    private final int acknowledgeWorkingDays;
    private final Duration answerWithin;
    private final int callbackWorkingDays;
    private final LocalTime workingDayEnd;

    ServiceSchedule(HamburgCalendar calendar, ServiceTargets targets) {
        this(calendar, targets.acknowledgeWorkingDays(), targets.answerWithin(), targets.callbackWorkingDays(),
                targets.workingDayEnd());
    }

    ServiceSchedule(HamburgCalendar calendar, int acknowledgeWorkingDays, Duration answerWithin, int callbackWorkingDays,
            LocalTime workingDayEnd) {
        this.calendar = calendar;
        this.acknowledgeWorkingDays = acknowledgeWorkingDays;
        this.answerWithin = answerWithin;
        this.callbackWorkingDays = callbackWorkingDays;
        this.workingDayEnd = workingDayEnd;
    }

    /** The clocks a new concern starts with. */
    List<ServiceClock> clocksFor(ConcernKind kind, Urgency urgency, Instant receivedAt) {
        List<ServiceClock> clocks = new ArrayList<>();
        clocks.add(ServiceClock.start(ServiceLevel.ACKNOWLEDGE, receivedAt, due(ServiceLevel.ACKNOWLEDGE, receivedAt)));
        if (kind != ConcernKind.PRAISE) {
            clocks.add(ServiceClock.start(ServiceLevel.ANSWER, receivedAt, due(ServiceLevel.ANSWER, receivedAt)));
        }
        if (kind == ConcernKind.CALLBACK_REQUEST) {
            clocks.add(ServiceClock.start(ServiceLevel.CALLBACK, receivedAt, due(ServiceLevel.CALLBACK, receivedAt)));
        }
        if (urgency == Urgency.EXISTENTIAL) {
            clocks.add(ServiceClock.start(ServiceLevel.SAME_DAY, receivedAt, due(ServiceLevel.SAME_DAY, receivedAt)));
        }
        return clocks;
    }

    /**
     * When a clock started at this moment is due. Working-day levels end at the end of the working day; something
     * that arrives after it, or on a day off, counts from the next working day. The 48 hours for a callback are two
     * working days, since the service centre calls on working days: Thursday noon is due Monday noon, not Saturday.
     */
    public Instant due(ServiceLevel level, Instant start) {
        return switch (level) {
            case ACKNOWLEDGE -> endOfWorkingDay(calendar.plusWorkingDays(firstCountingDay(start), acknowledgeWorkingDays));
            case ANSWER -> start.plus(answerWithin);
            case CALLBACK -> at(calendar.plusWorkingDays(firstCountingDay(start), callbackWorkingDays), withinHours(start)
                    ? local(start).toLocalTime() : workingDayEnd);
            case SAME_DAY -> endOfWorkingDay(firstCountingDay(start));
        };
    }

    /** The due time after a pause: the time that was left when it paused is left again when it resumes. */
    Instant dueAfterPause(ServiceLevel level, Instant dueAt, Instant pausedAt, Instant resumedAt) {
        if (!resumedAt.isAfter(pausedAt)) {
            return dueAt;
        }
        return switch (level) {
            case ANSWER -> dueAt.plus(Duration.between(pausedAt, resumedAt));
            case ACKNOWLEDGE, CALLBACK, SAME_DAY -> {
                int workingDaysLeft = calendar.workingDaysBetween(local(pausedAt).toLocalDate(), local(dueAt).toLocalDate());
                yield at(calendar.plusWorkingDays(firstCountingDay(resumedAt), workingDaysLeft), local(dueAt).toLocalTime());
            }
        };
    }

    private LocalDate firstCountingDay(Instant moment) {
        ZonedDateTime local = local(moment);
        LocalDate day = local.toLocalDate();
        if (!local.toLocalTime().isBefore(workingDayEnd)) {
            day = day.plusDays(1);
        }
        return calendar.workingDayOnOrAfter(day);
    }

    private boolean withinHours(Instant moment) {
        ZonedDateTime local = local(moment);
        return calendar.isWorkingDay(local.toLocalDate()) && local.toLocalTime().isBefore(workingDayEnd);
    }

    private Instant endOfWorkingDay(LocalDate day) {
        return at(day, workingDayEnd);
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(HamburgCalendar.ZONE).toInstant();
    }

    private static ZonedDateTime local(Instant moment) {
        return moment.atZone(HamburgCalendar.ZONE);
    }
}
