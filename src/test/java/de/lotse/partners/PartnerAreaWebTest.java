package de.lotse.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import de.lotse.IntegrationTest;
import de.lotse.RealCsrf;
import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.CounsellingCentres;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.PartnerAdministration;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;

/** The partner area and the staff area stay apart; pages answer for the person's own centre only. */
@IntegrationTest
class PartnerAreaWebTest {

    @Autowired MockMvc mvc;
    @Autowired CounsellingCentres centres;
    @Autowired PartnerAdministration partners;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired UserDetailsService logins;

    private PartnerFixtures fixtures;
    private StaffFixtures staff;

    @BeforeEach
    void fixtures() {
        fixtures = new PartnerFixtures(centres, accounts, jobcenter);
        staff = new StaffFixtures(accounts, sites, jobcenter);
    }

    private MvcResult login(StaffMember member) throws Exception {
        return mvc.perform(post("/anmelden").with(RealCsrf.from(mvc)).param("login", member.login())
                .param("password", StaffFixtures.PASSWORD)).andReturn();
    }

    private MockHttpSession session(StaffMember member) throws Exception {
        return (MockHttpSession) login(member).getRequest().getSession(false);
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void a_counsellor_lands_in_the_partner_area_after_login() throws Exception {
        StaffMember counsellor = fixtures.counsellor(fixtures.approvedCentre());
        assertThat(login(counsellor).getResponse().getRedirectedUrl()).endsWith("/partner");
        StaffMember agent = staff.member(StaffRole.AGENT, "mitte");
        assertThat(login(agent).getResponse().getRedirectedUrl()).endsWith("/arbeit");
    }

    @Test
    void counsellors_cannot_open_the_staff_area_and_staff_cannot_open_the_partner_area() throws Exception {
        CounsellingCentre centre = fixtures.approvedCentre();
        MockHttpSession counsellor = session(fixtures.counsellor(centre));
        MockHttpSession partnerAdmin = session(fixtures.partnerAdmin(centre));
        for (MockHttpSession partner : new MockHttpSession[] { counsellor, partnerAdmin }) {
            mvc.perform(get("/arbeit").session(partner)).andExpect(status().isForbidden());
            mvc.perform(get("/arbeit/verwaltung/partner").session(partner)).andExpect(status().isForbidden());
        }
        for (StaffRole role : new StaffRole[] { StaffRole.AGENT, StaffRole.ADMINISTRATOR }) {
            MockHttpSession jobcenterStaff = session(staff.member(role, "mitte"));
            mvc.perform(get("/partner/team").session(jobcenterStaff)).andExpect(status().isForbidden());
            mvc.perform(get("/partner").session(jobcenterStaff)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/partner/team").session(counsellor)).andExpect(status().isForbidden());
        mvc.perform(get("/partner/team")).andExpect(status().isFound());
    }

    @Test
    void a_partner_administrator_sees_and_changes_only_their_own_centres_team() throws Exception {
        CounsellingCentre centreA = fixtures.approvedCentre();
        StaffMember adminOfA = fixtures.partnerAdmin(centreA);
        StaffMember counsellorOfA = fixtures.counsellor(centreA);
        StaffMember counsellorOfB = fixtures.counsellor(fixtures.approvedCentre());
        MockHttpSession session = session(adminOfA);

        String page = body(mvc.perform(get("/partner/team").session(session)).andExpect(status().isOk()).andReturn());
        assertThat(page).contains(centreA.name(), counsellorOfA.displayName(), "Team der Beratungsstelle")
                .doesNotContain(counsellorOfB.displayName());

        mvc.perform(post("/partner/team/entfernen").session(session).with(RealCsrf.from(mvc))
                .param("member", counsellorOfB.id().value().toString())).andExpect(status().isNotFound());
        assertThat(logins.loadUserByUsername(counsellorOfB.login()).isEnabled()).isTrue();

        mvc.perform(post("/partner/team/entfernen").session(session).with(RealCsrf.from(mvc))
                .param("member", adminOfA.id().value().toString())).andExpect(status().isUnprocessableContent());
        mvc.perform(post("/partner/team/entfernen").session(session).with(RealCsrf.from(mvc))
                .param("member", counsellorOfA.id().value().toString())).andExpect(status().isSeeOther());
        assertThat(logins.loadUserByUsername(counsellorOfA.login()).isEnabled()).isFalse();
    }

    @Test
    void an_invitation_with_mistakes_keeps_what_was_typed() throws Exception {
        MockHttpSession session = session(fixtures.partnerAdmin(fixtures.approvedCentre()));
        String page = body(mvc.perform(post("/partner/team").session(session).with(RealCsrf.from(mvc))
                .param("login", "Ä").param("name", "Clara Crüger").param("role", "PARTNER_ADMIN"))
                .andExpect(status().isUnprocessableContent()).andReturn());
        assertThat(page).contains("value=\"Clara Crüger\"", "value=\"Ä\"", "Bitte geben Sie einen Benutzernamen");

        String login = "clara." + PartnerFixtures.unique();
        String created = body(mvc.perform(post("/partner/team").session(session).with(RealCsrf.from(mvc))
                .param("login", login).param("name", "Clara Crüger").param("role", "COUNSELLOR"))
                .andExpect(status().isOk()).andReturn());
        assertThat(created).contains("Erstes Passwort", login);
    }

    @Test
    void a_suspended_centres_administrator_sees_the_notice_and_can_do_nothing() throws Exception {
        CounsellingCentre centre = fixtures.approvedCentre();
        StaffMember partnerAdmin = fixtures.partnerAdmin(centre);
        StaffMember counsellor = fixtures.counsellor(centre);
        partners.suspend(staff.member(StaffRole.ADMINISTRATOR), centre.id(), "Prüfung der Einwilligungen");
        MockHttpSession session = session(partnerAdmin);

        String page = body(mvc.perform(get("/partner/team").session(session)).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("Ihre Beratungsstelle ist ausgesetzt", "Grund: Prüfung der Einwilligungen")
                .doesNotContain(counsellor.displayName(), "action=\"/partner/team\"");

        mvc.perform(post("/partner/team/entfernen").session(session).with(RealCsrf.from(mvc))
                .param("member", counsellor.id().value().toString())).andExpect(status().isForbidden());
        assertThat(logins.loadUserByUsername(counsellor.login()).isEnabled()).isTrue();
    }

    @Test
    void the_administrator_registers_a_centre_and_a_mistake_keeps_what_was_typed() throws Exception {
        MockHttpSession session = session(staff.member(StaffRole.ADMINISTRATOR));
        String name = "Beratung St. Pauli " + PartnerFixtures.unique();
        String page = body(mvc.perform(post("/arbeit/verwaltung/partner").session(session).with(RealCsrf.from(mvc))
                .param("name", name).param("provider", "AWO (Test)").param("kind", "WELFARE_ASSOCIATION")
                .param("email", "keine Adresse")).andExpect(status().isUnprocessableContent()).andReturn());
        assertThat(page).contains("value=\"" + name + "\"", "value=\"AWO (Test)\"", "value=\"keine Adresse\"",
                "Bitte geben Sie eine E-Mail-Adresse ein", "aria-invalid=\"true\"");

        MvcResult registered = mvc.perform(post("/arbeit/verwaltung/partner").session(session).with(RealCsrf.from(mvc))
                .param("name", name).param("provider", "AWO (Test)").param("kind", "WELFARE_ASSOCIATION")
                .param("email", "beratung@awo.lotse.test")).andExpect(status().isSeeOther()).andReturn();
        String location = registered.getResponse().getRedirectedUrl();
        assertThat(location).contains("/arbeit/verwaltung/partner/").endsWith("?angelegt");
        assertThat(body(mvc.perform(get(location).session(session)).andExpect(status().isOk()).andReturn()))
                .contains(name, "beantragt, wartet auf Freigabe", "Freigeben");

        mvc.perform(get("/arbeit/verwaltung/partner/" + java.util.UUID.randomUUID()).session(session))
                .andExpect(status().isNotFound());
        mvc.perform(get("/arbeit/verwaltung/partner/kein-schluessel").session(session)).andExpect(status().isNotFound());
    }
}
