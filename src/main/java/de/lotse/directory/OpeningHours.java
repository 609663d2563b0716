package de.lotse.directory;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.lotse.calendar.HamburgCalendar;
import de.lotse.calendar.PublicHoliday;
import de.lotse.directory.DirectoryEntry.Schedule;
import de.lotse.directory.DirectoryEntry.ScheduleException;

/**
 * When a service is open (for visits) or reachable (by phone) on a given day, from its weekly hours, its exceptions
 * and Hamburg's public holidays.
 *
 * <p>Rules: an exception for the day wins (closed, or other hours, or — without hours — the usual hours even on a
 * public holiday); otherwise a public holiday closes the service; otherwise the weekly hours for that weekday count
 * if they are valid on that day. Hours past midnight (22:00–02:00) belong to the day they start on, so the night
 * after a Friday is open even if Saturday is a holiday. An exception is about the whole day, so it changes phone hours
 * as well as opening hours.
 */
@Component
public class OpeningHours {

    /** One stretch of open time; {@code closes} is on the next day for hours past midnight. */
    public record Interval(LocalDateTime opens, LocalDateTime closes) {

        boolean contains(LocalDateTime moment) {
            return !moment.isBefore(opens) && moment.isBefore(closes);
        }

        public LocalTime opensAt() {
            return opens.toLocalTime();
        }

        public LocalTime closesAt() {
            return closes.toLocalTime();
        }

        public boolean pastMidnight() {
            return !closes.toLocalDate().equals(opens.toLocalDate()) && !closes.toLocalTime().equals(LocalTime.MIDNIGHT);
        }
    }

    /** A day that differs from the usual week: a public holiday or one of the service's exceptions. */
    public record Deviation(LocalDate day, Optional<PublicHoliday> holiday, Optional<ScheduleException> exception,
            List<Interval> opening) {

        public boolean closed() {
            return opening.isEmpty();
        }
    }

    private final HamburgCalendar calendar;

    public OpeningHours(HamburgCalendar calendar) {
        this.calendar = calendar;
    }

    /** The open times that start on this day. */
    public List<Interval> on(DirectoryEntry entry, Schedule.Kind kind, LocalDate day) {
        Optional<ScheduleException> exception = exception(entry, day);
        if (exception.isPresent()) {
            ScheduleException differs = exception.get();
            if (differs.closed()) {
                return List.of();
            }
            if (differs.opensAt().isPresent() && differs.closesAt().isPresent()) {
                return List.of(interval(day, differs.opensAt().get(), differs.closesAt().get()));
            }
            return weekly(entry, kind, day);
        }
        if (calendar.isHoliday(day)) {
            return List.of();
        }
        return weekly(entry, kind, day);
    }

    public boolean openAt(DirectoryEntry entry, Schedule.Kind kind, LocalDateTime moment) {
        LocalDate day = moment.toLocalDate();
        return on(entry, kind, day).stream().anyMatch(interval -> interval.contains(moment))
                || on(entry, kind, day.minusDays(1)).stream().anyMatch(interval -> interval.contains(moment));
    }

    public boolean openOn(DirectoryEntry entry, Schedule.Kind kind, LocalDate day) {
        return !on(entry, kind, day).isEmpty();
    }

    /** The weekly hours valid on a day, for the "usual week" table. */
    public List<Schedule> usualWeek(DirectoryEntry entry, Schedule.Kind kind, LocalDate validOn) {
        return entry.schedules().stream().filter(schedule -> schedule.kind() == kind)
                .filter(schedule -> valid(schedule, validOn))
                .sorted(Comparator.comparing(Schedule::day).thenComparing(Schedule::opensAt)).toList();
    }

    /**
     * Exceptions, and public holidays on days the service usually opens, from {@code from} for {@code days} days, with
     * the opening hours they leave.
     */
    public List<Deviation> deviations(DirectoryEntry entry, LocalDate from, int days) {
        List<Deviation> deviations = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(from.plusDays(days)); day = day.plusDays(1)) {
            Optional<ScheduleException> exception = exception(entry, day);
            Optional<PublicHoliday> holiday = calendar.holiday(day);
            boolean usuallyOpen = !weekly(entry, Schedule.Kind.OPENING, day).isEmpty()
                    || !weekly(entry, Schedule.Kind.PHONE, day).isEmpty();
            if (exception.isPresent() || (holiday.isPresent() && usuallyOpen)) {
                deviations.add(new Deviation(day, holiday, exception, on(entry, Schedule.Kind.OPENING, day)));
            }
        }
        return deviations;
    }

    private List<Interval> weekly(DirectoryEntry entry, Schedule.Kind kind, LocalDate day) {
        List<Interval> intervals = new ArrayList<>(2);
        for (Schedule schedule : entry.schedules()) {
            if (schedule.kind() == kind && schedule.day() == day.getDayOfWeek() && valid(schedule, day)) {
                intervals.add(interval(day, schedule.opensAt(), schedule.closesAt()));
            }
        }
        return intervals;
    }

    private static Interval interval(LocalDate day, LocalTime opens, LocalTime closes) {
        LocalDate closingDay = closes.isAfter(opens) ? day : day.plusDays(1);
        return new Interval(day.atTime(opens), closingDay.atTime(closes));
    }

    private static boolean valid(Schedule schedule, LocalDate day) {
        return schedule.validFrom().map(from -> !day.isBefore(from)).orElse(true)
                && schedule.validTo().map(to -> !day.isAfter(to)).orElse(true);
    }

    private static Optional<ScheduleException> exception(DirectoryEntry entry, LocalDate day) {
        for (ScheduleException exception : entry.exceptions()) {
            if (exception.day().equals(day)) {
                return Optional.of(exception);
            }
        }
        return Optional.empty();
    }
}
