package de.lotse.channels.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailReadingUnitTest {

    @Test
    void html_keeps_its_words_and_loses_everything_active() {
        String words = MailReading.wordsOf("<html><head><style>p{color:red}</style><script>alert(1)</script></head><body>"
                + "<p onclick=\"steal()\">Mein <b>Antrag</b> vom <a href=\"javascript:alert(2)\">3. November</a></p>"
                + "<img src=x onerror=alert(3)><iframe src=\"https://evil.example\"></iframe><p>Danke</p></body></html>");

        assertThat(words).contains("Mein Antrag vom 3. November", "Danke")
                .doesNotContain("alert", "steal", "color", "evil", "<", "javascript");
    }

    @Test
    void quoted_history_is_cut_but_a_fully_quoted_mail_is_kept() {
        assertThat(MailReading.withoutQuotedHistory("Neu.\n\nAm 1.11.2026 um 10:00 schrieb Jobcenter:\n> Alt"))
                .isEqualTo("Neu.");
        assertThat(MailReading.withoutQuotedHistory("> nur Zitat")).isEqualTo("> nur Zitat");
    }
}
