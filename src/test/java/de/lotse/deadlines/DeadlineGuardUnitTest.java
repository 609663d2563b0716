package de.lotse.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import de.lotse.calendar.TestCalendars;

/** The deadline guard against a table of cases, DESIGN.md §6's worked examples first. */
class DeadlineGuardUnitTest {

    private final DeadlineGuard guard = new DeadlineGuard(TestCalendars.hamburg(), 4, java.time.Clock.systemUTC());

    @ParameterizedTest(name = "{6}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-02-27 | POST       | CORRECT | 2026-03-03 | 2026-04-03 | 2026-04-07 | DESIGN example: Good Friday and Easter Monday move the end to Tuesday
            2025-08-30 | POST       | CORRECT | 2025-09-03 | 2025-10-03 | 2025-10-06 | DESIGN example: German Unity Day (Friday) moves the end to Monday
            2024-12-30 | POST       | CORRECT | 2025-01-02 | 2025-02-02 | 2025-02-03 | posted in 2024: three days; end on a Sunday moves to Monday
            2024-12-31 | POST       | CORRECT | 2025-01-03 | 2025-02-03 | 2025-02-03 | last posting day of the three-day rule
            2025-01-01 | POST       | CORRECT | 2025-01-05 | 2025-02-05 | 2025-02-05 | first posting day of the four-day rule; Bekanntgabe on a Sunday is not moved
            2026-06-03 | POST       | CORRECT | 2026-06-07 | 2026-07-07 | 2026-07-07 | Bekanntgabe on a Sunday stays a Sunday
            2026-01-27 | POST       | CORRECT | 2026-01-31 | 2026-02-28 | 2026-03-02 | month-end rule: 31 Jan → 28 Feb, a Saturday, → Monday
            2028-01-27 | POST       | CORRECT | 2028-01-31 | 2028-02-29 | 2028-02-29 | month-end rule in a leap year
            2026-03-27 | POST       | CORRECT | 2026-03-31 | 2026-04-30 | 2026-04-30 | month-end rule: 31 Mar → 30 Apr
            2025-09-26 | POST       | CORRECT | 2025-09-30 | 2025-10-30 | 2025-10-30 | the day before Reformation Day is a working day
            2025-09-27 | POST       | CORRECT | 2025-10-01 | 2025-11-01 | 2025-11-03 | Saturday after Reformation Day → Monday
            2025-09-26 | IN_PERSON  | CORRECT | 2025-09-26 | 2025-10-26 | 2025-10-27 | handed over in person: known the same day
            2025-09-27 | IN_PERSON  | CORRECT | 2025-09-27 | 2025-10-27 | 2025-10-27 | handed over on a Saturday
            2025-09-27 | ELECTRONIC | CORRECT | 2025-10-01 | 2025-11-01 | 2025-11-03 | made available for download: configured four days
            2025-09-27 | POST       | UNKNOWN | 2025-10-01 | 2025-11-01 | 2025-11-03 | unknown instruction: the earlier end is shown
            2026-02-27 | POST       | MISSING | 2026-03-03 | 2027-03-03 | 2027-03-03 | missing Rechtsbehelfsbelehrung: one year
            2026-02-27 | POST       | WRONG   | 2026-03-03 | 2027-03-03 | 2027-03-03 | wrong Rechtsbehelfsbelehrung: one year
            2028-02-25 | POST       | MISSING | 2028-02-29 | 2029-02-28 | 2029-02-28 | one year from 29 February
            2025-12-21 | POST       | MISSING | 2025-12-25 | 2026-12-25 | 2026-12-28 | one year ending on Christmas Day → Monday after Boxing Day and the weekend
            2026-04-10 | POST       | CORRECT | 2026-04-14 | 2026-05-14 | 2026-05-15 | Ascension Day
            2026-04-21 | POST       | CORRECT | 2026-04-25 | 2026-05-25 | 2026-05-26 | Whit Monday
            2026-03-28 | POST       | CORRECT | 2026-04-01 | 2026-05-01 | 2026-05-04 | Labour Day on a Friday
            2025-11-27 | POST       | CORRECT | 2025-12-01 | 2026-01-01 | 2026-01-02 | New Year's Day
            """)
    void computes_the_widerspruchsfrist(LocalDate sent, Delivery delivery, Instruction instruction, LocalDate notified,
            LocalDate nominalEnd, LocalDate endsOn, String why) {
        ObjectionPeriod period = guard.objectionPeriod(sent, delivery, instruction);

        assertThat(period.notifiedOn()).as("Bekanntgabe").isEqualTo(notified);
        assertThat(period.nominalEnd()).as("nominal end").isEqualTo(nominalEnd);
        assertThat(period.endsOn()).as("last day").isEqualTo(endsOn);
        assertThat(period.moved()).isEqualTo(!nominalEnd.equals(endsOn));
        assertThat(period.oneYear()).isEqualTo(instruction == Instruction.MISSING || instruction == Instruction.WRONG);
    }

    @Test
    void names_the_holiday_an_end_was_moved_past() {
        assertThat(guard.objectionPeriod(LocalDate.of(2026, 2, 27), Delivery.POST, Instruction.CORRECT)
                .holidayAtNominalEnd()).contains("Karfreitag");
        assertThat(guard.objectionPeriod(LocalDate.of(2026, 1, 27), Delivery.POST, Instruction.CORRECT)
                .holidayAtNominalEnd()).as("a Saturday is no holiday").isEmpty();
    }

    @ParameterizedTest(name = "{0} days left → {1}")
    @CsvSource(textBlock = """
            30, RUNNING
            8, RUNNING
            7, WITHIN_SEVEN_DAYS
            4, WITHIN_SEVEN_DAYS
            3, WITHIN_THREE_DAYS
            1, WITHIN_THREE_DAYS
            0, LAST_DAY
            -1, EXPIRED
            """)
    void warns_seven_and_three_days_before_and_on_the_last_day(long daysLeft, Urgency urgency) {
        ObjectionPeriod period = guard.objectionPeriod(LocalDate.of(2026, 2, 27), Delivery.POST, Instruction.CORRECT);
        LocalDate today = period.endsOn().minusDays(daysLeft);

        assertThat(period.daysLeft(today)).isEqualTo(daysLeft);
        assertThat(period.urgency(today)).isEqualTo(urgency);
        assertThat(period.urgency(today).warns()).isEqualTo(urgency != Urgency.RUNNING);
    }

    @ParameterizedTest(name = "{1} filed {0} → suit from {2}")
    @CsvSource(textBlock = """
            2026-01-15, APPLICATION, 2026-07-16
            2026-08-31, APPLICATION, 2027-03-01
            2026-08-31, OBJECTION, 2026-12-01
            2026-11-26, OBJECTION, 2027-02-27
            """)
    void tells_when_a_suit_for_inaction_becomes_possible(LocalDate filed, DeadlineGuard.Filing filing, LocalDate from) {
        assertThat(guard.inactionSuitFrom(filed, filing)).isEqualTo(from);
    }

    @ParameterizedTest(name = "review requested {0} reaches back to {1}")
    @CsvSource(textBlock = """
            2026-11-26, 2025-01-01
            2026-01-01, 2025-01-01
            2025-12-31, 2024-01-01
            """)
    void a_review_request_reaches_back_to_the_first_of_january_of_the_year_before(LocalDate requested, LocalDate back) {
        assertThat(guard.reviewReachesBackTo(requested)).isEqualTo(back);
    }
}
