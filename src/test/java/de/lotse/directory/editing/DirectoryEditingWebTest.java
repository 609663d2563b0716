package de.lotse.directory.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import de.lotse.IntegrationTest;
import de.lotse.RealCsrf;
import de.lotse.directory.DirectorySnapshot;
import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.CounsellingCentres;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;

/**
 * The editing pages: a directory editor's partner area is the directory only (never referrals), the edit form works
 * without JavaScript and loses nothing typed, the coordinator reviews in the staff area, and the public pages show a
 * published translation to readers of its language.
 */
@IntegrationTest
class DirectoryEditingWebTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired CounsellingCentres centres;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired DirectorySnapshot snapshot;

    private EditingFixtures fixtures;
    private CounsellingCentre centre;
    private UUID entry;

    @BeforeEach
    void fixtures() {
        fixtures = new EditingFixtures(jdbc, centres, accounts, jobcenter);
        centre = fixtures.approvedCentre();
        entry = fixtures.publishedEntry(centre, "Sozialberatung");
    }

    @AfterEach
    void clean() {
        fixtures.remove();
        snapshot.refresh();
    }

    private MockHttpSession session(StaffMember member) throws Exception {
        return (MockHttpSession) mvc.perform(post("/anmelden").with(RealCsrf.from(mvc)).param("login", member.login())
                .param("password", StaffFixtures.PASSWORD)).andReturn().getRequest().getSession(false);
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void a_directory_editor_sees_the_directory_but_never_the_referrals() throws Exception {
        MockHttpSession editor = session(fixtures.editor(centre));
        mvc.perform(get("/partner").session(editor)).andExpect(status().isFound())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/partner/verzeichnis"));
        mvc.perform(get("/partner/klaerungsfaelle/neu").session(editor)).andExpect(status().isNotFound());
        mvc.perform(post("/partner/klaerungsfaelle").with(RealCsrf.from(mvc)).session(editor)
                .param("clientName", "Test")).andExpect(status().isNotFound());
        mvc.perform(get("/partner/team").session(editor)).andExpect(status().isForbidden());
        mvc.perform(get("/arbeit/verwaltung/verzeichnis").session(editor)).andExpect(status().isForbidden());

        String list = body(mvc.perform(get("/partner/verzeichnis").session(editor)).andExpect(status().isOk()).andReturn());
        assertThat(list).contains("Sozialberatung " + fixtures.token, "möglicherweise veraltet")
                .doesNotContain("href=\"/partner\">Klärungsfälle");
        String organization = list.replaceAll("(?s).*<option value=\"([0-9a-f-]{36})\">Verein " + fixtures.token + ".*", "$1");
        assertThat(body(mvc.perform(get("/partner/verzeichnis/neu").param("organisation", organization).session(editor))
                .andExpect(status().isOk()).andReturn())).contains("Neuer Eintrag im Beratungsverzeichnis",
                        "value=\"Verein " + fixtures.token + "\"", "name=\"locations[0].name\"");
        assertThat(body(mvc.perform(post("/partner/verzeichnis/neu").param("organisation", organization)
                .with(RealCsrf.from(mvc)).session(editor).param("name", "Noch nicht fertig").param("more", "locations"))
                .andExpect(status().isOk()).andReturn())).contains("value=\"Noch nicht fertig\"", "name=\"locations[1].name\"");
    }

    @Test
    void a_counsellor_and_jobcenter_staff_cannot_open_the_editing_pages() throws Exception {
        MockHttpSession counsellor = session(fixtures.person(centre, StaffRole.COUNSELLOR));
        mvc.perform(get("/partner/verzeichnis").session(counsellor)).andExpect(status().isForbidden());
        mvc.perform(get("/partner/verzeichnis/" + entry).session(counsellor)).andExpect(status().isForbidden());
        MockHttpSession agent = session(new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.AGENT, "mitte"));
        mvc.perform(get("/partner/verzeichnis").session(agent)).andExpect(status().isForbidden());
        mvc.perform(get("/arbeit/verwaltung/verzeichnis").session(agent)).andExpect(status().isForbidden());
        MockHttpSession stranger = session(fixtures.editor(fixtures.approvedCentre()));
        mvc.perform(get("/partner/verzeichnis/" + entry).session(stranger)).andExpect(status().isForbidden());
        mvc.perform(post("/partner/verzeichnis/" + entry + "/bestaetigen").with(RealCsrf.from(mvc)).session(stranger))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_editor_of_a_suspended_centre_reads_why_and_can_do_nothing() throws Exception {
        MockHttpSession editor = session(fixtures.editor(centre));
        jdbc.sql("UPDATE counselling_centre SET status = 'SUSPENDED', status_reason = 'Prüfung läuft' WHERE id = ?")
                .param(centre.id().value()).update();
        assertThat(body(mvc.perform(get("/partner/verzeichnis").session(editor)).andExpect(status().isOk()).andReturn()))
                .contains("id=\"centre-not-approved\"", "Prüfung läuft").doesNotContain("Sozialberatung " + fixtures.token);
        mvc.perform(get("/partner/verzeichnis/" + entry).session(editor)).andExpect(status().isForbidden());
    }

    @Test
    void adding_a_row_and_bad_input_keep_everything_typed() throws Exception {
        MockHttpSession editor = session(fixtures.editor(centre));
        String form = body(mvc.perform(get("/partner/verzeichnis/" + entry).session(editor)).andExpect(status().isOk())
                .andReturn());
        assertThat(form).contains("name=\"phones[1].number\"").doesNotContain("name=\"phones[2].number\"");

        String more = body(mvc.perform(post("/partner/verzeichnis/" + entry).with(RealCsrf.from(mvc)).session(editor)
                .param("name", "Getippt " + fixtures.token).param("phones[0].number", "040 999999")
                .param("phones[1].number", "040 888888").param("more", "phones")).andExpect(status().isOk()).andReturn());
        assertThat(more).contains("value=\"Getippt " + fixtures.token + "\"", "value=\"040 888888\"",
                "name=\"phones[2].number\"", "name=\"phones[3].number\"");

        String invalid = body(mvc.perform(post("/partner/verzeichnis/" + entry).with(RealCsrf.from(mvc)).session(editor)
                .param("name", "Getippt " + fixtures.token).param("description", "").param("locations[0].postalCode", "1")
                .param("topics", "SGB2")).andExpect(status().isUnprocessableContent()).andReturn());
        assertThat(invalid).contains("value=\"Getippt " + fixtures.token + "\"", "id=\"error-summary\"",
                "Bitte eine Postleitzahl mit 5 Ziffern.", "id=\"field-locations-0-postalCode-error\"",
                "aria-describedby=\"field-description-error\"",
                "Postleitzahl (Zeile 1 unter „Orte“): Bitte eine Postleitzahl mit 5 Ziffern.");
        assertThat(invalid).containsPattern(">Beschreibung: [^<]+</a>");
        assertThat(fixtures.column(entry, "name")).isEqualTo("Sozialberatung " + fixtures.token);
    }

    @Test
    void the_coordinator_reviews_and_publishes_what_an_editor_proposed() throws Exception {
        StaffMember editor = fixtures.editor(centre);
        MockHttpSession editorSession = session(editor);
        String form = body(mvc.perform(get("/partner/verzeichnis/" + entry).session(editorSession)).andReturn());
        String base = form.replaceAll("(?s).*name=\"base\" value=\"([^\"]+)\".*", "$1");
        mvc.perform(post("/partner/verzeichnis/" + entry).with(RealCsrf.from(mvc)).session(editorSession)
                .param("base", base).param("organizationName", "Verein").param("organizationDescription", "Ein Verein")
                .param("name", "Über das Formular " + fixtures.token).param("description", "Hilfe")
                .param("appointment", "WALK_IN").param("languages", "de, en").param("topics", "SGB2", "HOUSING")
                .param("locations[0].name", "Laden").param("locations[0].address", "Musterstraße 1")
                .param("locations[0].postalCode", "22765").param("locations[0].district", "ALTONA")
                .param("locations[0].accessibility", "STEP_FREE", "LIFT")
                .param("hours[0].kind", "OPENING").param("hours[0].day", "TU").param("hours[0].opens", "10:00")
                .param("hours[0].closes", "12:00").param("translations[0].language", "en")
                .param("translations[0].name", "Advice via the form"))
                .andExpect(status().isFound());

        MockHttpSession admin = session(new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.ADMINISTRATOR));
        String queue = body(mvc.perform(get("/arbeit/verwaltung/verzeichnis").session(admin)).andExpect(status().isOk())
                .andReturn());
        assertThat(queue).contains("Über das Formular " + fixtures.token, editor.displayName());
        String change = queue.replaceAll("(?s).*/arbeit/verwaltung/verzeichnis/aenderungen/([0-9a-f-]{36}).*", "$1");
        String review = body(mvc.perform(get("/arbeit/verwaltung/verzeichnis/aenderungen/" + change).session(admin))
                .andExpect(status().isOk()).andReturn());
        assertThat(review).contains("Sozialberatung " + fixtures.token, "Über das Formular " + fixtures.token, "geändert");

        mvc.perform(post("/arbeit/verwaltung/verzeichnis/aenderungen/" + change + "/ablehnen").with(RealCsrf.from(mvc))
                .session(admin).param("reason", "")).andExpect(status().isUnprocessableContent());
        mvc.perform(post("/arbeit/verwaltung/verzeichnis/aenderungen/" + change + "/veroeffentlichen")
                .with(RealCsrf.from(mvc)).session(admin)).andExpect(status().isFound());

        assertThat(body(mvc.perform(get("/beratung/" + entry)).andExpect(status().isOk()).andReturn()))
                .contains("Über das Formular " + fixtures.token).doesNotContain("Advice via the form");
        assertThat(body(mvc.perform(get("/beratung/" + entry).param("lang", "en")).andExpect(status().isOk()).andReturn()))
                .contains("<h1>Advice via the form</h1>", "<p class=\"directory-description\" lang=\"de\">Hilfe</p>");
        assertThat(body(mvc.perform(get("/beratung").param("suche", fixtures.token).param("lang", "en"))
                .andExpect(status().isOk()).andReturn())).contains(">Advice via the form</a>");
        assertThat(body(mvc.perform(get("/api/hsds/services/" + entry)).andExpect(status().isOk()).andReturn()))
                .contains("\"x_translations\":[{\"language\":\"en\",\"field\":\"name\",\"text\":\"Advice via the form\"}]");
        assertThat(body(mvc.perform(get("/partner/verzeichnis/" + entry + "/verlauf").session(editorSession))
                .andExpect(status().isOk()).andReturn())).contains("Veröffentlicht.", "Name des Angebots");
        assertThat(body(mvc.perform(get("/arbeit/verwaltung/verzeichnis/eintraege/" + entry + "/verlauf").session(admin))
                .andExpect(status().isOk()).andReturn())).contains(editor.displayName());
    }
}
