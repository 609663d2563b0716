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
}
