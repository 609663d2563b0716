package de.lotse.accessibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.util.GreenMail;

import de.lotse.IntegrationTest;
import de.lotse.RealCsrf;
import de.lotse.SentMail;

/** The accessibility statement in three languages, and its feedback form: kept, forwarded, nothing typed lost. */
@IntegrationTest
class AccessibilityStatementWebTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired GreenMail mailServer;
    @LocalServerPort int port;

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void the_statement_names_its_status_limits_date_feedback_and_the_conciliation_body_in_each_language() throws Exception {
        assertThat(page("/barrierefreiheit")).contains("Erklärung zur Barrierefreiheit", "teilweise vereinbar",
                "Gebärdensprache", "27. November 2026", "barrierefreiheit@jobcenter.lotse.test",
                "href=\"https://www.schlichtungsstelle-bgg.de\"", "§ 16 BGG", "HmbBITVO");
        assertThat(page("/barrierefreiheit?lang=en")).contains("Accessibility statement", "partially compliant");
        assertThat(page("/barrierefreiheit?lang=de-LS")).contains("Barriere-Freiheit", "zum Teil");
    }

    @Test
    void every_citizen_page_links_the_statement_in_its_footer() throws Exception {
        for (String path : new String[] { "/", "/anliegen/neu", "/beratung" }) {
            assertThat(page(path)).as(path).contains("<a href=\"/barrierefreiheit\">");
        }
    }

    @Test
    void a_report_without_text_comes_back_with_what_was_typed_and_a_translated_error() throws Exception {
        String answer = mvc.perform(post("/barrierefreiheit/rueckmeldung").with(RealCsrf.from(mvc))
                        .param("message", " ").param("page", "/beratung").param("name", "Kim").param("email", "kim@"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(answer).contains("Bitte schreiben Sie, was Ihnen aufgefallen ist.", "Bitte geben Sie eine E-Mail-Adresse",
                "value=\"/beratung\"", "value=\"Kim\"", "value=\"kim@\"", "aria-invalid=\"true\"");
    }

    @Test
    void a_report_is_kept_and_forwarded_to_the_mailbox_with_the_reply_address() throws Exception {
        String text = "Der Knopf ist ohne Maus nicht erreichbar " + UUID.randomUUID();

        mvc.perform(post("/barrierefreiheit/rueckmeldung").with(RealCsrf.from(mvc)).param("message", text)
                        .param("page", "/anliegen/neu").param("email", "kim@example.org"))
                .andExpect(status().isSeeOther());

        assertThat(jdbc.sql("SELECT count(*) FROM accessibility_feedback WHERE message = ?").param(text)
                .query(Long.class).single()).isOne();
        assertThat(SentMail.to(mailServer, "barrierefreiheit@jobcenter.lotse.test", 1))
                .anySatisfy(mail -> {
                    assertThat(SentMail.plainText(mail)).contains(text, "/anliegen/neu");
                    assertThat(mail.getReplyTo()[0].toString()).isEqualTo("kim@example.org");
                });
    }

    @Test
    void a_report_whose_csrf_token_expired_comes_back_with_everything_typed_and_nothing_is_kept() throws Exception {
        String text = "Text, der nicht verloren gehen darf " + UUID.randomUUID();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://localhost:" + port + "/barrierefreiheit/rueckmeldung"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=stale&message=" + URLEncoder.encode(text, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Bitte noch einmal absenden", text);
        assertThat(jdbc.sql("SELECT count(*) FROM accessibility_feedback WHERE message = ?").param(text)
                .query(Long.class).single()).isZero();
    }
}
