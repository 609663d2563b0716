package de.lotse.directline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import de.lotse.calendar.HamburgCalendar;
import de.lotse.calendar.TestCalendars;
import de.lotse.concerns.Urgency;

/** The direct line's agreed clocks on the Hamburg calendar. */
class ReferralClocksUnitTest {

    private final ReferralClocks clocks = new ReferralClocks(TestCalendars.hamburg(), 2, 10, 5, LocalTime.of(18, 0));

    private static ZonedDateTime at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(HamburgCalendar.ZONE);
    }

    @ParameterizedTest(name = "opened {0} → first answer by {1}, settled by {2}")
    @CsvSource(textBlock = """
            2026-11-26T10:00, 2026-11-30T18:00, 2026-12-10T18:00
            2026-11-27T19:30, 2026-12-02T18:00, 2026-12-14T18:00
            2026-11-28T09:00, 2026-12-02T18:00, 2026-12-14T18:00
            2026-04-02T12:00, 2026-04-08T18:00, 2026-04-20T18:00
            2026-12-23T09:00, 2026-12-28T18:00, 2027-01-08T18:00
            """)
    void counts_working_days_past_weekends_and_hamburg_holidays(String opened, String firstAnswer, String settled) {
        var from = at(opened).toInstant();

        assertThat(clocks.firstResponseDue(from, Urgency.NORMAL)).isEqualTo(at(firstAnswer).toInstant());
        assertThat(clocks.resolutionDue(from, Urgency.NORMAL)).isEqualTo(at(settled).toInstant());
    }

    @ParameterizedTest(name = "existential, opened {0} → due {1}")
    @CsvSource(textBlock = """
            2026-11-26T10:00, 2026-11-26T18:00
            2026-11-26T16:30, 2026-11-27T18:00
            2026-11-26T18:30, 2026-11-27T18:00
            2026-11-28T11:00, 2026-11-30T18:00
            2026-04-03T08:00, 2026-04-07T18:00
            """)
    void an_existential_case_is_due_the_same_working_day(String opened, String due) {
        var from = at(opened).toInstant();

        assertThat(clocks.firstResponseDue(from, Urgency.EXISTENTIAL)).isEqualTo(at(due).toInstant());
        assertThat(clocks.levelDue(from, Urgency.EXISTENTIAL)).isEqualTo(at(due).toInstant());
    }

    @ParameterizedTest(name = "escalated {0} → level due {1}")
    @CsvSource(textBlock = """
            2026-11-26T10:00, 2026-12-03T18:00
            2026-05-13T10:00, 2026-05-21T18:00
            """)
    void each_escalation_level_has_five_working_days(String escalated, String due) {
        assertThat(clocks.levelDue(at(escalated).toInstant(), Urgency.NORMAL)).isEqualTo(at(due).toInstant());
    }
}
