package de.lotse.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class LocalFormatsUnitTest {

    private static final LocalDate GOOD_FRIDAY_DEADLINE = LocalDate.of(2026, 4, 7);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "de    | 7. April 2026",
            "de-LS | 7. April 2026",
            "en    | April 7, 2026",
            "uk    | 7 квітня 2026 р.",
            "ru    | 7 апреля 2026 г.",
            "tr    | 7 Nisan 2026",
            "ar    | 7 أبريل 2026",
            "fa    | 7 آوریل 2026" })
    void a_date_reads_as_its_readers_write_it(String code, String expected) {
        assertThat(LocalFormats.of(Language.byCode(code).orElseThrow()).date(GOOD_FRIDAY_DEADLINE)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void digits_are_latin_in_every_language_as_on_the_jobcenters_letters(Language language) {
        LocalFormats formats = LocalFormats.of(language);
        String everything = formats.day(GOOD_FRIDAY_DEADLINE) + formats.dateTime(Instant.parse("2026-04-07T16:05:00Z"))
                + formats.number(20_000) + formats.decimal(2.5, 1) + formats.time(LocalTime.of(18, 0));
        assertThat(everything.codePoints().filter(Character::isDigit)).allMatch(digit -> digit >= '0' && digit <= '9');
        assertThat(everything).contains("2026", "7");
    }

    @Test
    void numbers_are_grouped_the_readers_way() {
        assertThat(LocalFormats.of(Language.GERMAN).number(20_000)).isEqualTo("20.000");
        assertThat(LocalFormats.of(Language.ENGLISH).number(20_000)).isEqualTo("20,000");
        assertThat(LocalFormats.of(Language.ARABIC).number(20_000)).isEqualTo("20,000");
        assertThat(LocalFormats.of(Language.GERMAN).decimal(2.5, 1)).isEqualTo("2,5");
        assertThat(LocalFormats.of(Language.ENGLISH).decimal(2, 1)).isEqualTo("2.0");
    }

    @Test
    void moments_are_shown_in_hamburg_time() {
        assertThat(LocalFormats.of(Language.GERMAN).dayAndTime(Instant.parse("2026-12-01T17:00:00Z")))
                .isEqualTo("Dienstag, 1. Dezember 2026, 18:00");
        assertThat(LocalFormats.of(Language.GERMAN).time(Instant.parse("2026-07-01T16:00:00Z"))).isEqualTo("18:00");
    }
}
