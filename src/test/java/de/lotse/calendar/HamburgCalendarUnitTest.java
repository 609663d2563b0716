package de.lotse.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class HamburgCalendarUnitTest {

    /** One-off holidays kept in memory instead of the database. */
    static final class InMemoryOneOffHolidays extends OneOffHolidays {
        final List<PublicHoliday> declared = new ArrayList<>();

        InMemoryOneOffHolidays() {
            super(null);
        }

        @Override
        List<PublicHoliday> between(LocalDate from, LocalDate to) {
            return declared.stream().filter(h -> !h.date().isBefore(from) && !h.date().isAfter(to)).toList();
        }

        @Override
        void declare(PublicHoliday holiday) {
            declared.add(holiday);
        }

        @Override
        void withdraw(LocalDate day) {
            declared.removeIf(h -> h.date().equals(day));
        }
    }

    private final InMemoryOneOffHolidays oneOffs = new InMemoryOneOffHolidays();
    private final HamburgCalendar calendar = new HamburgCalendar(oneOffs,
            Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void knows_hamburgs_public_holidays_of_2026() {
        assertThat(calendar.holidays(2026)).extracting(PublicHoliday::date).containsExactly(
                day("2026-01-01"), day("2026-04-03"), day("2026-04-06"), day("2026-05-01"), day("2026-05-14"),
                day("2026-05-25"), day("2026-10-03"), day("2026-10-31"), day("2026-12-25"), day("2026-12-26"));
    }

    @Test
    void reformation_day_is_a_hamburg_holiday_since_2018() {
        assertThat(calendar.isHoliday(day("2018-10-31"))).isTrue();
        assertThat(calendar.isHoliday(day("2016-10-31"))).isFalse();
    }

    @Test
    void holidays_of_other_states_are_working_days_in_hamburg() {
        assertThat(calendar.isWorkingDay(day("2026-06-04"))).as("Corpus Christi").isTrue();
        assertThat(calendar.isWorkingDay(day("2026-01-06"))).as("Epiphany").isTrue();
        assertThat(calendar.isWorkingDay(day("2026-11-18"))).as("Repentance Day, Saxony only").isTrue();
    }

    @Test
    void weekends_are_no_working_days() {
        assertThat(calendar.isWorkingDay(day("2026-11-28"))).isFalse();
        assertThat(calendar.isWorkingDay(day("2026-11-29"))).isFalse();
        assertThat(calendar.isWorkingDay(day("2026-11-30"))).isTrue();
    }

    @Test
    void adding_working_days_skips_easter() {
        assertThat(calendar.plusWorkingDays(day("2026-04-02"), 1)).isEqualTo(day("2026-04-07"));
        assertThat(calendar.plusWorkingDays(day("2026-04-02"), 3)).isEqualTo(day("2026-04-09"));
    }

    @Test
    void zero_working_days_from_a_day_off_is_the_next_working_day() {
        assertThat(calendar.plusWorkingDays(day("2026-04-03"), 0)).isEqualTo(day("2026-04-07"));
        assertThat(calendar.plusWorkingDays(day("2026-11-26"), 0)).isEqualTo(day("2026-11-26"));
        assertThatThrownBy(() -> calendar.plusWorkingDays(day("2026-11-26"), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void counts_working_days_between_two_days() {
        // 24 December is a working day; 25 and 26 are holidays, 27 a Sunday: 24, 28, 29, 30, 31
        assertThat(calendar.workingDaysBetween(day("2026-12-23"), day("2026-12-31"))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(day("2026-12-31"), day("2026-12-23"))).isZero();
    }

    @Test
    void a_one_off_holiday_counts_as_soon_as_it_is_declared() {
        LocalDate senateDay = day("2026-12-31");
        assertThat(calendar.isWorkingDay(senateDay)).isTrue();

        calendar.declareOneOff(new PublicHoliday(senateDay, "Senatsbeschluss: Silvester frei"));
        assertThat(calendar.isWorkingDay(senateDay)).isFalse();
        assertThat(calendar.holiday(senateDay)).map(PublicHoliday::name).contains("Senatsbeschluss: Silvester frei");

        calendar.withdrawOneOff(senateDay);
        assertThat(calendar.isWorkingDay(senateDay)).isTrue();
    }
}
