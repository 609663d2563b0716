package de.lotse.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.lotse.IntegrationTest;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;

/**
 * The dashboard and the report read pre-aggregated cells (V64) instead of the projection's rows: on generated data
 * (months long before the demo history) every suppressed table is the same as one counted from the rows, the
 * durations stay within the bins' 0.5 %, and the cells follow inserts, updates and deletes.
 */
@IntegrationTest
class InsightCellsIntegrationTest {

    private static final String MARK = "Zellen-Testdaten";
    private static final YearMonth FIRST = YearMonth.of(2019, 1);
    /** A value read as its 1 % bin's middle is off by at most e^0.005 − 1 (0.501 %), and so is an interpolation. */
    private static final double BIN_ERROR = Math.expm1(0.005);

    @Autowired InsightDashboard dashboard;
    @Autowired Aggregates aggregates;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void generate() {
        // Skewed on purpose (topics by r1², some sites hardly used), so that small cells and suppression occur.
        jdbc.sql("""
                WITH s AS (SELECT array_agg(id ORDER BY code) AS ids FROM site WHERE jobcenter_id = :jobcenter),
                     g AS (SELECT n, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5
                             FROM generate_series(1, 6000) AS n)
                INSERT INTO insight_concern (pseudonym, jobcenter_id, site_id, received_month, received_week, legal_topic,
                       administrative_problem, channel, kind, existential, acknowledge_seconds, answer_seconds,
                       resolve_seconds, acknowledge_breached, answer_breached, callback_breached, same_day_breached,
                       outcome, outcome_cause, snippet)
                SELECT gen_random_uuid(), :jobcenter,
                       CASE WHEN r5 < 0.01 THEN NULL
                            ELSE (SELECT ids FROM s)[1 + floor(r4 * r4 * array_length((SELECT ids FROM s), 1))::int] END,
                       :first::date + make_interval(months => (n % 4)), :first::date,
                       (ARRAY['HOUSING_AND_HEATING','INCOME_AND_ASSETS','CANCELLATION_AND_REFUND','ELIGIBILITY',
                              'BENEFIT_REDUCTION','OTHER'])[1 + floor(r1 * r1 * 6)::int],
                       (ARRAY['REACHABILITY','HANDLING_OF_DOCUMENTS','PAYMENTS_AND_PROCESSING_TIME','DIGITAL_SERVICE',
                              'RESPECT_AND_CONDUCT'])[1 + floor(r2 * r2 * 5)::int],
                       (ARRAY['EMAIL','PHONE','SMS','NONE'])[1 + floor(r3 * 4)::int],
                       (ARRAY['QUESTION','COMPLAINT','BENEFIT_CONFLICT','CALLBACK_REQUEST','PRAISE'])[1 + floor(r2 * 5)::int],
                       r5 < 0.05,
                       CASE WHEN r1 < 0.02 THEN 0 ELSE (3600 * (1 + 70 * r1))::bigint END, (86400 * (1 + 10 * r2))::bigint,
                       CASE WHEN r3 < 0.8 THEN (86400 * (2 + 30 * r4))::bigint END,
                       r1 > 0.9, r2 > 0.85, CASE WHEN r4 BETWEEN 0.6 AND 0.8 THEN r5 > 0.8 END,
                       CASE WHEN r5 < 0.05 THEN r1 > 0.9 END,
                       CASE WHEN r3 < 0.8 THEN (ARRAY['GRANTED','PARTLY_GRANTED','NOT_GRANTED','WITHDRAWN_OR_SETTLED',
                              'REFERRED_TO_FORMAL_REMEDY'])[1 + floor(r5 * r5 * 5)::int] END,
                       CASE WHEN r3 < 0.8 THEN (ARRAY['DOCUMENTS_SUBMITTED_LATE','LAW_APPLIED_WRONGLY','COMMUNICATION',
                              'PROCESSING_DELAY','NONE'])[1 + floor(r4 * 5)::int] END,
                       :mark || ' ' || n
                  FROM g""").param("jobcenter", jobcenter.get().id().value()).param("first", FIRST.atDay(1))
                .param("mark", MARK).update();
    }

