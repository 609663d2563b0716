package de.lotse.directory.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import de.lotse.IntegrationTest;
import de.lotse.organisation.CurrentJobcenter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The open-data files: RFC 4180 CSV one row per service at location, and the HSDS JSON dataset, both licensed. */
@IntegrationTest
class OpenDataExportIntegrationTest {

    private static final String TRICKY = "Beratung, Begleitung und \"Hilfe\"\nauch am Abend";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired ObjectMapper json;

    private DirectoryFixtures directory;
    private UUID service;

    @BeforeEach
    void entries() {
        directory = new DirectoryFixtures(jdbc, jobcenter.get().id().value());
        service = directory.published("Offene Sozialberatung", TRICKY);
        directory.service(directory.organizations.get(0), "In Prüfung", "nicht öffentlich", "IN_REVIEW",
                List.of(directory.locations.get(0)), List.of("de"), List.of());
    }

    @AfterEach
    void clean() {
        directory.remove();
    }

    private List<Map<String, String>> rowsOf(String csv) {
        List<Csv.Row> rows = Csv.read(csv);
        List<String> header = rows.get(0).fields();
        return rows.subList(1, rows.size()).stream().map(row -> IntStream.range(0, header.size()).boxed()
                .collect(Collectors.toMap(header::get, row.fields()::get))).toList();
    }

    @Test
    void the_csv_has_one_row_per_published_service_at_location_quoted_by_rfc_4180() throws Exception {
        var response = mvc.perform(get("/api/hsds/export/services.csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Link", Matchers.containsString("dl-de/by-2-0")))
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("attachment")))
                .andReturn().getResponse();
        byte[] bytes = response.getContentAsByteArray();
        assertThat(bytes[0]).as("no byte order mark").isNotEqualTo((byte) 0xEF);
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertThat(csv).startsWith(String.join(",", ServicesCsv.COLUMNS) + "\r\n");
        assertThat(csv).contains("\"Beratung, Begleitung und \"\"Hilfe\"\"\nauch am Abend\"");

        List<Map<String, String>> ours = rowsOf(csv).stream().filter(row -> row.get("service_name").contains(directory.token))
                .toList();
        assertThat(ours).hasSize(1);
        Map<String, String> row = ours.get(0);
        assertThat(row.get("service_id")).isEqualTo(service.toString());
        assertThat(row.get("service_description")).isEqualTo(TRICKY);
        assertThat(row.get("languages")).isEqualTo("de; uk");
        assertThat(row.get("taxonomy_terms")).isEqualTo("SGB2; HOUSING");
        assertThat(row.get("phones")).isEqualTo("040 123456 (Beratung)");
        assertThat(row.get("phone_hours")).isEqualTo("TH 14:00-16:30 (2026-01-01/2026-12-31)");
        assertThat(row.get("opening_hours")).isEqualTo("MO 09:00-13:00");
        assertThat(row.get("district")).isEqualTo("Altona");
        assertThat(row.get("accessibility")).isEqualTo("STEP_FREE; LIFT");
        assertThat(row.get("sample")).isEqualTo("false");
    }

    @Test
    void the_json_dataset_is_hsds_with_licence_and_every_published_service() throws Exception {
        String body = mvc.perform(get("/api/hsds/export/hsds.json"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=300, public"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode dataset = json.readTree(body);
        assertThat(dataset.path("meta").path("hsds_version").asString()).isEqualTo("3.0");
        assertThat(dataset.path("meta").path("license").path("id").asString()).isEqualTo("dl-de/by-2-0");
        assertThat(dataset.path("meta").path("license").path("url").asString()).isEqualTo("https://www.govdata.de/dl-de/by-2-0");
        assertThat(dataset.path("meta").path("license").path("attribution").asString()).contains("Jobcenter");

        JsonNode ours = null;
        for (int i = 0; i < dataset.path("services").size(); i++) {
            if (dataset.path("services").get(i).path("id").asString().equals(service.toString())) {
                ours = dataset.path("services").get(i);
            }
        }
        assertThat(ours).as("the published service").isNotNull();
        assertThat(ours.path("description").asString()).isEqualTo(TRICKY);
        assertThat(ours.has("organization")).as("organizations are referred to by id").isFalse();
        assertThat(ours.path("organization_id").asString()).isEqualTo(directory.organizations.get(0).toString());
        assertThat(ours.path("service_at_locations").get(0).path("location_id").asString())
                .isEqualTo(directory.locations.get(0).toString());
        for (String field : List.of("id", "name", "description", "url", "email", "status", "schedules", "languages",
                "phones", "attributes")) {
            assertThat(ours.has(field)).as(field).isTrue();
        }
        assertThat(body).doesNotContain("In Prüfung " + directory.token);
        assertThat(body).contains("\"id\":\"" + directory.locations.get(0) + "\"");
        assertThat(dataset.path("taxonomy_terms").size()).isGreaterThanOrEqualTo(11);
    }
}
