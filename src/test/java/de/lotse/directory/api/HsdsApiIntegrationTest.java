package de.lotse.directory.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import de.lotse.IntegrationTest;
import de.lotse.organisation.CurrentJobcenter;

/** The HSDS API's contract: only published entries, HSDS paging and filters, clear 400s, open-data headers. */
@IntegrationTest
class HsdsApiIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired CurrentJobcenter jobcenter;

    private DirectoryFixtures directory;
    private UUID organization;
    private UUID altona;
    private UUID published;
    private UUID inReview;
    private UUID draftOnlyOrganization;

    @BeforeEach
    void entries() {
        directory = new DirectoryFixtures(jdbc, jobcenter.get().id().value());
        organization = directory.organization("Mieterverein", false);
        altona = directory.location(organization, "Laden Altona", "22765", "ALTONA");
        UUID harburg = directory.location(organization, "Laden Harburg", "21073", "HARBURG");
        published = directory.service(organization, "Mietrecht", "Hilfe bei Miete und Heizkosten", "PUBLISHED",
                List.of(altona), List.of("de", "uk"), List.of("HOUSING"));
        directory.service(organization, "Schuldnerberatung", "Hilfe bei Schulden", "PUBLISHED", List.of(harburg),
                List.of("de", "tr"), List.of("DEBT"));
        inReview = directory.service(organization, "Neu", "Noch nicht geprüft", "IN_REVIEW", List.of(altona),
                List.of("de"), List.of("HOUSING"));
        draftOnlyOrganization = directory.organization("Entwurfsverein", false);
        directory.service(draftOnlyOrganization, "Entwurf", "Noch ein Entwurf", "DRAFT", List.of(), List.of("de"),
                List.of());
    }

    @AfterEach
    void clean() {
        directory.remove();
    }

    @Test
    void the_root_names_hsds_version_the_licence_and_the_openapi_document() throws Exception {
        mvc.perform(get("/api/hsds"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value("3.0"))
                .andExpect(jsonPath("$.openapi_url", containsString("/v3/api-docs")))
                .andExpect(jsonPath("$.license.id").value("dl-de/by-2-0"))
                .andExpect(jsonPath("$.links.export_csv", containsString("/api/hsds/export/services.csv")));
    }

    @Test
    void lists_only_published_services_with_hsds_paging() throws Exception {
        mvc.perform(get("/api/hsds/services").param("search", directory.token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total_items").value(2))
                .andExpect(jsonPath("$.total_pages").value(1))
                .andExpect(jsonPath("$.page_number").value(1))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.first_page").value(true))
                .andExpect(jsonPath("$.last_page").value(true))
                .andExpect(jsonPath("$.empty").value(false))
                .andExpect(jsonPath("$.contents[*].name", hasItems("Mietrecht " + directory.token,
                        "Schuldnerberatung " + directory.token)))
                .andExpect(jsonPath("$.contents[*].id", not(hasItems(inReview.toString()))))
                .andExpect(jsonPath("$.contents[0].status").value("active"))
                .andExpect(jsonPath("$.contents[0].schedules").doesNotExist());

        mvc.perform(get("/api/hsds/services").param("search", directory.token).param("per_page", "1").param("page", "2"))
                .andExpect(jsonPath("$.total_items").value(2))
                .andExpect(jsonPath("$.total_pages").value(2))
                .andExpect(jsonPath("$.page_number").value(2))
                .andExpect(jsonPath("$.contents", hasSize(1)))
                .andExpect(jsonPath("$.contents[0].name").value("Schuldnerberatung " + directory.token))
                .andExpect(jsonPath("$.first_page").value(false))
                .andExpect(jsonPath("$.last_page").value(true));

        mvc.perform(get("/api/hsds/services").param("search", directory.token).param("page", "3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.empty").value(true))
                .andExpect(jsonPath("$.contents", hasSize(0)));
    }

    @Test
    void filters_by_topic_district_language_postcode_organization_and_modification() throws Exception {
        String mietrecht = "Mietrecht " + directory.token;
        mvc.perform(get("/api/hsds/services").param("search", directory.token).param("taxonomy_term_id", "HOUSING"))
                .andExpect(jsonPath("$.contents[*].name", contains(mietrecht)));
        String housingId = UUID.nameUUIDFromBytes("lotse:taxonomy_term:lotse-topics/HOUSING".getBytes()).toString();
        mvc.perform(get("/api/hsds/services").param("search", directory.token).param("taxonomy_term_id", housingId))
                .andExpect(jsonPath("$.contents[*].name", contains(mietrecht)));
        mvc.perform(get("/api/hsds/services").param("search", directory.token).param("district", "Altona"))
                .andExpect(jsonPath("$.contents[*].name", contains(mietrecht)));
        mvc.perform(get("/api/hsds/services").param("search", directory.token).param("language", "uk"))
                .andExpect(jsonPath("$.contents[*].name", contains(mietrecht)));
        mvc.perform(get("/api/hsds/services").param("search", directory.token).param("postcode", "21073"))
                .andExpect(jsonPath("$.contents[*].name", contains("Schuldnerberatung " + directory.token)));
        mvc.perform(get("/api/hsds/services").param("organization_id", organization.toString()))
                .andExpect(jsonPath("$.total_items").value(2));
        mvc.perform(get("/api/hsds/services").param("search", directory.token + " heizkosten"))
                .andExpect(jsonPath("$.contents[*].name", contains(mietrecht)));
        mvc.perform(get("/api/hsds/services").param("search", directory.token).param("modified_after", "2026-01-01"))
                .andExpect(jsonPath("$.total_items").value(2));
        mvc.perform(get("/api/hsds/services").param("search", directory.token)
                        .param("modified_after", "2026-01-05T10:00:00Z"))
                .andExpect(jsonPath("$.total_items").value(0));
    }

    @Test
    void bad_parameters_are_400_problems_naming_each_parameter() throws Exception {
        mvc.perform(get("/api/hsds/services").param("per_page", "201").param("page", "0").param("district", "Mars")
                        .param("modified_after", "gestern").param("language", "1").param("postcode", "123")
                        .param("taxonomy_term_id", "ASTROLOGY").param("full", "ja").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.type").value("urn:lotse:problem:invalid-parameter"))
                .andExpect(jsonPath("$.errors[*].parameter", hasItems("per_page", "page", "district", "modified_after",
                        "language", "postcode", "taxonomy_term_id", "full")))
                .andExpect(jsonPath("$.errors[?(@.parameter == 'per_page')].message")
                        .value("per_page must be a whole number from 1 to 200."));
        mvc.perform(get("/api/hsds/services/not-a-uuid"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].parameter").value("id"));
    }

    @Test
    void unpublished_services_and_organizations_without_published_services_are_not_found() throws Exception {
        mvc.perform(get("/api/hsds/services/" + inReview))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:lotse:problem:directory-entry-not-found"));
        mvc.perform(get("/api/hsds/organizations/" + draftOnlyOrganization)).andExpect(status().isNotFound());
        mvc.perform(get("/api/hsds/organizations").param("search", directory.token))
                .andExpect(jsonPath("$.contents[*].id", contains(organization.toString())));
    }

    @Test
    void a_service_comes_fully_nested_in_hsds_field_names() throws Exception {
        mvc.perform(get("/api/hsds/services/" + published))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organization_id").value(organization.toString()))
                .andExpect(jsonPath("$.organization.name").value("Mieterverein " + directory.token))
                .andExpect(jsonPath("$.organization.x_provider").value("Diakonie Hamburg"))
                .andExpect(jsonPath("$.url").value("https://example.org/rat"))
                .andExpect(jsonPath("$.assured_date").value("2026-01-02"))
                .andExpect(jsonPath("$.x_appointment").value("BOTH"))
                .andExpect(jsonPath("$.service_at_locations[0].location_id").value(altona.toString()))
                .andExpect(jsonPath("$.service_at_locations[0].location.addresses[0].postal_code").value("22765"))
                .andExpect(jsonPath("$.service_at_locations[0].location.addresses[0].region").value("Altona"))
                .andExpect(jsonPath("$.service_at_locations[0].location.accessibility[*].description",
                        hasItems("STEP_FREE", "LIFT")))
                .andExpect(jsonPath("$.schedules[?(@.freq == 'WEEKLY' && @.byday == 'MO')].opens_at").value("09:00"))
                .andExpect(jsonPath("$.schedules[?(@.attending_type == 'phone')].closes_at").value("16:30"))
                .andExpect(jsonPath("$.schedules[?(@.description == 'closed')].valid_from").value("2026-12-24"))
                .andExpect(jsonPath("$.languages[*].code", hasItems("de", "uk")))
                .andExpect(jsonPath("$.phones[0].number").value("040 123456"))
                .andExpect(jsonPath("$.attributes[0].taxonomy_term.code").value("HOUSING"))
                .andExpect(jsonPath("$.attributes[0].link_type").value("topic"));
    }

    @Test
    void sample_entries_carry_the_sample_flag() throws Exception {
        UUID sampleOrganization = directory.organization("Beispielverein", true);
        UUID sample = directory.service(sampleOrganization, "Beispiel", "Nur ein Beispiel", "PUBLISHED", List.of(),
                List.of("de"), List.of());
        mvc.perform(get("/api/hsds/services/" + sample))
                .andExpect(jsonPath("$.attributes[?(@.link_type == 'flag')].taxonomy_term.code").value("sample"))
                .andExpect(jsonPath("$.organization.attributes[0].taxonomy_term.taxonomy").value("lotse-flags"));
        mvc.perform(get("/api/hsds/services/" + published))
                .andExpect(jsonPath("$.attributes[?(@.link_type == 'flag')]", hasSize(0)));
    }

    @Test
    void locations_service_at_locations_and_taxonomies_are_listed() throws Exception {
        mvc.perform(get("/api/hsds/locations/" + altona))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.location_type").value("physical"))
                .andExpect(jsonPath("$.organization_id").value(organization.toString()));
        mvc.perform(get("/api/hsds/service_at_locations").param("search", directory.token))
                .andExpect(jsonPath("$.total_items").value(2))
                .andExpect(jsonPath("$.contents[0].service.name", notNullValue()))
                .andExpect(jsonPath("$.contents[0].location.name", notNullValue()));
        String id = UUID.nameUUIDFromBytes(("lotse:service_at_location:" + published + "/" + altona).getBytes()).toString();
        mvc.perform(get("/api/hsds/service_at_locations/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.service_id").value(published.toString()));
        mvc.perform(get("/api/hsds/taxonomy_terms"))
                .andExpect(jsonPath("$.contents[*].code", hasItems("HOUSING", "SGB2", "sample")));
        mvc.perform(get("/api/hsds/taxonomy_terms/HOUSING"))
                .andExpect(jsonPath("$.name").value("Wohnen, Miete und Heizkosten"));
        mvc.perform(get("/api/hsds/taxonomies")).andExpect(jsonPath("$.total_items").value(2));
    }

    @Test
    void open_data_headers_allow_any_origin_name_the_licence_and_let_clients_cache() throws Exception {
        String etag = mvc.perform(get("/api/hsds/services").param("search", directory.token)
                        .header("Origin", "https://example.net"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(header().string("Link", containsString("rel=\"license\"")))
                .andExpect(header().string("Link", containsString("https://www.govdata.de/dl-de/by-2-0")))
                .andExpect(header().string("Cache-Control", "max-age=300, public"))
                .andExpect(header().exists("ETag"))
                .andReturn().getResponse().getHeader("ETag");
        mvc.perform(get("/api/hsds/services").param("search", directory.token).header("If-None-Match", etag))
                .andExpect(status().isNotModified());
        mvc.perform(options("/api/hsds/services").header("Origin", "https://example.net")
                        .header("Access-Control-Request-Method", "GET"))
                .andExpect(status().isNoContent())
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(header().string("Access-Control-Allow-Methods", containsString("GET")));
    }

    @Test
    void the_openapi_document_describes_the_hsds_endpoints_and_schemas() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/hsds/services'].get.parameters[*].name",
                        hasItems("search", "taxonomy_term_id", "district", "language", "postcode", "modified_after",
                                "page", "per_page")))
                .andExpect(jsonPath("$.paths['/api/hsds/services/{id}'].get.responses['404']", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/hsds/export/services.csv']", notNullValue()))
                .andExpect(jsonPath("$.components.schemas.HsdsService.properties.service_at_locations", notNullValue()))
                .andExpect(jsonPath("$.components.schemas.HsdsSchedule.properties.opens_at.example").value("09:00"))
                .andExpect(jsonPath("$.tags[*].name", hasItems("Directory (HSDS 3)", "Directory open data")));
    }
}