    @AfterEach
    void remove() {
        jdbc.sql("DELETE FROM insight_concern WHERE snippet LIKE :mark").param("mark", MARK + " %").update();
    }

    private List<InsightScope> scopes() {
        var ids = sites.of(jobcenter.get().id()).stream().map(site -> site.id()).limit(3).toList();
        return List.of(
                new InsightScope(jobcenter.get().id(), FIRST, FIRST.plusMonths(2), Set.of(), Optional.empty()),
                new InsightScope(jobcenter.get().id(), FIRST.plusMonths(1), FIRST.plusMonths(3), Set.copyOf(ids),
                        Optional.of("HOUSING_AND_HEATING")),
                new InsightScope(jobcenter.get().id(), FIRST.plusMonths(3), FIRST.plusMonths(3), Set.of(ids.get(0)),
                        Optional.of("OTHER")));
    }

    @Test
    void every_suppressed_table_from_the_cells_equals_the_one_from_the_rows() {
        for (InsightScope scope : scopes()) {
            DashboardFigures figures = dashboard.figures(scope, false, false);
            assertThat(figures.topicsBySite().total()).isPresent();

            List<LinkedSuppression.Linked> tables = linkedFromRows(scope, figures);
            List<Suppression> fromRows = LinkedSuppression.analysed(tables);

            assertThat(List.of(figures.topicsBySite(), figures.problemsBySite(), figures.topicsByProblem(),
                    figures.months(), figures.channels(), figures.kinds(), figures.outcomes(), figures.causes()))
                    .isEqualTo(fromRows.stream().map(Suppression::result).toList());
            assertThat(figures.topicsBySite().allValues()).anyMatch(java.util.OptionalLong::isEmpty);
        }
    }

    /**
     * The attack of {@link LinkedSuppressionUnitTest} (its own linear programmes over every published number of all
     * eight tables) on what the dashboard publishes, for the generated data and for the demo data (the last quarter,
     * all of it, and legal subject OTHER for one site and for none): no hidden count of 1 to 4 is pinned within 1 to
     * 4. (Hidden counts of 5 or more, hidden only to protect others, may be determined: they point to no one.)
     */
    @Test
    void no_hidden_count_of_generated_or_demo_data_is_pinned_within_1_to_4_by_all_tables_together() {
        YearMonth demoFrom = YearMonth.parse(jdbc.sql("SELECT to_char(min(received_month), 'YYYY-MM') FROM insight_concern"
                + " WHERE demo").query(String.class).single());
        YearMonth demoTo = YearMonth.parse(jdbc.sql("SELECT to_char(max(received_month), 'YYYY-MM') FROM insight_concern"
                + " WHERE demo").query(String.class).single());
        var ids = sites.of(jobcenter.get().id()).stream().map(site -> site.id()).toList();
        List<InsightScope> all = new java.util.ArrayList<>(scopes());
        all.add(new InsightScope(jobcenter.get().id(), demoTo.minusMonths(2), demoTo, Set.of(), Optional.empty()));
        all.add(new InsightScope(jobcenter.get().id(), demoFrom, demoTo, Set.of(), Optional.empty()));
        all.add(new InsightScope(jobcenter.get().id(), demoTo.minusMonths(2), demoTo, Set.of(), Optional.of("OTHER")));
        all.add(new InsightScope(jobcenter.get().id(), demoTo, demoTo, Set.of(ids.get(ids.size() - 1)),
                Optional.of("OTHER")));
        int open = 0;
        for (InsightScope scope : all) {
            DashboardFigures figures = dashboard.figures(scope, false, false);
            List<SuppressedTable> published = List.of(figures.topicsBySite(), figures.problemsBySite(),
                    figures.topicsByProblem(), figures.months(), figures.channels(), figures.kinds(), figures.outcomes(),
                    figures.causes());
            List<LinkedSuppression.Linked> tables = linkedFromRows(scope, figures);

            java.util.Set<String> lineByLine = new java.util.HashSet<>();
            LinkedSuppression.fixedPoint(tables, lineByLine);
            long start = System.nanoTime();
            LinkedSuppression.analysed(tables);
            System.out.printf("%s: suppressed and audited in %.1f ms, %d exposed line by line%n", scope,
                    (System.nanoTime() - start) / 1e6, DisclosureAudit.exposed(tables, lineByLine).size());
            LinkedSuppressionUnitTest.Attack attack = LinkedSuppressionUnitTest.attack(tables,
                    (t, cell) -> publishedAt(published.get(t), cell[0], cell[1]).isEmpty());

            assertThat(attack.narrow()).as("%s", scope).isEmpty();
            open += attack.open();
        }
        assertThat(open).isPositive();
    }

