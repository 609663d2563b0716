package de.lotse.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import de.lotse.IntegrationTest;
import de.lotse.RealCsrf;
import de.lotse.calendar.HamburgCalendar;
import de.lotse.concerns.FieldProblem;
import de.lotse.concerns.InvalidDraft;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.NotAllowed;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;

/** A pattern becomes a measure with owner and due date; once in effect its effect on the pattern is measured. */
@IntegrationTest
class MeasuresIntegrationTest {

    @Autowired MeasuresLoop loop;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired Clock clock;
    @Autowired MockMvc mvc;

    private StaffFixtures staff;
    private String harburg;
    private LocalDate today;

    @BeforeEach
    void fixtures() {
        staff = new StaffFixtures(accounts, sites, jobcenter);
        harburg = sites.byCode(jobcenter.get().id(), "harburg").orElseThrow().id().value().toString();
        today = LocalDate.now(clock.withZone(HamburgCalendar.ZONE));
    }

    private MeasureDraft lostRentCertificates(String site) {
        return new MeasureDraft("HOUSING_AND_HEATING", site, YearMonth.from(today).toString(),
                "Eingangsbestätigung für Mietbescheinigungen", "DOCUMENT_INTAKE",
                "Jede eingereichte Mietbescheinigung wird am Eingang gescannt und quittiert.", "Standortleitung Harburg",
                today.plusDays(30).toString());
    }

    @Test
    void an_incomplete_form_names_every_problem() {
        StaffMember quality = staff.member(StaffRole.QUALITY_MANAGEMENT);

        assertThatThrownBy(() -> loop.plan(quality, new MeasureDraft("NOPE", "x", "2026", "", "", "", "", "gestern")))
                .isInstanceOfSatisfying(InvalidDraft.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("legalTopic", "site", "detectedIn",
                                "title", "description", "owner", "change", "dueOn"));
    }

    @Test
    void a_measure_in_effect_shows_the_pattern_before_and_after() {
        StaffMember quality = staff.member(StaffRole.QUALITY_MANAGEMENT);
        MeasureId id = loop.plan(quality, lostRentCertificates(harburg));

        loop.takeEffect(quality, id, today.withDayOfMonth(1).minusMonths(2));

        Measure measure = loop.visibleTo(quality).stream().filter(found -> found.id().equals(id)).findFirst().orElseThrow();
        assertThat(measure.status()).isEqualTo(Measure.Status.IN_EFFECT);
        MeasureEffect effect = loop.effectOf(measure).orElseThrow();
        assertThat(effect.monthsBefore()).isEqualTo(MeasuresLoop.WINDOW);
        assertThat(effect.monthsAfter()).isEqualTo(3);
        assertThat(effect.before()).isPresent();
        assertThat(effect.after().orElse(5)).isGreaterThanOrEqualTo(5);
        loop.close(quality, id);
        assertThatThrownBy(() -> loop.close(quality, id)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_site_manager_plans_for_the_own_site_only() {
        StaffMember manager = staff.member(StaffRole.SITE_MANAGER, "mitte");

        assertThatThrownBy(() -> loop.plan(manager, lostRentCertificates(harburg))).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> loop.plan(manager, lostRentCertificates(""))).isInstanceOf(NotAllowed.class);
        assertThat(loop.visibleTo(manager)).allMatch(measure -> measure.target().site()
                .filter(manager.sites()::contains).isPresent());
    }

    @Test
    void the_form_plans_a_measure_over_http() throws Exception {
        StaffMember quality = staff.member(StaffRole.QUALITY_MANAGEMENT);
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/anmelden").with(RealCsrf.from(mvc))
                .param("login", quality.login()).param("password", StaffFixtures.PASSWORD)).andReturn().getRequest()
                .getSession(false);
        MeasureDraft draft = lostRentCertificates(harburg);

        MvcResult saved = mvc.perform(post("/arbeit/einblicke/massnahmen").session(session).with(RealCsrf.from(mvc))
                .param("legalTopic", draft.legalTopic()).param("site", draft.site()).param("detectedIn", draft.detectedIn())
                .param("title", draft.title()).param("change", draft.change()).param("description", draft.description())
                .param("owner", draft.owner()).param("dueOn", draft.dueOn())).andReturn();

        assertThat(saved.getResponse().getStatus()).isEqualTo(303);
        String page = mvc.perform(get("/arbeit/einblicke/massnahmen").session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Eingangsbestätigung für Mietbescheinigungen", "Eingang von Unterlagen", "Geplant");
        MvcResult invalid = mvc.perform(post("/arbeit/einblicke/massnahmen").session(session).with(RealCsrf.from(mvc))
                .param("legalTopic", "HOUSING_AND_HEATING")).andReturn();
        assertThat(invalid.getResponse().getStatus()).isEqualTo(422);
        assertThat(invalid.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("error-summary");
    }
}
