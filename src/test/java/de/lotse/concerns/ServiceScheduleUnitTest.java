package de.lotse.concerns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import de.lotse.calendar.HamburgCalendar;
import de.lotse.calendar.TestCalendars;

class ServiceScheduleUnitTest {

    private final ServiceSchedule schedule = new ServiceSchedule(TestCalendars.hamburg(), 3, Duration.ofDays(14), 2,
            LocalTime.of(18, 0));

    /** A moment in Hamburg's local time. */
    private static Instant hamburg(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(HamburgCalendar.ZONE).toInstant();
    }

    @Test
    void acknowledgement_is_due_at_the_end_of_the_third_working_day() {
        assertThat(schedule.due(ServiceLevel.ACKNOWLEDGE, hamburg("2026-11-26T10:00")))
                .isEqualTo(hamburg("2026-12-01T18:00"));
    }

    @Test
    void a_concern_after_closing_time_before_easter_counts_from_the_tuesday_after() {
        assertThat(schedule.due(ServiceLevel.ACKNOWLEDGE, hamburg("2026-04-02T19:30")))
                .isEqualTo(hamburg("2026-04-10T18:00"));
    }

    @Test
    void an_existential_concern_is_due_the_same_working_day_or_the_next_one() {
        assertThat(schedule.due(ServiceLevel.SAME_DAY, hamburg("2026-11-26T10:00"))).isEqualTo(hamburg("2026-11-26T18:00"));
        assertThat(schedule.due(ServiceLevel.SAME_DAY, hamburg("2026-11-26T18:30"))).isEqualTo(hamburg("2026-11-27T18:00"));
        assertThat(schedule.due(ServiceLevel.SAME_DAY, hamburg("2026-11-28T09:00"))).as("Saturday")
                .isEqualTo(hamburg("2026-11-30T18:00"));
        assertThat(schedule.due(ServiceLevel.SAME_DAY, hamburg("2026-12-24T17:00"))).as("Christmas Eve is a working day")
                .isEqualTo(hamburg("2026-12-24T18:00"));
    }

    @Test
    void answers_count_in_calendar_days() {
        Instant received = hamburg("2026-10-23T16:00");
        assertThat(schedule.due(ServiceLevel.ANSWER, received)).isEqualTo(received.plus(Duration.ofDays(14)));
    }

    @Test
    void a_callback_within_48_hours_counts_working_days() {
        assertThat(schedule.due(ServiceLevel.CALLBACK, hamburg("2026-11-24T12:41"))).as("Tuesday")
                .isEqualTo(hamburg("2026-11-26T12:41"));
        assertThat(schedule.due(ServiceLevel.CALLBACK, hamburg("2026-11-26T12:41"))).as("Thursday, not Saturday")
                .isEqualTo(hamburg("2026-11-30T12:41"));
        assertThat(schedule.due(ServiceLevel.CALLBACK, hamburg("2026-11-28T10:00"))).as("Saturday")
                .isEqualTo(hamburg("2026-12-02T18:00"));
    }

    @Test
    void a_new_concern_gets_the_clocks_its_kind_and_urgency_call_for() {
        Instant now = hamburg("2026-11-26T10:00");
        assertThat(schedule.clocksFor(ConcernKind.COMPLAINT, Urgency.NORMAL, now)).extracting(ServiceClock::level)
                .containsExactly(ServiceLevel.ACKNOWLEDGE, ServiceLevel.ANSWER);
        assertThat(schedule.clocksFor(ConcernKind.CALLBACK_REQUEST, Urgency.EXISTENTIAL, now)).extracting(ServiceClock::level)
                .containsExactly(ServiceLevel.ACKNOWLEDGE, ServiceLevel.ANSWER, ServiceLevel.CALLBACK, ServiceLevel.SAME_DAY);
        assertThat(schedule.clocksFor(ConcernKind.PRAISE, Urgency.NORMAL, now)).extracting(ServiceClock::level)
                .containsExactly(ServiceLevel.ACKNOWLEDGE);
    }

    @Test
    void a_pause_keeps_the_working_days_that_were_left() {
        ServiceClock clock = ServiceClock.start(ServiceLevel.ACKNOWLEDGE, hamburg("2026-11-26T10:00"),
                hamburg("2026-12-01T18:00"));

        ServiceClock resumed = clock.pause(hamburg("2026-11-27T10:00")).resume(hamburg("2026-12-02T09:00"), schedule);

        // paused on Friday with Monday and Tuesday left; resumed on Wednesday: Thursday and Friday
        assertThat(resumed.dueAt()).isEqualTo(hamburg("2026-12-04T18:00"));
        assertThat(resumed.running()).isTrue();
    }

    @Test
    void a_pause_moves_an_hour_based_clock_by_its_length() {
        ServiceClock clock = ServiceClock.start(ServiceLevel.ANSWER, hamburg("2026-11-02T10:00"), hamburg("2026-11-16T10:00"));

        ServiceClock resumed = clock.pause(hamburg("2026-11-05T10:00")).resume(hamburg("2026-11-08T22:00"), schedule);

        assertThat(resumed.dueAt()).isEqualTo(hamburg("2026-11-19T22:00"));
    }

    @Test
    void a_paused_callback_keeps_its_working_days_and_its_hour() {
        ServiceClock clock = ServiceClock.start(ServiceLevel.CALLBACK, hamburg("2026-11-24T12:41"), hamburg("2026-11-26T12:41"));

        ServiceClock resumed = clock.pause(hamburg("2026-11-25T09:00")).resume(hamburg("2026-11-30T09:00"), schedule);

        assertThat(resumed.dueAt()).isEqualTo(hamburg("2026-12-01T12:41"));
    }

    @Test
    void a_paused_clock_is_never_overdue_a_running_one_is() {
        ServiceClock clock = ServiceClock.start(ServiceLevel.CALLBACK, hamburg("2026-11-02T10:00"), hamburg("2026-11-04T10:00"));
        Instant later = hamburg("2026-11-05T10:00");

        assertThat(clock.overdueAt(later)).isTrue();
        assertThat(clock.pause(hamburg("2026-11-03T10:00")).overdueAt(later)).isFalse();
        assertThat(clock.stop(hamburg("2026-11-03T10:00")).overdueAt(later)).isFalse();
        assertThat(clock.stop(hamburg("2026-11-04T11:00")).overdueAt(later)).as("kept late").isTrue();
    }

    @Test
    void warns_after_a_share_of_the_time() {
        ServiceClock clock = ServiceClock.start(ServiceLevel.CALLBACK, hamburg("2026-11-02T10:00"), hamburg("2026-11-04T10:00"));
        assertThat(clock.warningAt(0.75)).isEqualTo(hamburg("2026-11-03T22:00"));
        assertThatThrownBy(() -> clock.warningAt(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_transitions_that_make_no_sense() {
        ServiceClock clock = ServiceClock.start(ServiceLevel.ANSWER, hamburg("2026-11-02T10:00"), hamburg("2026-11-16T10:00"));
        assertThatThrownBy(() -> clock.resume(hamburg("2026-11-03T10:00"), schedule)).isInstanceOf(IllegalStateException.class);
        ServiceClock paused = clock.pause(hamburg("2026-11-03T10:00"));
        assertThatThrownBy(() -> paused.pause(hamburg("2026-11-04T10:00"))).isInstanceOf(IllegalStateException.class);
        ServiceClock stopped = clock.stop(hamburg("2026-11-03T10:00"));
        assertThatThrownBy(() -> stopped.stop(hamburg("2026-11-04T10:00"))).isInstanceOf(IllegalStateException.class);
    }
}