    /** The dashboard's eight linked tables, counted straight from the projection's rows, unsuppressed. */
    private List<LinkedSuppression.Linked> linkedFromRows(InsightScope scope, DashboardFigures figures) {
        return InsightDashboard.linked(
                fromRows(scope, figures.topicsBySite(), "legal_topic", SITE),
                fromRows(scope, figures.problemsBySite(), "administrative_problem", SITE),
                fromRows(scope, figures.topicsByProblem(), "legal_topic", "administrative_problem"),
                fromRows(scope, figures.months(), "'*'", "to_char(received_month, 'YYYY-MM')"),
                fromRows(scope, figures.channels(), "'*'", "channel"),
                fromRows(scope, figures.kinds(), "'*'", "kind"),
                fromRows(scope, figures.outcomes(), "'*'", "coalesce(outcome, 'OPEN')"),
                fromRows(scope, figures.causes(), "'*'", "coalesce(outcome_cause, 'OPEN')"));
    }

    /** A published value with margins: row totals after the last column, column totals after the last row. */
    private static java.util.OptionalLong publishedAt(SuppressedTable table, int row, int column) {
        int rows = table.rows().size();
        int columns = table.columns().size();
        if (row == rows) {
            return column == columns ? table.total() : table.columnTotals().get(column);
        }
        return column == columns ? table.rowTotals().get(row) : table.cell(row, column);
    }

    @Test
    void promises_equal_and_durations_stay_within_the_bins_half_percent_of_the_rows() {
        for (InsightScope scope : scopes()) {
            Map<String, Aggregates.Timeliness> fromCells = new HashMap<>();
            aggregates.timeliness(scope).forEach(group -> fromCells.put(group.group(), group));
            Map<String, Aggregates.Timeliness> fromRows = timelinessFromRows(scope);

            assertThat(fromCells.keySet()).isEqualTo(fromRows.keySet()).contains("*");
            fromRows.forEach((group, expected) -> {
                Aggregates.Timeliness actual = fromCells.get(group);
                assertThat(actual.promises()).as(group).isEqualTo(expected.promises());
                expected.durations().forEach((step, spread) -> {
                    Aggregates.Spread binned = actual.durations().get(step);
                    assertThat(binned.n()).as(group + " " + step).isEqualTo(spread.n());
                    assertThat(binned.median()).as(group + " " + step).isCloseTo(spread.median(), within(spread.median() * BIN_ERROR + 1e-9));
                    assertThat(binned.p90()).as(group + " " + step).isCloseTo(spread.p90(), within(spread.p90() * BIN_ERROR + 1e-9));
                });
            });
        }
    }

