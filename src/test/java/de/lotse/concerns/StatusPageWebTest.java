package de.lotse.concerns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.lotse.IntegrationTest;

@IntegrationTest
class StatusPageWebTest {

    @Autowired MockMvc mvc;
    @Autowired ConcernIntake intake;

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
        assertThat(page).contains(receipt.reference().value(), "Eingegangen", "&lt;script&gt;alert('x')&lt;/script&gt;")
                .doesNotContain("<script>alert");
    }

    @Test
    void a_message_is_added_and_the_page_says_so() throws Exception {
        String secret = secret();
        String location = mvc.perform(post("/status/" + secret + "/nachrichten").with(csrf()).with(client)
                        .param("text", "Hier ist mein Nachweis.").param("idempotencyKey", UUID.randomUUID().toString()))
                .andExpect(status().isSeeOther()).andReturn().getResponse().getRedirectedUrl();

        String page = mvc.perform(get(location).with(client)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Ihre Nachricht ist angekommen.", "Hier ist mein Nachweis.");
    }

    @Test
    void an_empty_message_comes_back_with_an_error() throws Exception {
        String page = mvc.perform(post("/status/" + secret() + "/nachrichten").with(csrf()).with(client).param("text", "   "))
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
        mvc.perform(post("/status/" + "y".repeat(43) + "/nachrichten").with(csrf()).with(client).param("text", "Hallo"))
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
}
