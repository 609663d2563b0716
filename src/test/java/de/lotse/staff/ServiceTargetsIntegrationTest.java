package de.lotse.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import de.lotse.IntegrationTest;
import de.lotse.RealCsrf;
import de.lotse.concerns.CaseWork;
import de.lotse.concerns.ConcernDraft;
import de.lotse.concerns.ConcernIntake;
import de.lotse.concerns.InvalidDraft;
import de.lotse.concerns.FieldProblem;
import de.lotse.concerns.Receipt;
import de.lotse.concerns.ServiceClock;
import de.lotse.concerns.ServiceLevel;
import de.lotse.concerns.ServiceLevels;
import de.lotse.concerns.ServiceTargets;
import de.lotse.concerns.ServiceTargetsDraft;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.NotAllowed;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;

/** Administrators set their Jobcenter's promises; new clocks keep them, running ones keep what they promised. */
@IntegrationTest
class ServiceTargetsIntegrationTest {

    @Autowired ServiceLevels serviceLevels;
    @Autowired ConcernIntake intake;
    @Autowired CaseWork caseWork;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private StaffFixtures staff;
    private StaffMember admin;

    @BeforeEach
    void fixtures() {
        staff = new StaffFixtures(accounts, sites, jobcenter);
        admin = staff.member(StaffRole.ADMINISTRATOR);
    }

    @AfterEach
    void backToTheDefaults() {
        jdbc.sql("DELETE FROM service_targets").update();
    }

    private Receipt aCallbackRequest() {
        return intake.submit(new ConcernDraft("CALLBACK_REQUEST", null, null, "Bitte rufen Sie mich an.", null, null, null,
                "20095", false, "PHONE", null, "040 1234567", "de", false), Optional.empty());
    }

    private ServiceClock clock(StaffMember viewer, Receipt receipt, ServiceLevel level) {
        return caseWork.open(viewer, receipt.reference().value()).clocks().stream().filter(c -> c.level() == level)
                .findFirst().orElseThrow();
    }

    @Test
    void without_settings_the_defaults_of_design_apply() {
        assertThat(serviceLevels.targetsOf(jobcenter.get().id()))
                .isEqualTo(new ServiceTargets(3, 14, 2, LocalTime.of(18, 0), 80));
    }

    @Test
    void new_concerns_get_the_changed_answer_time_and_running_clocks_keep_theirs() {
        StaffMember agent = staff.member(StaffRole.AGENT, "mitte");
        Receipt before = aCallbackRequest();

        serviceLevels.change(admin, new ServiceTargetsDraft("2", "10", "1", "17:00", "75"));
        Receipt after = aCallbackRequest();

        ServiceClock oldAnswer = clock(agent, before, ServiceLevel.ANSWER);
        ServiceClock newAnswer = clock(agent, after, ServiceLevel.ANSWER);
        assertThat(java.time.Duration.between(oldAnswer.startedAt(), oldAnswer.dueAt())).hasDays(14);
        assertThat(java.time.Duration.between(newAnswer.startedAt(), newAnswer.dueAt())).hasDays(10);
        assertThat(clock(agent, after, ServiceLevel.ACKNOWLEDGE).dueAt())
                .isBefore(clock(agent, before, ServiceLevel.ACKNOWLEDGE).dueAt());
        assertThat(serviceLevels.targetsOf(jobcenter.get().id()))
                .isEqualTo(new ServiceTargets(2, 10, 1, LocalTime.of(17, 0), 75));
    }

    @Test
    void values_out_of_range_are_named_each_and_nothing_is_saved() {
        assertThatThrownBy(() -> serviceLevels.change(admin, new ServiceTargetsDraft("0", "vierzehn", "2", "25:00", "99")))
                .isInstanceOfSatisfying(InvalidDraft.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("acknowledgeWorkingDays", "answerDays", "warnAtPercent", "workingDayEnd"));
        assertThat(serviceLevels.targetsOf(jobcenter.get().id())).isEqualTo(serviceLevels.defaults());
    }

    @Test
    void only_administrators_set_them() {
        for (StaffRole role : new StaffRole[] { StaffRole.SITE_MANAGER, StaffRole.QUALITY_MANAGEMENT }) {
            StaffMember other = role.worksOnConcerns() ? staff.member(role, "mitte") : staff.member(role);
            assertThatThrownBy(() -> serviceLevels.change(other, new ServiceTargetsDraft("2", "10", "1", "17:00", "75")))
                    .isInstanceOf(NotAllowed.class);
        }
        assertThat(serviceLevels.targetsOf(jobcenter.get().id())).isEqualTo(serviceLevels.defaults());
    }

    @Test
    void the_settings_page_keeps_what_was_typed_and_refuses_other_roles() throws Exception {
        MockHttpSession adminSession = login(admin);
        String page = mvc.perform(post("/arbeit/verwaltung/fristen").session(adminSession).with(RealCsrf.from(mvc))
                        .param("acknowledgeWorkingDays", "3").param("answerDays", "100").param("callbackWorkingDays", "2")
                        .param("workingDayEnd", "18:00").param("warnAtPercent", "80"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Bitte geben Sie eine ganze Zahl von 1 bis 90 ein.", "value=\"100\"", "aria-invalid=\"true\"");

        mvc.perform(post("/arbeit/verwaltung/fristen").session(adminSession).with(RealCsrf.from(mvc))
                        .param("acknowledgeWorkingDays", "3").param("answerDays", "12").param("callbackWorkingDays", "2")
                        .param("workingDayEnd", "18.30").param("warnAtPercent", "80"))
                .andExpect(status().isSeeOther());
        assertThat(serviceLevels.targetsOf(jobcenter.get().id())).isEqualTo(new ServiceTargets(3, 12, 2, LocalTime.of(18, 30), 80));

        MockHttpSession agentSession = login(staff.member(StaffRole.AGENT, "mitte"));
        mvc.perform(get("/arbeit/verwaltung/fristen").session(agentSession)).andExpect(status().isForbidden());
    }

    private MockHttpSession login(StaffMember member) throws Exception {
        return (MockHttpSession) mvc.perform(post("/anmelden").with(RealCsrf.from(mvc)).param("login", member.login())
                .param("password", StaffFixtures.PASSWORD)).andReturn().getRequest().getSession(false);
    }
}
