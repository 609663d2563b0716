package de.lotse.concerns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.lotse.IntegrationTest;
import de.lotse.RealCsrf;

@IntegrationTest
class StatusPageWebTest {

    @Autowired MockMvc mvc;
    @Autowired ConcernIntake intake;
    @Autowired CitizenAccess access;
    @LocalServerPort int port;
    @Autowired de.lotse.deadlines.DeadlineGuard deadlines;

    private final String address = "10.2." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    private final RequestPostProcessor client = request -> {
        request.setRemoteAddr(address);
        return request;
    };

    private String secret() {
        return intake.submit(ConcernIntakeIntegrationTest.complaintFrom("20095"), Optional.empty()).secret().value();
    }

    @Test
    void shows_status_and_the_citizens_own_text_escaped() throws Exception {
        Receipt receipt = intake.submit(new ConcernDraft("QUESTION", null, null, "<script>alert('x')</script>", null,
                null, null, null, false, "NONE", null, null, "de", false), Optional.empty());

        String page = mvc.perform(get("/status/" + receipt.secret().value()).with(client)).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(receipt.reference().value(), "Eingegangen", "Wir melden uns spätestens bis ", "&lt;script&gt;alert('x')&lt;/script&gt;")
                .doesNotContain("<script>alert");
    }

    @Test
    void a_message_is_added_and_the_page_says_so() throws Exception {
        String secret = secret();
        String location = mvc.perform(post("/status/" + secret + "/nachrichten").with(RealCsrf.from(mvc)).with(client)
                        .param("text", "Hier ist mein Nachweis.").param("idempotencyKey", UUID.randomUUID().toString()))
                .andExpect(status().isSeeOther()).andReturn().getResponse().getRedirectedUrl();

        String page = mvc.perform(get(location).with(client)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Ihre Nachricht ist angekommen.", "Hier ist mein Nachweis.");
    }

    @Test
    void an_empty_message_comes_back_with_an_error() throws Exception {
        String page = mvc.perform(post("/status/" + secret() + "/nachrichten").with(RealCsrf.from(mvc)).with(client).param("text", "   "))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Bitte schreiben Sie eine Nachricht.", "id=\"text-error\"");
    }

    @Test
    void a_wrong_secret_gives_404_and_no_data() throws Exception {
        String page = mvc.perform(get("/status/" + "x".repeat(43)).with(client)).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Diesen Link kennen wir nicht").doesNotContainPattern("HH-\\d{4}-");
    }

    @Test
    void messages_to_a_wrong_secret_are_refused_with_404() throws Exception {
        mvc.perform(post("/status/" + "y".repeat(43) + "/nachrichten").with(RealCsrf.from(mvc)).with(client).param("text", "Hallo"))
                .andExpect(status().isNotFound());
    }

    @Test
    void guessing_is_stopped_with_429_and_retry_after() throws Exception {
        for (int i = 0; i < 10; i++) {
            mvc.perform(get("/status/" + UUID.randomUUID()).with(client)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/status/" + secret()).with(client)).andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
    }

    @Test
    void a_message_whose_csrf_token_expired_comes_back_unsent_and_kept() throws Exception {
        String secret = secret();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/status/" + secret + "/nachrichten"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=stale&text=Mein+Nachtrag")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("id=\"resend-needed\"", ">Mein Nachtrag</textarea>");
        assertThat(access.open(secret, "another-client", "test").timeline()).hasSize(1);
    }

    private String statusPageCiting(java.time.LocalDate dateOnBescheid, String language) throws Exception {
        Receipt receipt = intake.submit(new ConcernDraft("BENEFIT_CONFLICT", null, null, "Der Bescheid ist falsch berechnet.",
                dateOnBescheid.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")), null, null, "20095",
                false, "NONE", null, null, "de", false), Optional.empty());
        return mvc.perform(get("/status/" + receipt.secret().value()).param("lang", language).with(client))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String longDate(java.time.LocalDate day, java.util.Locale locale) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.FULL).withLocale(locale)
                .format(day);
    }

    @Test
    void a_concern_citing_a_bescheid_shows_its_objection_deadline_and_that_the_concern_does_not_stop_it()
            throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(de.lotse.calendar.HamburgCalendar.ZONE);
        java.time.LocalDate dateOnBescheid = today.minusDays(10);
        var advice = deadlines.forDateOnBescheid(dateOnBescheid);

        String page = statusPageCiting(dateOnBescheid, "de");

        assertThat(page).contains("Frist für einen Widerspruch",
                "spätestens am " + longDate(advice.period().endsOn(), java.util.Locale.GERMAN),
                "Ihr Anliegen hier ist kein Widerspruch", "So legen Sie Widerspruch ein",
                "keine Rechtsberatung");
        assertThat(advice.daysLeft()).isGreaterThan(7);
        assertThat(page).doesNotContain("Achtung: nur noch");
    }

    @Test
    void the_deadline_warns_in_its_last_week_and_after_it_points_to_a_review_request() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(de.lotse.calendar.HamburgCalendar.ZONE);
        // The date on the Bescheid whose deadline ends in five to seven days (a moved end may add a day or three).
        java.time.LocalDate near = today.minusDays(40);
        while (deadlines.forDateOnBescheid(near).daysLeft() < 4) {
            near = near.plusDays(1);
        }
        var advice = deadlines.forDateOnBescheid(near);
        assertThat(advice.urgency().warns()).isTrue();
        assertThat(statusPageCiting(near, "de")).contains("deadline-near", "Achtung: nur noch " + advice.daysLeft() + " Tage");

        java.time.LocalDate long_ago = today.minusMonths(4);
        assertThat(statusPageCiting(long_ago, "de")).contains("wahrscheinlich am", "Überprüfungsantrag",
                longDate(java.time.LocalDate.of(today.getYear() - 1, 1, 1), java.util.Locale.GERMAN).replaceAll("^[^,]+, ", ""))
                .doesNotContain("So legen Sie Widerspruch ein");
        assertThat(statusPageCiting(long_ago, "en")).contains("Deadline for an objection", "ask for a review");
        assertThat(statusPageCiting(long_ago, "de-LS")).contains("Überprüfungs-Antrag");
    }
}
