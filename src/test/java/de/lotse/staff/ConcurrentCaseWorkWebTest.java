package de.lotse.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import de.lotse.IntegrationTest;
import de.lotse.RealCsrf;
import de.lotse.concerns.CaseWork;
import de.lotse.concerns.ConcernDraft;
import de.lotse.concerns.ConcernIntake;
import de.lotse.concerns.Receipt;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;

/** Two colleagues on one concern: the second to save keeps what they typed and sees what the first one changed. */
@IntegrationTest
class ConcurrentCaseWorkWebTest {

    @Autowired MockMvc mvc;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired ConcernIntake intake;
    @Autowired CaseWork caseWork;

    @Test
    void the_second_writer_keeps_the_text_and_sees_the_colleagues_change_marked_as_new() throws Exception {
        Receipt receipt = intake.submit(new ConcernDraft("QUESTION", null, null, "Wann kommt das Geld?", null, null, null,
                "20095", false, "NONE", null, null, "de", false), Optional.empty());
        String reference = receipt.reference().value();
        StaffFixtures staff = new StaffFixtures(accounts, sites, jobcenter);
        StaffMember first = staff.member(StaffRole.AGENT, "mitte");
        StaffMember second = staff.member(StaffRole.CASEWORKER, "mitte");
        var seen = caseWork.open(second, reference);

        caseWork.note(first, reference, seen.version(), "Habe mit der Leistungsabteilung gesprochen.");

        MockHttpSession session = (MockHttpSession) mvc.perform(post("/anmelden").with(RealCsrf.from(mvc))
                .param("login", second.login()).param("password", StaffFixtures.PASSWORD)).andReturn().getRequest().getSession(false);
        String page = mvc.perform(post("/arbeit/anliegen/" + reference + "/antwort").session(session).with(RealCsrf.from(mvc))
                        .param("version", String.valueOf(seen.version()))
                        .param("gesehen", String.valueOf(seen.timeline().size()))
                        .param("text", "Das Geld wird morgen überwiesen."))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Jemand anderes hat das Anliegen inzwischen geändert", "Das ist neu hinzugekommen",
                ">Das Geld wird morgen überwiesen.</textarea>", "class=\"timeline-new\"", first.displayName());
        assertThat(page.split("class=\"timeline-new\"", -1)).hasSize(2);
        assertThat(caseWork.open(second, reference).timeline()).noneMatch(entry ->
                entry.body().orElse("").contains("morgen überwiesen"));

        String fresh = mvc.perform(get("/arbeit/anliegen/" + reference).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(fresh).doesNotContain("timeline-new");
    }

    @Test
    void a_call_without_outcome_is_explained_and_what_was_typed_stays() throws Exception {
        Receipt receipt = intake.submit(new ConcernDraft("CALLBACK_REQUEST", null, null, "Bitte anrufen", null, null, null,
                "20095", false, "PHONE", null, "040 1234567", "de", false), Optional.empty());
        String reference = receipt.reference().value();
        StaffMember agent = new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.AGENT, "mitte");
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/anmelden").with(RealCsrf.from(mvc))
                .param("login", agent.login()).param("password", StaffFixtures.PASSWORD)).andReturn().getRequest().getSession(false);

        String page = mvc.perform(post("/arbeit/anliegen/" + reference + "/anruf").session(session).with(RealCsrf.from(mvc))
                        .param("version", String.valueOf(caseWork.open(agent, reference).version()))
                        .param("minutes", "7").param("callNote", "Mailbox voll"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Bitte wählen Sie, wie der Anruf ausging.", "value=\"7\"", ">Mailbox voll</textarea>");
    }
}
