package de.lotse.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class TextCheckUnitTest {

    @Test
    void placeholders_are_read_as_message_format_reads_them() {
        assertThat(TextCheck.placeholders("Ihr Anliegen {0} am {1,date}")).contains(new TreeSet<>(Set.of(0, 1)));
        assertThat(TextCheck.placeholders("Sie haben''s: {0}")).contains(new TreeSet<>(Set.of(0)));
        assertThat(TextCheck.placeholders("Sie haben's: {0}")).contains(new TreeSet<>());
        assertThat(TextCheck.placeholders("Ihr Anliegen {0")).isEqualTo(Optional.empty());
    }

    @Test
    void an_override_keeps_placeholders_and_may_reuse_the_shipped_markup_only() {
        String shipped = "Siehe <a href=\"/woerter#bescheid\">Bescheid</a> zu {0}";
        assertThat(TextCheck.checked(shipped, "  Zu {0}: <a href=\"/woerter#bescheid\">Wörter</a> ")).isEqualTo(
                "Zu {0}: <a href=\"/woerter#bescheid\">Wörter</a>");
        assertThatThrownBy(() -> TextCheck.checked(shipped, "Zu {0}: <a href=\"https://evil.example\">hier</a>"))
                .isInstanceOf(InvalidText.class).extracting("messageKey").isEqualTo("admin.texts.error.markup");
        assertThatThrownBy(() -> TextCheck.checked(shipped, "Zu {0} und {1}"))
                .isInstanceOf(InvalidText.class).extracting("messageKey").isEqualTo("admin.texts.error.placeholders");
        assertThatThrownBy(() -> TextCheck.checked(shipped, "Zu {0} < 3"))
                .isInstanceOf(InvalidText.class).extracting("messageKey").isEqualTo("admin.texts.error.markup");
        assertThatThrownBy(() -> TextCheck.checked(shipped, "   "))
                .isInstanceOf(InvalidText.class).extracting("messageKey").isEqualTo("admin.texts.error.empty");
    }

    @Test
    void a_text_without_placeholders_may_hold_a_plain_apostrophe() {
        assertThat(TextCheck.checked("Wir helfen", "Don't worry")).isEqualTo("Don't worry");
    }
}
