package de.lotse.concerns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.lotse.IntegrationTest;
import de.lotse.RealCsrf;

@IntegrationTest
class IntakeFormWebTest {

    @Autowired MockMvc mvc;
    @Autowired Concerns concerns;
    @LocalServerPort int port;
    private final HttpClient http = HttpClient.newHttpClient();

    /** Each test is its own client, so the guard against guessing never mixes tests up. */
    private final RequestPostProcessor client = request -> {
        request.setRemoteAddr("10.1." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
        return request;
    };

    private MockHttpServletRequestBuilder validForm(String key) throws Exception {
        return formWith(key, "Mein Bescheid ist falsch.");
    }

    private MockHttpServletRequestBuilder formWith(String key, String description) throws Exception {
        return post("/anliegen").with(RealCsrf.from(mvc)).with(client)
                .param("idempotencyKey", key)
                .param("kind", "BENEFIT_CONFLICT")
                .param("description", description)
                .param("postcode", "20095")
                .param("contactChannel", "NONE")
                .param("preferredLanguage", "de");
    }

    private String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void start_page_offers_the_four_ways_in_and_the_emergency_hint() throws Exception {
        String page = html(mvc.perform(get("/")).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("Frage stellen", "Beschwerde", "Ärger mit einem Bescheid", "Rückruf bitten",
                "/anliegen/neu?notlage=true");
    }

    @Test
    void the_form_offers_sms_and_names_the_messengers_only_when_they_are_switched_on() throws Exception {
        String page = html(mvc.perform(get("/anliegen/neu")).andExpect(status().isOk()).andReturn());

        // The tests run with every channel on (IntegrationTest); without a gateway, SMS is not offered (unit test).
        assertThat(page).contains("id=\"contactChannel-SMS\"", "WhatsApp, Telegram, Threema, Matrix");
    }

    @Test
    void the_emergency_link_opens_the_form_marked_as_existential() throws Exception {
        String page = html(mvc.perform(get("/anliegen/neu").param("notlage", "true")).andExpect(status().isOk()).andReturn());
        assertThat(page).containsPattern("name=\"existential\" id=\"field-existential\" value=\"true\" checked");
    }

    @Test
    void a_valid_form_redirects_with_303_to_the_new_status_page() throws Exception {
        MvcResult result = mvc.perform(validForm(UUID.randomUUID().toString())).andExpect(status().isSeeOther()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/status/[A-Za-z0-9_-]{43}\\?neu=1");

        String statusPage = html(mvc.perform(get(location).with(client)).andExpect(status().isOk()).andReturn());
        assertThat(statusPage).contains("Ihr Anliegen ist angekommen", "Mein Bescheid ist falsch.", "Standort Mitte")
                .containsPattern("HH-\\d{4}-[2-9A-Z]{4}-[2-9A-Z]{2}");
    }

    @Test
    void a_form_with_mistakes_comes_back_with_everything_typed_and_an_error_at_each_field() throws Exception {
        String page = html(mvc.perform(post("/anliegen").with(RealCsrf.from(mvc)).with(client)
                        .param("idempotencyKey", UUID.randomUUID().toString())
                        .param("kind", "COMPLAINT")
                        .param("description", "Zeile 1\nZeile 2 mit <b>fett</b> & \"Zitat\"")
                        .param("postcode", "2009")
                        .param("customerNumber", "abc")
                        .param("name", "Ayşe Yılmaz")
                        .param("contactChannel", "EMAIL")
                        .param("email", "")
                        .param("phone", "040 123456")
                        .param("noticeDate", "32.13.2026")
                        .param("preferredLanguage", "tr"))
                .andExpect(status().isUnprocessableContent()).andReturn());

        assertThat(page).contains("<title>Fehler: Ihr Anliegen – Lotse</title>", "role=\"alert\"",
                "Zeile 1\nZeile 2 mit &lt;b&gt;fett&lt;/b&gt; &amp; \"Zitat\"", "value=\"2009\"", "value=\"abc\"",
                "value=\"Ayşe Yılmaz\"", "value=\"040 123456\"", "value=\"32.13.2026\"",
                "id=\"postcode-error\"", "id=\"customerNumber-error\"", "id=\"email-error\"", "id=\"noticeDate-error\"",
                "aria-invalid=\"true\"", "href=\"#field-postcode\"");
        assertThat(page).containsPattern("value=\"tr\" lang=\"tr\" dir=\"ltr\" selected");
        assertThat(page).contains("value=\"ar\" lang=\"ar\" dir=\"rtl\"");
        assertThat(page).containsPattern("id=\"kind-COMPLAINT\" value=\"COMPLAINT\" checked");
        assertThat(page).doesNotContain("<b>fett</b>");
    }

    @Test
    void a_100_kilobyte_text_is_refused_with_its_length_and_kept_in_the_form() throws Exception {
        String longText = "Ä".repeat(50_000);
        String page = html(mvc.perform(formWith(UUID.randomUUID().toString(), longText))
                .andExpect(status().isUnprocessableContent()).andReturn());

        assertThat(page).contains("50.000 Zeichen", "höchstens 20.000 Zeichen", longText);
    }

    @Test
    void bytes_that_are_not_utf8_do_not_break_the_form() throws Exception {
        byte[] body = ("kind=COMPLAINT&contactChannel=NONE&description=Gr%FC%DFe+%C3%28").getBytes(StandardCharsets.US_ASCII);
        MvcResult result = mvc.perform(post("/anliegen").with(RealCsrf.from(mvc)).with(client)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isIn(303, 400, 422);
    }

    @Test
    void a_double_click_creates_one_concern_and_both_answers_lead_to_it() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = concerns.count();
        String first = mvc.perform(validForm(key)).andExpect(status().isSeeOther()).andReturn().getResponse().getRedirectedUrl();
        String second = mvc.perform(validForm(key)).andExpect(status().isSeeOther()).andReturn().getResponse().getRedirectedUrl();

        assertThat(second).isEqualTo(first);
        assertThat(concerns.count()).isEqualTo(before + 1);
    }

    @Test
    void sending_an_edited_copy_of_a_sent_form_explains_and_keeps_the_new_text() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(validForm(key)).andExpect(status().isSeeOther());

        String page = html(mvc.perform(formWith(key, "Noch etwas: der Bescheid kam zu spät."))
                .andExpect(status().isConflict()).andReturn());
        assertThat(page).contains("Dieses Formular haben Sie schon abgeschickt", "Noch etwas: der Bescheid kam zu spät.")
                .doesNotContain("value=\"" + key + "\"");
    }

    @Test
    void a_form_whose_csrf_token_expired_comes_back_with_everything_typed_and_stores_nothing() throws Exception {
        long before = concerns.count();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/anliegen"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("kind=COMPLAINT&contactChannel=NONE&_csrf=stale"
                        + "&description=" + URLEncoder.encode("Ein langer Text, der nicht verloren gehen darf.", StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Bitte noch einmal absenden", "Ein langer Text, der nicht verloren gehen darf.",
                "name=\"_csrf\"");
        assertThat(response.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("lotse-csrf="));
        assertThat(concerns.count()).isEqualTo(before);
    }

    @Test
    void the_recovery_page_cannot_be_posted_to_directly() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/anliegen/erneut"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("description=x")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("Bitte noch einmal absenden");
    }

    @Test
    void pages_carry_a_strict_content_security_policy_and_no_referrer() throws Exception {
        mvc.perform(get("/anliegen/neu"))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("default-src 'none'"),
                                org.hamcrest.Matchers.containsString("script-src 'self'"),
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
                .andExpect(header().string("Referrer-Policy", "no-referrer"));
    }

    @Test
    void language_link_switches_to_english_and_is_remembered() throws Exception {
        MvcResult english = mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk())
                .andExpect(header().string("Content-Language", "en")).andReturn();
        assertThat(html(english)).contains("<html lang=\"en\"");
        String cookie = english.getResponse().getHeader("Set-Cookie");
        assertThat(cookie).startsWith("lotse-language=en");

        String again = html(mvc.perform(get("/").cookie(new jakarta.servlet.http.Cookie("lotse-language", "en"))).andReturn());
        assertThat(again).contains("<html lang=\"en\"");
    }

    @Test
    void leichte_sprache_is_german_to_the_browser() throws Exception {
        String page = html(mvc.perform(get("/").param("lang", "de-LS")).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("<html lang=\"de\"", "aria-current=\"true\" lang=\"de\" dir=\"ltr\">Leichte Sprache");
    }
}
