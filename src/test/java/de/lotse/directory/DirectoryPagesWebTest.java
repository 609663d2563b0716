package de.lotse.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import de.lotse.IntegrationTest;

@IntegrationTest
class DirectoryPagesWebTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired DirectorySnapshot snapshot;

    private DirectoryFixtures fixtures;
    private final String word = DirectoryFixtures.word();

    @BeforeEach
    void fixtures() {
        fixtures = new DirectoryFixtures(jdbc);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void the_search_page_lists_the_samples_marked_as_such() throws Exception {
        String page = page("/beratung?lang=de");

        assertThat(page).contains("<h1>Beratungsstellen finden</h1>", "(Beispiel)", "Beispiel</span>",
                "name=\"plz\"", "GeoNames");
    }

    @Test
    void filters_keep_their_values() throws Exception {
        String page = page("/beratung?lang=de&suche=Miete&plz=22765&bezirk=ALTONA&thema=HOUSING&sprache=tr"
                + "&barrierefrei=LIFT&barrierefrei=STEP_FREE&offen=MO&besuch=WALK_IN&kostenlos=true&telefon=true&video=true");

        assertThat(page).contains("value=\"Miete\"", "value=\"22765\"", "value=\"ALTONA\" selected",
                "value=\"HOUSING\" selected", "value=\"tr\" selected", "value=\"MO\" selected",
                "value=\"LIFT\" checked", "value=\"STEP_FREE\" checked", "value=\"WALK_IN\" checked",
                "name=\"kostenlos\" value=\"true\" checked", "name=\"telefon\" value=\"true\" checked",
                "name=\"video\" value=\"true\" checked", "<details class=\"more-filters\" open>");
    }

    @Test
    void an_unknown_postcode_is_explained_at_the_field() throws Exception {
        String page = page("/beratung?lang=de&plz=12345");

        assertThat(page).contains("Die Postleitzahl 12345 kennen wir nicht", "aria-invalid=\"true\"",
                "<title>Fehler: ");
    }

    @Test
    void nonsense_in_the_query_is_ignored_not_refused() throws Exception {
        page("/beratung?bezirk=MARS&barrierefrei=WINGS&offen=XX&besuch=FLY&seite=abc&sprache=%3Cscript%3E");
    }

    @Test
    void the_entry_page_tells_what_when_where_and_how_fresh() throws Exception {
        UUID service = fixtures.service("Schuldnerberatung " + word).description("Wir helfen bei Schulden.")
                .topics("DEBT").languages("de", "uk", "ar").phoneAdvice().phone("040 000000-99")
                .at(DirectoryFixtures.at("21073", District.HARBURG, 53.4555, 9.9662, Accessibility.STEP_FREE))
                .open(DayOfWeek.MONDAY, "09:00", "16:00").open(DayOfWeek.FRIDAY, "22:00", "02:00")
                .phoneHours(DayOfWeek.TUESDAY, "08:00", "10:00").verifiedAt(LocalDate.now().minusMonths(13)).save();
        snapshot.refresh();

        String page = page("/beratung/" + service + "?lang=de");

        assertThat(page).contains("<h1>Schuldnerberatung " + word + "</h1>", "Wir helfen bei Schulden.", "Schulden",
                "<span class=\"language-name\" lang=\"uk\" dir=\"ltr\">Українська</span>",
                "lang=\"ar\" dir=\"rtl\">العربية</span>", "<th scope=\"row\">Montag</th>", "09:00–16:00 Uhr",
                "22:00–02:00 Uhr (bis nach Mitternacht)", "08:00–10:00 Uhr", "Harburg", "stufenloser Zugang",
                "href=\"tel:+494000000099\" dir=\"ltr\">040 000000-99</a>", "Zuletzt geprüft am", "Möglicherweise veraltet.");
    }

    @Test
    void the_entry_page_in_leichte_sprache_uses_the_easy_description() throws Exception {
        UUID service = fixtures.service("Leicht " + word).description("Komplizierte Beschreibung.").save();
        jdbc.sql("UPDATE directory_service SET easy_description = 'Wir helfen Ihnen.' WHERE id = ?").param(service).update();
        snapshot.refresh();

        assertThat(page("/beratung/" + service + "?lang=de-LS")).contains("Wir helfen Ihnen.")
                .doesNotContain("Komplizierte Beschreibung.");
        assertThat(page("/beratung/" + service + "?lang=de")).contains("Komplizierte Beschreibung.");
    }

    @Test
    void unknown_and_unpublished_services_are_not_found() throws Exception {
        UUID draft = fixtures.service("Entwurf " + word).status(ServiceStatus.IN_REVIEW).save();
        snapshot.refresh();

        mvc.perform(get("/beratung/" + UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get("/beratung/not-a-service")).andExpect(status().isNotFound());
        String notFound = mvc.perform(get("/beratung/" + draft + "?lang=de")).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(notFound).doesNotContain("Entwurf " + word);
    }

    @Test
    void the_start_page_leads_to_the_directory() throws Exception {
        assertThat(page("/?lang=de")).contains("href=\"/beratung\"", "Beratungsstellen finden");
    }
}
