package de.lotse.directory.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import de.lotse.IntegrationTest;
import de.lotse.RealCsrf;
import de.lotse.directory.api.DirectoryImport.Format;
import de.lotse.directory.api.DirectoryImport.Outcome;
import de.lotse.directory.editing.DirectoryChange;
import de.lotse.directory.editing.DirectoryReview;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.NotAllowed;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The coordinator's import: all problems reported with line and field, all or nothing, imported entries wait in
 * review (an id already in the directory as a proposed change), and export → import → export gives the same data.
 */
@IntegrationTest
class DirectoryImportIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired ObjectMapper json;
    @Autowired DirectoryImport imports;
    @Autowired DirectoryReview review;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;

    private DirectoryFixtures directory;
    private StaffMember coordinator;

    @BeforeEach
    void fixtures() {
        directory = new DirectoryFixtures(jdbc, jobcenter.get().id().value());
        coordinator = new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.ADMINISTRATOR);
    }

    @AfterEach
    void clean() {
        directory.remove();
    }

    private String header() {
        return String.join(",", ServicesCsv.COLUMNS) + "\r\n";
    }

    /** A CSV row in the export's format, every cell given by name. */
    private String row(UUID service, UUID organization, UUID location, String serviceName, String district) {
        List<String> cells = new ArrayList<>();
        for (String column : ServicesCsv.COLUMNS) {
            cells.add(switch (column) {
                case "service_id" -> service.toString();
                case "service_name" -> serviceName;
                case "service_description" -> "Beratung, auch \"vor Ort\"";
                case "free_of_charge" -> "true";
                case "appointment" -> "WALK_IN";
                case "languages" -> "de; ar";
                case "taxonomy_terms" -> "DEBT";
                case "phones" -> "040 99999 (Termine)";
                case "phone_hours" -> "TU 10:00-12:00";
                case "sample" -> "false";
                case "organization_id" -> organization.toString();
                case "organization_name" -> "Import-Verein " + directory.token;
                case "organization_description" -> "Ein Verein";
                case "location_id" -> location == null ? "" : location.toString();
                case "location_name" -> location == null ? "" : "Importladen";
                case "address_1" -> location == null ? "" : "Am Markt 2";
                case "postal_code" -> location == null ? "" : "21029";
                case "city" -> location == null ? "" : "Hamburg";
                case "district" -> location == null ? "" : district;
                case "latitude" -> location == null ? "" : "53.49";
                case "longitude" -> location == null ? "" : "10.21";
                case "accessibility" -> location == null ? "" : "STEP_FREE";
                case "opening_hours" -> "WE 09:00-12:00";
                default -> "";
            });
        }
        return Csv.write(List.of(cells));
    }

    private Outcome importCsv(String csv) {
        return imports.importFile(coordinator, Format.CSV, csv.getBytes(StandardCharsets.UTF_8));
    }

    private void remember(UUID service, UUID organization, UUID location) {
        directory.services.add(service);
        directory.organizations.add(organization);
        if (location != null) {
            directory.locations.add(location);
        }
    }

    @Test
    void a_valid_csv_is_imported_in_review_and_not_public() throws Exception {
        UUID service = UUID.randomUUID();
        UUID organization = UUID.randomUUID();
        UUID location = UUID.randomUUID();
        remember(service, organization, location);

        Outcome outcome = importCsv(header() + row(service, organization, location, "Schuldnerberatung", "Bergedorf"));

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.services()).isEqualTo(1);
        assertThat(directory.status(service)).isEqualTo("IN_REVIEW");
        mvc.perform(get("/api/hsds/services/" + service)).andExpect(status().isNotFound());
        directory.publish(List.of(service));
        mvc.perform(get("/api/hsds/services/" + service)).andExpect(status().isOk());
    }

    @Test
    void every_problem_is_reported_with_line_and_field_and_nothing_is_imported() {
        UUID goodService = UUID.randomUUID();
        UUID organization = UUID.randomUUID();
        UUID location = UUID.randomUUID();
        UUID badService = UUID.randomUUID();
        remember(goodService, organization, location);
        directory.services.add(badService);
        String csv = header()
                + row(goodService, organization, location, "Gute Zeile", "Bergedorf")
                + row(badService, organization, null, "", "Bergedorf").replace("DEBT", "ASTROLOGY")
                + "kein-uuid" + ",x".repeat(ServicesCsv.COLUMNS.size() - 1) + "\r\n"
                + row(UUID.randomUUID(), organization, UUID.randomUUID(), "Ort falsch", "Mars");

        Outcome outcome = importCsv(csv);

        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.problems()).extracting(ImportProblem::line, ImportProblem::field,
                        ImportProblem::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple(3, "service_name", "admin.directory.import.error.required"),
                        org.assertj.core.groups.Tuple.tuple(3, "taxonomy_terms", "admin.directory.import.error.topic"),
                        org.assertj.core.groups.Tuple.tuple(4, "service_id", "admin.directory.import.error.uuid"),
                        org.assertj.core.groups.Tuple.tuple(5, "district", "admin.directory.import.error.district"));
        assertThat(directory.count("directory_service", List.of(goodService, badService))).isZero();
        assertThat(directory.count("directory_organization", List.of(organization))).isZero();
        assertThat(directory.count("directory_location", List.of(location))).isZero();
    }

    @Test
    void rows_of_one_service_must_agree_and_a_service_at_a_location_comes_once() {
        UUID service = UUID.randomUUID();
        UUID organization = UUID.randomUUID();
        UUID location = UUID.randomUUID();
        remember(service, organization, location);
        String csv = header() + row(service, organization, location, "Name A", "Bergedorf")
                + row(service, organization, UUID.randomUUID(), "Name B", "Bergedorf")
                + row(service, organization, location, "Name A", "Bergedorf");

        assertThat(importCsv(csv).problems()).extracting(ImportProblem::line, ImportProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "admin.directory.import.error.conflict"),
                        org.assertj.core.groups.Tuple.tuple(4, "admin.directory.import.error.duplicate"));
        assertThat(directory.count("directory_service", List.of(service))).isZero();
    }

    @Test
    void an_id_already_in_the_directory_becomes_a_change_waiting_for_review() {
        UUID existing = directory.published("Schon da", "Gibt es schon");
        UUID organization = directory.organizations.get(directory.organizations.size() - 1);
        UUID fresh = UUID.randomUUID();
        directory.services.add(fresh);
        String csv = header() + row(fresh, organization, null, "Neu", "")
                + row(existing, organization, null, "Geändert " + directory.token, "");

        Outcome outcome = importCsv(csv);

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.services()).isEqualTo(1);
        assertThat(outcome.updates()).isEqualTo(1);
        assertThat(directory.status(existing)).isEqualTo("PUBLISHED");
        assertThat(name(existing)).isEqualTo("Schon da " + directory.token);
        List<DirectoryChange> queued = review.queue(coordinator).stream()
                .filter(change -> change.service().equals(existing) || change.service().equals(fresh)).toList();
        assertThat(queued).extracting(DirectoryChange::service, DirectoryChange::kind).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(existing, DirectoryChange.Kind.UPDATE),
                org.assertj.core.groups.Tuple.tuple(fresh, DirectoryChange.Kind.NEW));
        DirectoryChange update = queued.stream().filter(change -> change.service().equals(existing)).findFirst().orElseThrow();
        assertThat(update.changedFields()).contains("name", "organizationName");

        review.publish(coordinator, update.id());
        assertThat(name(existing)).isEqualTo("Geändert " + directory.token);
        assertThat(directory.status(existing)).isEqualTo("PUBLISHED");

        Outcome again = importCsv(csv);
        assertThat(again.problems()).isEmpty();
        assertThat(again.services()).isZero();
        assertThat(again.updates()).as("what is published already proposes nothing").isZero();
    }

    @Test
    void an_import_does_not_move_a_service_to_another_organization() {
        UUID existing = directory.published("Schon da", "Gibt es schon");
        UUID other = UUID.randomUUID();
        remember(existing, other, null);

        assertThat(importCsv(header() + row(existing, other, null, "Umgezogen", "")).problems())
                .extracting(ImportProblem::field, ImportProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("organization_id",
                        "admin.directory.import.error.otherOrganization"));
        assertThat(directory.count("directory_organization", List.of(other))).isZero();
    }

    private String name(UUID service) {
        return jdbc.sql("SELECT name FROM directory_service WHERE id = ?").param(service).query(String.class).single();
    }

    @Test
    void malformed_files_are_problems_not_errors() {
        assertThat(importCsv("service_id,service_name\r\n\"offen").problems()).extracting(ImportProblem::messageKey)
                .containsExactly("admin.directory.import.error.malformedCsv");
        assertThat(importCsv("a,b\r\n1,2\r\n").problems()).extracting(ImportProblem::field)
                .contains("service_id", "organization_name");
        assertThat(imports.importFile(coordinator, Format.HSDS_JSON, "{\"services\": [".getBytes(StandardCharsets.UTF_8))
                .problems()).extracting(ImportProblem::messageKey).containsExactly("admin.directory.import.error.malformedJson");
        assertThat(imports.importFile(coordinator, Format.CSV, new byte[] { (byte) 0xC3, (byte) 0x28 }).problems())
                .extracting(ImportProblem::messageKey).containsExactly("admin.directory.import.error.encoding");
    }

    @Test
    void json_problems_name_their_path() {
        String dataset = """
                {"organizations":[{"id":"%s","name":"Verein","description":"d"}],
                 "locations":[],
                 "services":[{"id":"nope","organization_id":"%s","name":"","description":"d",
                   "schedules":[{"freq":"MONTHLY","byday":"1MO","opens_at":"09:00","closes_at":"10:00"}],
                   "service_at_locations":[{"location_id":"%s"}]}]}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        Outcome outcome = imports.importFile(coordinator, Format.HSDS_JSON, dataset.getBytes(StandardCharsets.UTF_8));
        assertThat(outcome.problems()).extracting(ImportProblem::path, ImportProblem::field)
                .contains(org.assertj.core.groups.Tuple.tuple("services[0]", "id"),
                        org.assertj.core.groups.Tuple.tuple("services[0]", "name"),
                        org.assertj.core.groups.Tuple.tuple("services[0]", "organization_id"),
                        org.assertj.core.groups.Tuple.tuple("services[0].schedules[0]", "freq"),
                        org.assertj.core.groups.Tuple.tuple("services[0].service_at_locations[0]", "location_id"));
    }

    @Test
    void only_administrators_import() {
        StaffMember agent = new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.AGENT, "mitte");
        assertThatThrownBy(() -> imports.importFile(agent, Format.CSV, header().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(NotAllowed.class);
    }

    @Test
    void json_export_imported_into_an_empty_directory_exports_the_same() throws Exception {
        directory.published("Rundreise", "Hin und zurück, mit \"Anführung\", Komma\nund Zeilenumbruch");
        UUID sampleOrganization = directory.organization("Beispiel", true);
        UUID shared = directory.location(sampleOrganization, "Gemeinsamer Ort", "20095", "HAMBURG_MITTE");
        directory.service(sampleOrganization, "Zweiter", "Zwei Orte", "PUBLISHED",
                List.of(shared, directory.location(sampleOrganization, "Anderer Ort", "22083", "HAMBURG_NORD")),
                List.of("ar", "fa"), List.of("MIGRATION", "LEGAL"));
        directory.service(sampleOrganization, "Dritter", "Gleicher Ort", "PUBLISHED", List.of(shared), List.of(),
                List.of());

        JsonNode before = ours(json.readTree(exportJson()));
        assertThat(before.path("services").size()).isEqualTo(3);
        directory.remove();
        assertThat(directory.count("directory_service", directory.services)).isZero();

        Outcome outcome = imports.importFile(coordinator, Format.HSDS_JSON,
                json.writeValueAsBytes(before));
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.services()).isEqualTo(3);
        assertThat(directory.services).allSatisfy(id -> assertThat(directory.status(id)).isEqualTo("IN_REVIEW"));
        directory.publish(directory.services);

        assertThat(ours(json.readTree(exportJson()))).isEqualTo(before);
    }

    @Test
    void translations_in_a_json_file_are_proposed_and_published_with_the_entry() throws Exception {
        UUID existing = directory.published("Übersetzt", "Wird übersetzt");
        ObjectNode dataset = (ObjectNode) ours(json.readTree(exportJson()));
        ObjectNode service = (ObjectNode) dataset.path("services").get(0);
        ArrayNode translations = service.putArray("x_translations");
        translations.addObject().put("language", "uk").put("field", "name").put("text", "Переклад " + directory.token);
        translations.addObject().put("language", "en").put("field", "description").put("text", "Gets translated");

        Outcome outcome = imports.importFile(coordinator, Format.HSDS_JSON, json.writeValueAsBytes(dataset));

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.updates()).isEqualTo(1);
        DirectoryChange update = review.queue(coordinator).stream().filter(change -> change.service().equals(existing))
                .findFirst().orElseThrow();
        assertThat(update.changedFields()).containsExactly("translations");
        review.publish(coordinator, update.id());
        assertThat(jdbc.sql("SELECT language || ' ' || field || ': ' || text FROM directory_translation"
                + " WHERE entity_id = ? ORDER BY language").param(existing).query(String.class).list())
                .containsExactly("en description: Gets translated", "uk name: Переклад " + directory.token);

        service.remove("x_translations");
        assertThat(imports.importFile(coordinator, Format.HSDS_JSON, json.writeValueAsBytes(dataset)).updates())
                .as("a file without the field keeps the published translations").isZero();
    }

    @Test
    void bad_translations_in_a_json_file_are_problems_with_their_path() throws Exception {
        directory.published("Falsch übersetzt", "Wird falsch übersetzt");
        ObjectNode dataset = (ObjectNode) ours(json.readTree(exportJson()));
        ArrayNode translations = ((ObjectNode) dataset.path("services").get(0)).putArray("x_translations");
        translations.addObject().put("language", "de").put("field", "name").put("text", "Deutsch");
        translations.addObject().put("language", "en").put("field", "url").put("text", "x");
        translations.addObject().put("language", "en").put("field", "name").put("text", "One");
        translations.addObject().put("language", "en").put("field", "name").put("text", "Two");
        translations.addObject().put("language", "tr").put("field", "name").put("text", " ");

        Outcome outcome = imports.importFile(coordinator, Format.HSDS_JSON, json.writeValueAsBytes(dataset));

        assertThat(outcome.problems()).extracting(ImportProblem::path, ImportProblem::field, ImportProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("services[0].x_translations[0]", "language",
                                "admin.directory.import.error.translationLanguage"),
                        org.assertj.core.groups.Tuple.tuple("services[0].x_translations[1]", "field",
                                "admin.directory.import.error.oneOf"),
                        org.assertj.core.groups.Tuple.tuple("services[0].x_translations[3]", "field",
                                "admin.directory.import.error.duplicateTranslation"),
                        org.assertj.core.groups.Tuple.tuple("services[0].x_translations[4]", "text",
                                "admin.directory.import.error.required"));
    }

    @Test
    void csv_export_imported_into_an_empty_directory_exports_the_same() throws Exception {
        directory.published("Rundreise CSV", "Mit, Komma und \"Zitat\"\nund zweiter Zeile");
        UUID organization = directory.organization("Zwei Orte", false);
        directory.service(organization, "Zwei", "An zwei Orten", "PUBLISHED",
                List.of(directory.location(organization, "Ort A", "20095", "HAMBURG_MITTE"),
                        directory.location(organization, "Ort B", "21073", "HARBURG")),
                List.of("de", "de-LS"), List.of("FAMILY"));

        String before = oursCsv(exportCsv());
        assertThat(Csv.read(before)).hasSize(4);
        directory.remove();

        Outcome outcome = importCsv(before);
        assertThat(outcome.problems()).isEmpty();
        directory.publish(directory.services);

        assertThat(oursCsv(exportCsv())).isEqualTo(before);
    }

    @Test
    void the_import_page_takes_a_file_from_an_administrator() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/anmelden").with(RealCsrf.from(mvc))
                        .param("login", coordinator.login()).param("password", StaffFixtures.PASSWORD))
                .andReturn().getRequest().getSession(false);
        mvc.perform(get("/arbeit/verwaltung/verzeichnis/import").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("enctype=\"multipart/form-data\"")));

        UUID service = UUID.randomUUID();
        UUID organization = UUID.randomUUID();
        remember(service, organization, null);
        byte[] file = (header() + row(service, organization, null, "Über die Seite", "")).getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/arbeit/verwaltung/verzeichnis/import")
                        .file(new MockMultipartFile("file", "verzeichnis.csv", "text/csv", file))
                        .session(session).with(RealCsrf.from(mvc)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Importiert: 1 Dienste")));
        assertThat(directory.status(service)).isEqualTo("IN_REVIEW");

        byte[] changed = (header() + row(service, organization, null, "Über die Seite geändert", ""))
                .getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/arbeit/verwaltung/verzeichnis/import")
                        .file(new MockMultipartFile("file", "verzeichnis.csv", "text/csv", changed))
                        .session(session).with(RealCsrf.from(mvc)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Importiert: 0 Dienste")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("1 Änderungen warten in der Prüfung")));
        mvc.perform(multipart("/arbeit/verwaltung/verzeichnis/import")
                        .file(new MockMultipartFile("file", "verzeichnis.csv", "text/csv", "kaputt".getBytes(StandardCharsets.UTF_8)))
                        .session(session).with(RealCsrf.from(mvc)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Nichts wurde importiert")));
    }

    private String exportJson() throws Exception {
        return mvc.perform(get("/api/hsds/export/hsds.json")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String exportCsv() throws Exception {
        return mvc.perform(get("/api/hsds/export/services.csv")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The dataset cut down to this test's entries, without meta (which says when it was made). */
    private JsonNode ours(JsonNode dataset) {
        Set<String> services = directory.services.stream().map(UUID::toString).collect(Collectors.toSet());
        Set<String> organizations = directory.organizations.stream().map(UUID::toString).collect(Collectors.toSet());
        Set<String> locations = directory.locations.stream().map(UUID::toString).collect(Collectors.toSet());
        ObjectNode cut = json.createObjectNode();
        cut.set("organizations", only(dataset.path("organizations"), organizations));
        cut.set("locations", only(dataset.path("locations"), locations));
        cut.set("services", only(dataset.path("services"), services));
        return cut;
    }

    private ArrayNode only(JsonNode records, Set<String> ids) {
        ArrayNode kept = json.createArrayNode();
        for (int i = 0; i < records.size(); i++) {
            if (ids.contains(records.get(i).path("id").asString())) {
                kept.add(records.get(i));
            }
        }
        return kept;
    }

    private String oursCsv(String csv) {
        List<Csv.Row> rows = Csv.read(csv);
        Set<String> services = directory.services.stream().map(UUID::toString).collect(Collectors.toSet());
        List<List<String>> kept = new ArrayList<>();
        kept.add(rows.get(0).fields());
        rows.stream().skip(1).filter(row -> services.contains(row.fields().get(0))).forEach(row -> kept.add(row.fields()));
        return Csv.write(kept);
    }
}
