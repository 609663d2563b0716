package de.lotse.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import de.lotse.calendar.TestCalendars;
import de.lotse.directory.DirectoryEntry.Schedule;
import de.lotse.directory.DirectoryEntry.Schedule.Kind;
import de.lotse.directory.DirectoryEntry.ScheduleException;

class OpeningHoursUnitTest {

    private final OpeningHours hours = new OpeningHours(TestCalendars.hamburg());

    static Schedule weekly(DayOfWeek day, String opens, String closes) {
        return new Schedule(UUID.randomUUID(), Optional.empty(), Kind.OPENING, day, LocalTime.parse(opens),
                LocalTime.parse(closes), Optional.empty(), Optional.empty(), Optional.empty());
    }

    static Schedule phone(DayOfWeek day, String opens, String closes) {
        return new Schedule(UUID.randomUUID(), Optional.empty(), Kind.PHONE, day, LocalTime.parse(opens),
                LocalTime.parse(closes), Optional.empty(), Optional.empty(), Optional.empty());
    }

    static Schedule between(Schedule schedule, String from, String to) {
        return new Schedule(schedule.id(), schedule.locationId(), schedule.kind(), schedule.day(), schedule.opensAt(),
                schedule.closesAt(), Optional.ofNullable(from).map(LocalDate::parse), Optional.ofNullable(to).map(LocalDate::parse),
                Optional.empty());
    }

    static ScheduleException closedOn(String day) {
        return new ScheduleException(LocalDate.parse(day), true, Optional.empty(), Optional.empty(), Optional.of("Teamtag"));
    }

    static ScheduleException otherHours(String day, String opens, String closes) {
        return new ScheduleException(LocalDate.parse(day), false, Optional.of(LocalTime.parse(opens)),
                Optional.of(LocalTime.parse(closes)), Optional.of("Sonderöffnung"));
    }

    static DirectoryEntry entry(List<ScheduleException> exceptions, Schedule... schedules) {
        DirectoryEntry.Service service = new DirectoryEntry.Service(UUID.randomUUID(), UUID.randomUUID(), "Beratung", "",
                Optional.empty(), ServiceStatus.PUBLISHED, true, Optional.empty(), Appointment.BOTH, false, false,
                Optional.empty(), Optional.empty(), Optional.empty());
        DirectoryEntry.Organization organization = new DirectoryEntry.Organization(service.organizationId(), "Träger",
                Optional.empty(), "", Optional.empty(), Optional.empty(), Optional.empty(), false);
        return new DirectoryEntry(service, organization, List.of(), Arrays.asList(schedules), exceptions, Set.of(), Set.of(),
                List.of());
    }

    private static LocalDateTime at(String moment) {
        return LocalDateTime.parse(moment);
    }

    @Test
    void is_open_within_its_weekly_hours_and_closed_outside() {
        DirectoryEntry entry = entry(List.of(), weekly(DayOfWeek.MONDAY, "09:00", "16:00"));

        assertThat(hours.openAt(entry, Kind.OPENING, at("2026-03-02T09:00"))).isTrue();
        assertThat(hours.openAt(entry, Kind.OPENING, at("2026-03-02T15:59"))).isTrue();
        assertThat(hours.openAt(entry, Kind.OPENING, at("2026-03-02T16:00"))).isFalse();
        assertThat(hours.openAt(entry, Kind.OPENING, at("2026-03-03T10:00"))).isFalse();
    }

    @Test
    void evening_hours_past_midnight_belong_to_the_day_they_start_on() {
        DirectoryEntry nightCafe = entry(List.of(), weekly(DayOfWeek.FRIDAY, "22:00", "02:00"));

        assertThat(hours.openAt(nightCafe, Kind.OPENING, at("2026-03-06T23:30"))).isTrue();
        assertThat(hours.openAt(nightCafe, Kind.OPENING, at("2026-03-07T01:59"))).as("Saturday night, Friday's hours").isTrue();
        assertThat(hours.openAt(nightCafe, Kind.OPENING, at("2026-03-07T02:00"))).isFalse();
        assertThat(hours.openAt(nightCafe, Kind.OPENING, at("2026-03-07T23:00"))).as("no hours of its own on Saturday").isFalse();
        assertThat(hours.openAt(nightCafe, Kind.OPENING, at("2026-03-06T01:00"))).as("Thursday had no evening").isFalse();
    }

