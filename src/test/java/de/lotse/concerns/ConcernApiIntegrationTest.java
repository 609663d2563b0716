package de.lotse.concerns;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import de.lotse.IntegrationTest;

@IntegrationTest
class ConcernApiIntegrationTest {

    private static final String COMPLAINT = """
            {"kind":"COMPLAINT","legalTopic":"HOUSING_AND_HEATING","description":"Die Heizkosten fehlen.",
             "postcode":"22115","contactChannel":"EMAIL","email":"kim@example.org","preferredLanguage":"uk"}""";

    @Autowired MockMvc mvc;

    private final String address = "10.3." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    private final RequestPostProcessor client = request -> {
        request.setRemoteAddr(address);
        return request;
    };

    private MockHttpServletRequestBuilder create(String json) {
        return post("/api/v1/concerns").with(client).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private String secretOf(String receiptJson) {
        String apiUrl = JsonPath.read(receiptJson, "$.apiUrl");
        return apiUrl.substring(apiUrl.lastIndexOf('/') + 1);
    }

    @Test
    void creates_a_concern_and_answers_201_with_reference_and_status_link() throws Exception {
        mvc.perform(create(COMPLAINT).header("Idempotency-Key", UUID.randomUUID().toString()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("http://localhost/api/v1/status/[A-Za-z0-9_-]{43}")))
                .andExpect(jsonPath("$.reference", matchesPattern("HH-\\d{4}-[2-9A-Z]{4}-[2-9A-Z]{2}")))
                .andExpect(jsonPath("$.statusUrl", matchesPattern("http://localhost/status/[A-Za-z0-9_-]{43}")));
    }

    @Test
    void a_retry_with_the_same_idempotency_key_returns_the_same_receipt() throws Exception {
        String key = UUID.randomUUID().toString();
        String first = mvc.perform(create(COMPLAINT).header("Idempotency-Key", key)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        mvc.perform(create(COMPLAINT).header("Idempotency-Key", key)).andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(content().json(first));
    }

    @Test
    void the_same_key_with_other_content_is_422_naming_the_earlier_reference() throws Exception {
        String key = UUID.randomUUID().toString();
        String first = mvc.perform(create(COMPLAINT).header("Idempotency-Key", key)).andReturn().getResponse().getContentAsString();
        mvc.perform(create(COMPLAINT.replace("Heizkosten", "Stromkosten")).header("Idempotency-Key", key))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:lotse:problem:idempotency-key-reused"))
                .andExpect(jsonPath("$.reference").value((String) JsonPath.read(first, "$.reference")));
    }

    @Test
    void invalid_fields_come_back_as_problem_details_with_a_message_per_field() throws Exception {
        mvc.perform(create("{\"kind\":\"COMPLAINT\",\"description\":\"\",\"contactChannel\":\"PHONE\",\"phone\":\"12\"}")
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:lotse:problem:invalid-concern"))
                .andExpect(jsonPath("$.errors[*].field", hasItems("description", "phone")))
                .andExpect(jsonPath("$.errors[?(@.field == 'description')].code").value("intake.error.description.required"))
                .andExpect(jsonPath("$.errors[?(@.field == 'description')].message").isNotEmpty());
    }

    @Test
    void german_messages_for_german_clients() throws Exception {
        mvc.perform(create("{\"kind\":\"COMPLAINT\",\"contactChannel\":\"NONE\"}").header("Accept-Language", "de-DE"))
                .andExpect(jsonPath("$.errors[0].message").value("Bitte beschreiben Sie Ihr Anliegen."));
    }

    @Test
    void malformed_json_is_400_problem_without_parser_internals() throws Exception {
        mvc.perform(create("{\"kind\": COMPLAINT"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:lotse:problem:unreadable-body"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("jackson"))));
    }

    @Test
    void invalid_utf8_is_400_problem() throws Exception {
        byte[] body = "{\"kind\":\"COMPLAINT\",\"contactChannel\":\"NONE\",\"description\":\"Gr\u00fc\u00dfe\"}"
                .getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(post("/api/v1/concerns").with(client).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:lotse:problem:unreadable-body"));
    }

    @Test
    void reads_status_and_adds_messages_with_the_secret() throws Exception {
        String secret = secretOf(mvc.perform(create(COMPLAINT)).andReturn().getResponse().getContentAsString());

        mvc.perform(get("/api/v1/status/" + secret).with(client))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.site").value("Standort Mümmelmannsberg"))
                .andExpect(jsonPath("$.description").value("Die Heizkosten fehlen."))
                .andExpect(jsonPath("$.nextPromise.level").value("ACKNOWLEDGE"))
                .andExpect(jsonPath("$.nextPromise.dueAt").isNotEmpty());
        mvc.perform(post("/api/v1/status/" + secret + "/messages").with(client).contentType(MediaType.APPLICATION_JSON)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .content("{\"text\":\"Ich habe die Abrechnung hochgeladen.\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.position").value(2));
        mvc.perform(get("/api/v1/status/" + secret + "/messages").with(client))
                .andExpect(jsonPath("$[1].type").value("CITIZEN_MESSAGE"))
                .andExpect(jsonPath("$[1].text").value("Ich habe die Abrechnung hochgeladen."));
    }

    @Test
    void a_wrong_secret_is_404_problem() throws Exception {
        mvc.perform(get("/api/v1/status/" + "z".repeat(43)).with(client))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:lotse:problem:status-link-not-found"));
    }

    @Test
    void an_empty_message_is_422() throws Exception {
        String secret = secretOf(mvc.perform(create(COMPLAINT)).andReturn().getResponse().getContentAsString());
        mvc.perform(post("/api/v1/status/" + secret + "/messages").with(client).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
    }

    @Test
    void a_body_over_one_megabyte_is_refused_before_it_is_read() throws Exception {
        String huge = "{\"kind\":\"COMPLAINT\",\"contactChannel\":\"NONE\",\"description\":\"" + "x".repeat(1_100_000) + "\"}";
        mvc.perform(create(huge)).andExpect(status().isContentTooLarge());
    }

    @Test
    void unknown_endpoints_and_methods_are_problem_details_too() throws Exception {
        mvc.perform(get("/api/v1/nothing-here").with(client))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/concerns").with(client))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/concerns").with(client).contentType(MediaType.TEXT_PLAIN).content("hallo"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void serves_an_openapi_document_for_the_concerns_api() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/concerns'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/status/{secret}/messages'].post").exists())
                .andExpect(jsonPath("$.components.schemas.ConcernDraft.properties.kind.enum", hasItems("COMPLAINT", "CALLBACK_REQUEST")))
                .andExpect(jsonPath("$.components.schemas.ConcernDraft.properties.preferredLanguage.enum", hasItems("de", "de-LS", "ar")));
    }
}