    @Test
    void the_cells_follow_updates_and_deletes_of_the_projection() {
        jdbc.sql("UPDATE insight_concern SET outcome = 'GRANTED', outcome_cause = 'COMMUNICATION', answer_breached = NOT answer_breached,"
                + " resolve_seconds = resolve_seconds + 7200 WHERE snippet LIKE :mark AND acknowledge_seconds % 3 = 0")
                .param("mark", MARK + " %").update();
        jdbc.sql("UPDATE insight_concern SET site_id = NULL, legal_topic = 'OTHER' WHERE snippet LIKE :mark"
                + " AND acknowledge_seconds % 5 = 1").param("mark", MARK + " %").update();
        jdbc.sql("DELETE FROM insight_concern WHERE snippet LIKE :mark AND acknowledge_seconds % 7 = 2")
                .param("mark", MARK + " %").update();

        for (String[] table : new String[][] {{"insight_cell", "insight_cells_of"}, {"insight_duration_bin", "insight_bins_of"}}) {
            String recount = jdbc.sql("SELECT " + table[1] + "('insight_concern')").query(String.class).single();
            String kept = "SELECT * FROM " + table[0] + " WHERE n <> 0";
            assertThat(jdbc.sql("SELECT count(*) FROM ((" + kept + ") EXCEPT (" + recount + ")) AS d").query(Long.class).single())
                    .as(table[0]).isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM ((" + recount + ") EXCEPT (" + kept + ")) AS d").query(Long.class).single())
                    .as(table[0]).isZero();
        }
    }

    private static final String SITE = "coalesce(site_id::text, '-')";

    /** The table counted straight from the projection's rows and suppressed, with the same rows and columns. */
    /** The counts of a table straight from the projection's rows, unsuppressed. */
    private CountTable fromRows(InsightScope scope, SuppressedTable like, String row, String column) {
        Map<String, Object> params = new HashMap<>();
        Map<List<String>, Long> counts = new HashMap<>();
        jdbc.sql("SELECT " + row + " AS r, " + column + " AS c, count(*) AS n FROM insight_concern"
                + Aggregates.where(scope, params) + " GROUP BY 1, 2").params(params)
                .query(rs -> {
                    counts.put(List.of(rs.getString("r"), rs.getString("c")), rs.getLong("n"));
                });
        return CountTable.of(like.rows(), like.columns(), counts);
    }

    /** Exact percentiles (percentile_cont) and promises per site and for all, from the rows. */
    private Map<String, Aggregates.Timeliness> timelinessFromRows(InsightScope scope) {
        StringBuilder select = new StringBuilder("SELECT coalesce(site_id::text, '-') AS g, grouping(site_id) AS total");
        for (String duration : Aggregates.DURATIONS) {
            String column = duration + "_seconds";
            select.append(", count(").append(column).append(") AS ").append(duration).append("_n, percentile_cont(0.5)")
                    .append(" WITHIN GROUP (ORDER BY ").append(column).append(") AS ").append(duration).append("_median")
                    .append(", percentile_cont(0.9) WITHIN GROUP (ORDER BY ").append(column).append(") AS ")
                    .append(duration).append("_p90");
        }
        for (String promise : Aggregates.PROMISES) {
            String column = promise + "_breached";
            select.append(", count(").append(column).append(") AS ").append(promise).append("_with, count(*) FILTER")
                    .append(" (WHERE ").append(column).append(") AS ").append(promise).append("_broken");
        }
        Map<String, Object> params = new HashMap<>();
        Map<String, Aggregates.Timeliness> groups = new HashMap<>();
        jdbc.sql(select + " FROM insight_concern" + Aggregates.where(scope, params) + " GROUP BY ROLLUP (site_id)")
                .params(params).query(rs -> {
                    Map<String, Aggregates.Spread> durations = new HashMap<>();
                    for (String duration : Aggregates.DURATIONS) {
                        durations.put(duration, new Aggregates.Spread(rs.getLong(duration + "_n"),
                                rs.getDouble(duration + "_median"), rs.getDouble(duration + "_p90")));
                    }
                    Map<String, Aggregates.Promise> promises = new java.util.LinkedHashMap<>();
                    for (String promise : Aggregates.PROMISES) {
                        promises.put(promise, new Aggregates.Promise(rs.getLong(promise + "_with"),
                                rs.getLong(promise + "_broken")));
                    }
                    String group = rs.getInt("total") == 1 ? "*" : rs.getString("g");
                    groups.put(group, new Aggregates.Timeliness(group, durations, promises));
                });
        return groups;
    }
}
