package de.lotse.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


class DeadlineRemindersUnitTest {

    private static final LocalDate END = LocalDate.of(2026, 4, 7);

    private static DeadlineAdvice daysBeforeEnd(int daysLeft) {
        ObjectionPeriod period = new ObjectionPeriod(LocalDate.of(2026, 2, 27), Delivery.POST, LocalDate.of(2026, 3, 3),
                LocalDate.of(2026, 4, 3), END, java.util.Optional.of("Karfreitag"), false);
        return new DeadlineAdvice(period, END.minusDays(daysLeft), LocalDate.of(2025, 1, 1));
    }

    @ParameterizedTest(name = "{0} days left, came in {1} days before the end → {2}")
    @CsvSource(textBlock = """
            10, 30, NONE
            8, 30, NONE
            7, 30, SEVEN_DAYS
            5, 30, SEVEN_DAYS
            4, 30, SEVEN_DAYS
            3, 30, THREE_DAYS
            1, 30, THREE_DAYS
            0, 30, THREE_DAYS
            -1, 30, NONE
            5, 5, NONE
            7, 7, NONE
            3, 5, THREE_DAYS
            3, 3, NONE
            2, 3, NONE
            """)
    void reminds_at_seven_and_three_days_unless_that_level_was_reached_on_the_day_the_concern_came_in(int daysLeft,
            int receivedDaysBefore, String expected) {
        var level = daysBeforeEnd(daysLeft).reminderDue(END.minusDays(receivedDaysBefore));

        assertThat(level.map(Enum::name).orElse("NONE")).isEqualTo(expected);
    }
}
