package de.lotse.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import de.lotse.IntegrationTest;
import de.lotse.RealCsrf;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;

/** The insights pages over HTTP: charts with text alternatives for those allowed, 403 for the others. */
@IntegrationTest
class InsightsPagesHttpTest {

    @Autowired MockMvc mvc;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;

    private StaffFixtures staff;

    @BeforeEach
    void fixtures() {
        staff = new StaffFixtures(accounts, sites, jobcenter);
    }

    private MockHttpSession login(StaffMember member) throws Exception {
        return (MockHttpSession) mvc.perform(post("/anmelden").with(RealCsrf.from(mvc)).param("login", member.login())
                .param("password", StaffFixtures.PASSWORD)).andReturn().getRequest().getSession(false);
    }

    private static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void quality_management_gets_accessible_charts_with_data_tables() throws Exception {
        MvcResult result = mvc.perform(get("/arbeit/einblicke").session(login(staff.member(StaffRole.QUALITY_MANAGEMENT))))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String page = html(result);
        assertThat(page).contains("<svg role=\"img\" aria-labelledby=\"chart-months-title chart-months-desc\"",
                "<title id=\"chart-topics-title\">", "<desc id=\"chart-topics-desc\">", "<caption>Rechtsgebiet nach Standort",
                "Kosten der Unterkunft und Heizung", "Auffällige Anstiege", "Harburg", "/arbeit/einblicke/liste?");
        assertThat(page).doesNotContain("HH-20");
    }

    @Test
    void the_list_shows_scrubbed_rows_and_the_filter_narrows_it() throws Exception {
        String harburg = sites.byCode(jobcenter.get().id(), "harburg").orElseThrow().id().value().toString();
        MvcResult result = mvc.perform(get("/arbeit/einblicke/liste").param("standort", harburg)
                .param("thema", "HOUSING_AND_HEATING").session(login(staff.member(StaffRole.QUALITY_MANAGEMENT))))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(result)).contains("Pseudonymisierte Liste", "(Demo)", "Kosten der Unterkunft und Heizung");
    }

    @Test
    void an_agent_and_a_site_manager_of_another_site_are_turned_away() throws Exception {
        assertThat(mvc.perform(get("/arbeit/einblicke").session(login(staff.member(StaffRole.AGENT, "mitte"))))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        String harburg = sites.byCode(jobcenter.get().id(), "harburg").orElseThrow().id().value().toString();
        assertThat(mvc.perform(get("/arbeit/einblicke").param("standort", harburg)
                .session(login(staff.member(StaffRole.SITE_MANAGER, "mitte")))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }
}
