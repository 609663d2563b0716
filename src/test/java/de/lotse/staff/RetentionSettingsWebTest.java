package de.lotse.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import de.lotse.IntegrationTest;
import de.lotse.RealCsrf;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.privacy.RetentionPolicies;
import de.lotse.privacy.RetentionPolicy;

/** Administrators see and set how long their Jobcenter keeps finished cases; nobody else may. */
@IntegrationTest
class RetentionSettingsWebTest {

    @Autowired MockMvc mvc;
    @Autowired RetentionPolicies policies;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void backToTheDefaults() {
        jdbc.sql("DELETE FROM retention_policy").update();
    }

    @Test
    void without_a_setting_the_default_of_24_months_applies() {
        assertThat(policies.of(jobcenter.get().id())).isEqualTo(new RetentionPolicy(24, 24));
    }

    @Test
    void an_administrator_sets_the_periods_and_a_wrong_value_is_shown_again_with_its_error() throws Exception {
        StaffFixtures staff = new StaffFixtures(accounts, sites, jobcenter);
        MockHttpSession admin = login(staff.member(StaffRole.ADMINISTRATOR));

        String page = mvc.perform(get("/arbeit/verwaltung/aufbewahrung").session(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Aufbewahrung und Löschung", "value=\"24\"");

        String refused = mvc.perform(post("/arbeit/verwaltung/aufbewahrung").session(admin).with(RealCsrf.from(mvc))
                        .param("concernMonths", "1").param("referralMonths", "36"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Bitte geben Sie eine ganze Zahl von 3 bis 120 ein.", "value=\"1\"", "value=\"36\"",
                "aria-invalid=\"true\"");

        mvc.perform(post("/arbeit/verwaltung/aufbewahrung").session(admin).with(RealCsrf.from(mvc))
                        .param("concernMonths", "18").param("referralMonths", "36"))
                .andExpect(status().isSeeOther());
        assertThat(policies.of(jobcenter.get().id())).isEqualTo(new RetentionPolicy(18, 36));

        MockHttpSession agent = login(staff.member(StaffRole.AGENT, "mitte"));
        mvc.perform(get("/arbeit/verwaltung/aufbewahrung").session(agent)).andExpect(status().isForbidden());
    }

    private MockHttpSession login(StaffMember member) throws Exception {
        return (MockHttpSession) mvc.perform(post("/anmelden").with(RealCsrf.from(mvc)).param("login", member.login())
                .param("password", StaffFixtures.PASSWORD)).andReturn().getRequest().getSession(false);
    }
}
