package de.lotse.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import de.lotse.IntegrationTest;
import de.lotse.RealCsrf;
import de.lotse.concerns.ConcernDraft;
import de.lotse.concerns.ConcernIntake;
import de.lotse.concerns.Receipt;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;

@IntegrationTest
class StaffLoginWebTest {

    @Autowired MockMvc mvc;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired ConcernIntake intake;

    private StaffFixtures staff;

    @BeforeEach
    void fixtures() {
        staff = new StaffFixtures(accounts, sites, jobcenter);
    }

    private MvcResult login(String login, String password) throws Exception {
        return mvc.perform(post("/anmelden").with(RealCsrf.from(mvc)).param("login", login).param("password", password))
                .andReturn();
    }

    @Test
    void the_staff_area_asks_for_a_login() throws Exception {
        mvc.perform(get("/arbeit")).andExpect(status().isFound()).andExpect(redirectedUrl("/anmelden"));
    }

    @Test
    void a_right_password_opens_the_inbox_in_a_new_session() throws Exception {
        StaffMember agent = staff.member(StaffRole.AGENT, "mitte");
        MvcResult login = login(agent.login(), StaffFixtures.PASSWORD);
        assertThat(login.getResponse().getRedirectedUrl()).endsWith("/arbeit");

        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        String inbox = mvc.perform(get("/arbeit").session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(inbox).contains("Posteingang", "Angemeldet als Test AGENT");
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_for_the_right_one() throws Exception {
        StaffMember agent = staff.member(StaffRole.AGENT, "mitte");
        for (int i = 0; i < 5; i++) {
            assertThat(login(agent.login(), "falsch-" + i).getResponse().getRedirectedUrl()).endsWith("/anmelden?fehler");
        }
        assertThat(login(agent.login(), StaffFixtures.PASSWORD).getResponse().getRedirectedUrl()).endsWith("/anmelden?fehler");
    }

    @Test
    void a_right_password_resets_the_count_of_failures() throws Exception {
        StaffMember agent = staff.member(StaffRole.AGENT, "mitte");
        for (int i = 0; i < 4; i++) {
            login(agent.login(), "falsch-" + i);
        }
        assertThat(login(agent.login(), StaffFixtures.PASSWORD).getResponse().getRedirectedUrl()).endsWith("/arbeit");
        for (int i = 0; i < 4; i++) {
            login(agent.login(), "falsch-" + i);
        }
        assertThat(login(agent.login(), StaffFixtures.PASSWORD).getResponse().getRedirectedUrl()).endsWith("/arbeit");
    }

    @Test
    void guessing_the_address_of_another_sites_concern_gives_404() throws Exception {
        Receipt harburg = intake.submit(new ConcernDraft("QUESTION", null, null, "Frage", null, null, null, "21073", false,
                "NONE", null, null, "de", false), Optional.empty());
        StaffMember agent = staff.member(StaffRole.AGENT, "mitte");
        MockHttpSession session = (MockHttpSession) login(agent.login(), StaffFixtures.PASSWORD).getRequest().getSession(false);

        mvc.perform(get("/arbeit/anliegen/" + harburg.reference().value()).session(session)).andExpect(status().isNotFound());
    }
}
