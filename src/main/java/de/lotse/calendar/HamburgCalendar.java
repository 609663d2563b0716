package de.lotse.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Working days in Hamburg: Monday to Friday, except Hamburg's statutory public holidays (from jollyday: New Year,
 * Good Friday, Easter Monday, 1 May, Ascension, Whit Monday, 3 October, 31 October since 2018, Christmas) and the
 * one-off holidays in the database.
 */
@Service
public class HamburgCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final String HAMBURG = "hh";

    /** One-off holidays declared on another instance show here after at most this long. */
    private static final Duration ONE_OFF_REFRESH = Duration.ofMinutes(5);

    private record LoadedYear(Map<LocalDate, PublicHoliday> days, Instant loadedAt) {
    }

    private final HolidayManager holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.GERMANY));
    private final Map<Integer, LoadedYear> years = new ConcurrentHashMap<>();
    private final OneOffHolidays oneOffHolidays;
    private final Clock clock;

    HamburgCalendar(OneOffHolidays oneOffHolidays, Clock clock) {
        this.oneOffHolidays = oneOffHolidays;
        this.clock = clock;
    }

    /** All days off in a year, statutory and one-off, in date order. */
    public List<PublicHoliday> holidays(int year) {
        return new TreeSet<>(year(year).values()).stream().toList();
    }

    public boolean isHoliday(LocalDate day) {
        return year(day.getYear()).containsKey(day);
    }

    public Optional<PublicHoliday> holiday(LocalDate day) {
        return Optional.ofNullable(year(day.getYear()).get(day));
    }

    /** Declares a one-off holiday, e.g. when the Senate gives a day off; it counts at once on this instance. */
    public void declareOneOff(PublicHoliday holiday) {
        oneOffHolidays.declare(holiday);
        years.remove(holiday.date().getYear());
    }

    public void withdrawOneOff(LocalDate day) {
        oneOffHolidays.withdraw(day);
        years.remove(day.getYear());
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !isHoliday(day);
    }

    /** The day itself if it is a working day, else the next one. */
    public LocalDate workingDayOnOrAfter(LocalDate day) {
        LocalDate candidate = day;
        while (!isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /** The n-th working day after a day (n = 0: the day itself if it is one, else the next). */
    public LocalDate plusWorkingDays(LocalDate day, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("Working days to add must not be negative: " + workingDays);
        }
        LocalDate candidate = workingDayOnOrAfter(day);
        for (int added = 0; added < workingDays; added++) {
            candidate = workingDayOnOrAfter(candidate.plusDays(1));
        }
        return candidate;
    }

    /** Working days from one day (exclusive) to another (inclusive); 0 when the second is not later. */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private Map<LocalDate, PublicHoliday> year(int year) {
        LoadedYear cached = years.get(year);
        if (cached == null || cached.loadedAt().plus(ONE_OFF_REFRESH).isBefore(clock.instant())) {
            cached = new LoadedYear(load(year), clock.instant());
            years.put(year, cached);
        }
        return cached.days();
    }

    private Map<LocalDate, PublicHoliday> load(int year) {
        Map<LocalDate, PublicHoliday> days = new HashMap<>();
        holidays.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, HAMBURG).forEach(holiday ->
                days.put(holiday.getDate(), new PublicHoliday(holiday.getDate(), holiday.getDescription(Locale.GERMAN))));
        oneOffHolidays.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .forEach(holiday -> days.putIfAbsent(holiday.date(), holiday));
        return Map.copyOf(days);
    }
}
