package de.lotse.concerns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import de.lotse.calendar.HamburgCalendar;
import de.lotse.calendar.TestCalendars;

class CallbackSlotsUnitTest {

    private final CallbackSlots slots = new CallbackSlots(TestCalendars.hamburg(), null, java.time.Clock.systemUTC(), 10, 3);

    private static java.time.Instant hamburg(String local) {
        return LocalDateTime.parse(local).atZone(HamburgCalendar.ZONE).toInstant();
    }

    @Test
    void windows_start_an_hour_ahead_and_skip_weekends_and_holidays() {
        // Wednesday 23 December 2026, 10:30: the 12:00 window is the first; 25–27 December are no working days.
        var offered = slots.upcoming(hamburg("2026-12-23T10:30"));

        assertThat(offered).extracting(CallbackSlots.Slot::value).containsExactly(
                "2026-12-23T12:00", "2026-12-23T14:00",
                "2026-12-24T08:00", "2026-12-24T10:00", "2026-12-24T12:00", "2026-12-24T14:00",
                "2026-12-28T08:00", "2026-12-28T10:00", "2026-12-28T12:00", "2026-12-28T14:00");
        assertThat(offered.get(0).endTime()).isEqualTo("14:00");
    }

    @Test
    void only_an_offered_window_can_be_chosen() {
        var now = hamburg("2026-11-26T09:00");
        assertThat(slots.offered("2026-11-26T12:00", now)).isPresent();
        assertThat(slots.offered("2026-11-26T08:00", now)).as("already begun").isEmpty();
        assertThat(slots.offered("2026-11-28T10:00", now)).as("a Saturday").isEmpty();
        assertThat(slots.offered("morgen früh", now)).isEmpty();
    }
}