    @Test
    void a_hamburg_public_holiday_closes_the_service() {
        // 3 October 2026 (Tag der Deutschen Einheit) is a Saturday.
        DirectoryEntry saturdays = entry(List.of(), weekly(DayOfWeek.SATURDAY, "10:00", "13:00"));

        assertThat(hours.openAt(saturdays, Kind.OPENING, at("2026-10-03T11:00"))).isFalse();
        assertThat(hours.openOn(saturdays, Kind.OPENING, LocalDate.parse("2026-10-03"))).isFalse();
        assertThat(hours.openAt(saturdays, Kind.OPENING, at("2026-10-10T11:00"))).isTrue();
        // Reformation Day (31 October) is a holiday in Hamburg since 2018, and the phone stays silent too.
        DirectoryEntry phoneOnFriday = entry(List.of(), phone(DayOfWeek.FRIDAY, "09:00", "12:00"));
        assertThat(hours.openAt(phoneOnFriday, Kind.PHONE, at("2025-10-31T10:00"))).isFalse();
    }

    @Test
    void the_night_after_a_working_day_stays_open_into_a_holiday_but_a_holiday_evening_is_closed() {
        DirectoryEntry nightCafe = entry(List.of(), weekly(DayOfWeek.FRIDAY, "22:00", "02:00"),
                weekly(DayOfWeek.SATURDAY, "22:00", "02:00"));

        assertThat(hours.openAt(nightCafe, Kind.OPENING, at("2026-10-03T01:00"))).as("Friday night into the holiday").isTrue();
        assertThat(hours.openAt(nightCafe, Kind.OPENING, at("2026-10-03T23:00"))).as("the holiday's own evening").isFalse();
        assertThat(hours.openAt(nightCafe, Kind.OPENING, at("2026-10-04T01:00"))).isFalse();
    }

    @Test
    void an_exception_closes_a_day_or_gives_it_other_hours_even_on_a_holiday() {
        DirectoryEntry entry = entry(List.of(closedOn("2026-03-09"), otherHours("2026-03-10", "12:00", "14:00"),
                otherHours("2026-10-03", "10:00", "11:00")),
                weekly(DayOfWeek.MONDAY, "09:00", "16:00"), weekly(DayOfWeek.TUESDAY, "09:00", "16:00"));

        assertThat(hours.openAt(entry, Kind.OPENING, at("2026-03-09T10:00"))).as("team day").isFalse();
        assertThat(hours.openAt(entry, Kind.OPENING, at("2026-03-10T10:00"))).isFalse();
        assertThat(hours.openAt(entry, Kind.OPENING, at("2026-03-10T13:00"))).isTrue();
        assertThat(hours.openAt(entry, Kind.OPENING, at("2026-10-03T10:30"))).as("special opening on a holiday").isTrue();
        assertThat(hours.deviations(entry, LocalDate.parse("2026-03-09"), 2)).extracting(OpeningHours.Deviation::closed)
                .containsExactly(true, false);
    }

    @Test
    void weekly_hours_count_only_within_their_validity() {
        DirectoryEntry entry = entry(List.of(),
                between(weekly(DayOfWeek.SATURDAY, "10:00", "13:00"), "2026-03-01", "2026-03-31"));

        assertThat(hours.openOn(entry, Kind.OPENING, LocalDate.parse("2026-02-28"))).isFalse();
        assertThat(hours.openOn(entry, Kind.OPENING, LocalDate.parse("2026-03-07"))).isTrue();
        assertThat(hours.openOn(entry, Kind.OPENING, LocalDate.parse("2026-03-28"))).isTrue();
        assertThat(hours.openOn(entry, Kind.OPENING, LocalDate.parse("2026-04-04"))).isFalse();
    }

    @Test
    void names_public_holidays_on_days_the_service_usually_opens() {
        DirectoryEntry weekdays = entry(List.of(), weekly(DayOfWeek.MONDAY, "09:00", "12:00"),
                weekly(DayOfWeek.FRIDAY, "09:00", "12:00"));

        // 2026-04-03 Good Friday, 2026-04-06 Easter Monday; Easter Sunday is no working day of the service.
        assertThat(hours.deviations(weekdays, LocalDate.parse("2026-04-01"), 7))
                .extracting(deviation -> deviation.day().toString(), deviation -> deviation.holiday().isPresent())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-04-03", true),
                        org.assertj.core.groups.Tuple.tuple("2026-04-06", true));
    }
}
