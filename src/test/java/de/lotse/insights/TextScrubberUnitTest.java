package de.lotse.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The snippet the insights keep says what the problem is, never who has it. */
class TextScrubberUnitTest {

    @Test
    void removes_contact_data_numbers_dates_and_postcodes() {
        String scrubbed = TextScrubber.scrub("""
                Schreiben Sie an anna.muster@example.org oder rufen Sie 040 / 123 456 78 an, mobil +49 170 1234567.
                Meine Kundennummer ist 123A456789, BG-Nummer 12345 BG 1234567, IBAN DE89 3704 0044 0532 0130 00.
                Der Bescheid vom 03.02.2026 kam am 5. März 2026 nach 22761 Hamburg.""", List.of());

        assertThat(scrubbed).doesNotContain("anna.muster", "123 456", "170", "123A456789", "1234567", "DE89", "0532",
                "03.02.2026", "5. März", "22761");
        assertThat(scrubbed).contains("[E-MAIL]", "[TELEFON]", "[KUNDENNUMMER]", "[IBAN]", "[DATUM]", "[PLZ]", "Bescheid");
    }

    @Test
    void removes_names_after_salutations_greetings_and_the_known_name_in_parts() {
        String scrubbed = TextScrubber.scrub("""
                Frau Özdemir vom Standort sagt, die Unterlagen fehlen. Mein Name ist Jan Kowalski.
                Herr Kowalski hat alles abgegeben. Mit freundlichen Grüßen Jan Kowalski""", List.of("Jan Kowalski"));

        assertThat(scrubbed).doesNotContain("Özdemir", "Kowalski", "Jan");
        assertThat(scrubbed).contains("Frau [NAME]", "Unterlagen fehlen");
    }

    @Test
    void keeps_a_snippet_of_bounded_length_with_plain_white_space() {
        String snippet = TextScrubber.snippet("Miete\n\n  nicht   gezahlt " + "x".repeat(1000), List.of());

        assertThat(snippet).startsWith("Miete nicht gezahlt").hasSize(TextScrubber.SNIPPET_LENGTH);
    }
}
