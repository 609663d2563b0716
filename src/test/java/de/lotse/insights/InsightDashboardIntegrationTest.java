package de.lotse.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.lotse.IntegrationTest;
import de.lotse.calendar.HamburgCalendar;
import de.lotse.concerns.LegalTopic;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.NotAllowed;
import de.lotse.organisation.Site;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;

/**
 * The dashboard on the demo history: every number it hands out is suppressed, the planted rise is found, site
 * managers see their own sites only, and the pseudonymised list is logged row by row.
 */
@IntegrationTest
class InsightDashboardIntegrationTest {

    @Autowired InsightDashboard dashboard;
    @Autowired DrillDown drillDown;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private StaffFixtures staff;
    private final InsightDashboard.Filter everything = new InsightDashboard.Filter(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    @BeforeEach
    void fixtures() {
        staff = new StaffFixtures(accounts, sites, jobcenter);
    }

    private Site site(String code) {
        return sites.byCode(jobcenter.get().id(), code).orElseThrow();
    }

    private static Stream<SuppressedTable> tables(DashboardFigures figures) {
        return Stream.of(figures.topicsBySite(), figures.problemsBySite(), figures.topicsByProblem(), figures.months(),
                figures.channels(), figures.kinds(), figures.outcomes(), figures.causes());
    }

    @Test
    void no_number_on_the_dashboard_is_below_five() {
        DashboardFigures figures = dashboard.figures(staff.member(StaffRole.QUALITY_MANAGEMENT), everything);

        assertThat(figures.empty()).isFalse();
        assertThat(tables(figures).flatMap(table -> table.allValues().stream()))
                .allMatch(value -> value.isEmpty() || value.getAsLong() >= 5);
        assertThat(figures.timeliness()).allSatisfy(row -> {
            assertThat(row.durations().values()).allMatch(spread -> spread.isEmpty() || spread.get().n() >= 5);
            assertThat(row.promises().values()).allMatch(promise -> Stream.of(promise.with(), promise.broken())
                    .allMatch(value -> value.isEmpty() || value.getAsLong() >= 5));
        });
        assertThat(tables(figures).flatMap(table -> table.allValues().stream())).anyMatch(OptionalLong::isEmpty);
        DashboardFigures.TimelinessRow allSites = figures.timeliness().get(figures.timeliness().size() - 1);
        assertThat(allSites.site()).isEqualTo("*");
        assertThat(allSites.durations().values()).allSatisfy(spread -> assertThat(spread).hasValueSatisfying(
                present -> assertThat(present.p90Days()).isGreaterThanOrEqualTo(present.medianDays()).isPositive()));
    }

    /** The tables share their margins; each is suppressed with the others (linked), so they agree on every one. */
    @Test
    void a_total_in_several_tables_is_published_in_all_of_them_or_in_none() {
        StaffMember quality = staff.member(StaffRole.QUALITY_MANAGEMENT);
        for (InsightDashboard.Filter filter : List.of(everything, new InsightDashboard.Filter(Optional.empty(),
                Optional.empty(), Optional.of(site("harburg").id()), Optional.empty()),
                new InsightDashboard.Filter(Optional.of(YearMonth.now(clock.withZone(HamburgCalendar.ZONE))),
                        Optional.empty(), Optional.empty(), Optional.empty()))) {
            DashboardFigures figures = dashboard.figures(quality, filter);

            assertThat(figures.topicsByProblem().rowTotals()).isEqualTo(figures.topicsBySite().rowTotals());
            assertThat(figures.problemsBySite().columnTotals()).isEqualTo(figures.topicsBySite().columnTotals());
            assertThat(figures.topicsByProblem().columnTotals()).isEqualTo(figures.problemsBySite().rowTotals());
            assertThat(tables(figures).map(SuppressedTable::total)).containsOnly(figures.topicsBySite().total());
            assertThat(tables(figures).skip(3).map(table -> table.rowTotals().get(0)))
                    .containsOnly(figures.topicsBySite().total());
        }
    }

    @Test
    void finds_the_rise_planted_in_the_demo_history() {
        DashboardFigures figures = dashboard.figures(staff.member(StaffRole.EXECUTIVE_MANAGER), everything);

        assertThat(figures.patterns()).anySatisfy(pattern -> {
            assertThat(pattern.legalTopic()).isEqualTo(InsightsDemo.PLANTED_TOPIC);
            assertThat(pattern.site()).isEqualTo(site(InsightsDemo.PLANTED_SITE).id().value().toString());
            assertThat(pattern.month()).isEqualTo(YearMonth.now(clock.withZone(HamburgCalendar.ZONE)));
        });
    }

    @Test
    void a_site_manager_sees_the_own_site_only() {
        StaffMember manager = staff.member(StaffRole.SITE_MANAGER, "mitte");

        DashboardFigures figures = dashboard.figures(manager, everything);

        assertThat(figures.sites()).extracting(Site::code).containsExactly("mitte");
        assertThat(figures.topicsBySite().columns()).containsExactly(site("mitte").id().value().toString());
        assertThatThrownBy(() -> dashboard.figures(manager, new InsightDashboard.Filter(Optional.empty(),
                Optional.empty(), Optional.of(site("harburg").id()), Optional.empty()))).isInstanceOf(NotAllowed.class);
    }

    @Test
    void agents_and_administrators_see_no_insights() {
        for (StaffRole role : List.of(StaffRole.AGENT, StaffRole.CASEWORKER, StaffRole.ADMINISTRATOR)) {
            StaffMember member = staff.member(role, "mitte");
            assertThatThrownBy(() -> dashboard.figures(member, everything)).isInstanceOf(NotAllowed.class);
        }
    }

    @Test
    void every_row_of_the_pseudonymised_list_is_logged_and_the_executive_gets_none() {
        StaffMember quality = staff.member(StaffRole.QUALITY_MANAGEMENT);
        InsightDashboard.Filter housingAtHarburg = new InsightDashboard.Filter(Optional.empty(), Optional.empty(),
                Optional.of(site("harburg").id()), Optional.of(LegalTopic.HOUSING_AND_HEATING));

        DrillDown.Listing listing = drillDown.list(quality, housingAtHarburg, Optional.empty());

        assertThat(listing.rows()).hasSizeBetween(InsightsDemo.PLANTED_EXTRA, DrillDown.LIMIT);
        assertThat(listing.rows()).allMatch(row -> row.legalTopic().equals("HOUSING_AND_HEATING"));
        assertThat(jdbc.sql("SELECT count(*) FROM access_log WHERE subject_type = ? AND actor = ?")
                .params(DrillDown.SUBJECT, "staff:" + quality.id().value()).query(Long.class).single())
                .isEqualTo(listing.rows().size());
        assertThatThrownBy(() -> drillDown.list(staff.member(StaffRole.EXECUTIVE_MANAGER), housingAtHarburg,
                Optional.empty())).isInstanceOf(NotAllowed.class);
    }
}
