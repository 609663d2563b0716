package de.lotse.concerns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitizenTextUnitTest {

    @Test
    void umlauts_typed_as_combining_marks_become_the_composed_letter() {
        assertThat(CitizenText.clean("Mu\u0308ller")).isEqualTo("Müller");
    }

    @Test
    void removes_control_characters_but_keeps_line_breaks_and_tabs() {
        assertThat(CitizenText.clean("a\u0000b\u0007c\r\nd\te")).isEqualTo("abc\nd\te");
    }

    @Test
    void keeps_everything_a_person_could_have_meant() {
        assertThat(CitizenText.clean("<b>Hallo</b> 😀 \uFFFD")).isEqualTo("<b>Hallo</b> 😀 \uFFFD");
    }

    @Test
    void counts_an_emoji_as_one_character() {
        assertThat(CitizenText.length("😀")).isEqualTo(1);
    }
}
