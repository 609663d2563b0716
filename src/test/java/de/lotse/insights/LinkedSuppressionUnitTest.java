package de.lotse.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.junit.jupiter.api.Test;

import de.lotse.insights.LinkedSuppression.Linked;

/**
 * The tables of one report, on generated concerns with small cells across several sites and subjects: a value hidden
 * in one table is hidden in every table that holds it, and no hidden count can be worked out from all published
 * numbers of all tables together.
 */
class LinkedSuppressionUnitTest {

    private static final int RUNS = 25;

    /** Concerns drawn at random, most in a few common combinations, the rest spread thin over sites and subjects. */
    private static List<Linked> report(Random random) {
        int concerns = 40 + random.nextInt(160);
        List<String> topics = names("topic", 4 + random.nextInt(4));
        List<String> problems = names("problem", 3 + random.nextInt(3));
        List<String> sites = names("site", 2 + random.nextInt(4));
        Map<String, List<String>> facets = new LinkedHashMap<>();
        facets.put("month", names("month", 3));
        facets.put("channel", names("channel", 4));
        facets.put("kind", names("kind", 3));
        facets.put("outcome", names("outcome", 4));
        return report(random, concerns, topics, problems, sites, facets);
    }

    /** The three crossed tables and one distribution per facet, each value drawn {@link #skewed}. */
    private static List<Linked> report(Random random, int concerns, List<String> topics, List<String> problems,
            List<String> sites, Map<String, List<String>> facets) {
        Map<List<String>, Long> topicBySite = new HashMap<>();
        Map<List<String>, Long> problemBySite = new HashMap<>();
        Map<List<String>, Long> topicByProblem = new HashMap<>();
        Map<String, Map<String, Long>> distributions = new LinkedHashMap<>();
        facets.keySet().forEach(facet -> distributions.put(facet, new HashMap<>()));
        for (int n = 0; n < concerns; n++) {
            String topic = skewed(random, topics);
            String problem = skewed(random, problems);
            String site = skewed(random, sites);
            topicBySite.merge(List.of(topic, site), 1L, Long::sum);
            problemBySite.merge(List.of(problem, site), 1L, Long::sum);
            topicByProblem.merge(List.of(topic, problem), 1L, Long::sum);
            facets.forEach((facet, values) -> distributions.get(facet).merge(skewed(random, values), 1L, Long::sum));
        }
        List<Linked> tables = new ArrayList<>(List.of(
                Linked.crossed("concern", "legal_topic", "site", CountTable.of(topics, sites, topicBySite)),
                Linked.crossed("concern", "problem", "site", CountTable.of(problems, sites, problemBySite)),
                Linked.crossed("concern", "legal_topic", "problem", CountTable.of(topics, problems, topicByProblem))));
        facets.forEach((facet, values) -> tables.add(Linked.distribution("concern", facet,
                CountTable.distribution("*", values, distributions.get(facet)))));
        return tables;
    }

    private static List<String> names(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + i).toList();
    }

    /** The first value about half the time, the next a quarter, … so that the last ones get small counts. */
    private static String skewed(Random random, List<String> values) {
        int k = 0;
        while (k < values.size() - 1 && random.nextBoolean()) {
            k++;
        }
        return values.get(k);
    }

    @Test
    void a_value_hidden_in_one_table_of_a_report_is_hidden_in_every_table_holding_it() {
        Random random = new Random(7_2026_11_27L);
        int inconsistentAlone = 0;
        for (int run = 0; run < 12 * RUNS; run++) {
            List<Linked> tables = report(random);
            List<Suppression> linked = LinkedSuppression.analysed(tables);
            List<Suppression> alone = tables.stream().map(table -> Suppression.analysed(table.table())).toList();

            assertThat(inconsistent(tables, linked)).as("run %d", run).isEmpty();
            inconsistentAlone += inconsistent(tables, alone).isEmpty() ? 0 : 1;
            for (int t = 0; t < tables.size(); t++) {
                assertThat(linked.get(t).result().allValues()).as("run %d, table %d", run, t)
                        .allMatch(value -> value.isEmpty() || value.getAsLong() >= Suppression.THRESHOLD);
            }
        }
        // some of the generated reports do leave a shared value hidden in one table only when each is suppressed alone
        assertThat(inconsistentAlone).isGreaterThan(0);
    }

    /**
     * For every hidden count of 1 or more, a second non-negative integer filling of all hidden values of the report
     * (every row and column of every table adding up, every published number of every table as published) with that
     * count one more or one less: the published tables together do not determine it. Zeros are hidden as well but,
     * as in a single table, need no protection ("nobody" points to no one).
     */
    @Test
    void no_hidden_count_can_be_worked_out_from_all_published_tables_together() {
        Random random = new Random(20261127L);
        int shownOpen = 0;
        for (int run = 0; run < 4 * RUNS; run++) {
            List<Linked> tables = report(random);
            List<Suppression> linked = LinkedSuppression.analysed(tables);

            Attack attack = attack(tables, (t, cell) -> linked.get(t).isSuppressed(cell[0], cell[1]));

            assertThat(attack.determined()).as("run %d", run).isEmpty();
            assertThat(attack.narrow()).as("run %d", run).isEmpty();
            shownOpen += attack.open();
        }
        assertThat(shownOpen).isGreaterThan(4 * RUNS);
    }

    /**
     * Reports where the linked suppression alone (line by line, to its fixed point) leaves a count of 1 to 4 that all
     * tables together pin within 1 to 4: the audit hides more there, and afterwards nothing is pinned.
     */
    @Test
    void the_audit_hides_more_where_the_tables_together_pin_a_count_within_1_to_4() {
        Random random = new Random(20261127L);
        int repaired = 0;
        for (int run = 0; run < 12 * RUNS && repaired < 5; run++) {
            List<Linked> tables = report(random);
            Set<String> lineByLine = new HashSet<>();
            LinkedSuppression.fixedPoint(tables, lineByLine);
            if (DisclosureAudit.exposed(tables, lineByLine).isEmpty()) {
                continue;
            }
            repaired++;
            List<Suppression> audited = LinkedSuppression.analysed(tables);
            Set<String> hidden = hiddenKeys(tables, audited);

            assertThat(hidden).as("run %d", run).containsAll(lineByLine).hasSizeGreaterThan(lineByLine.size());
            assertThat(DisclosureAudit.exposed(tables, hidden)).as("run %d", run).isEmpty();
            assertThat(attack(tables, (t, cell) -> audited.get(t).isSuppressed(cell[0], cell[1])).narrow())
                    .as("run %d", run).isEmpty();
        }
        assertThat(repaired).isGreaterThan(0);
    }

    /**
     * How long the audited suppression takes on a report of 1,000,000 concerns spread over the dashboard's dimensions
     * (11 legal subjects, 7 problems, 12 sites and none, 3 months, …), each value half as likely as the one before, so
     * that the crossings of the last ones hold few concerns: printed, not asserted.
     */
    @Test
    void a_report_of_a_million_concerns_is_suppressed_and_audited() {
        Map<String, List<String>> facets = new LinkedHashMap<>();
        facets.put("month", names("month", 3));
        facets.put("channel", names("channel", 6));
        facets.put("kind", names("kind", 5));
        facets.put("outcome", names("outcome", 6));
        facets.put("cause", names("cause", 6));
        List<Linked> tables = report(new Random(1_000_000L), 1_000_000, names("topic", 11), names("problem", 7),
                names("site", 13), facets);

        long start = System.nanoTime();
        Set<String> lineByLine = new HashSet<>();
        LinkedSuppression.fixedPoint(tables, lineByLine);
        long lineByLineNanos = System.nanoTime() - start;
        start = System.nanoTime();
        List<Suppression> audited = LinkedSuppression.analysed(tables);
        long auditedNanos = System.nanoTime() - start;
        Set<String> hidden = hiddenKeys(tables, audited);
        System.out.printf("1M concerns: line by line %.1f ms (%d hidden), with audit %.1f ms (%d hidden)%n",
                lineByLineNanos / 1e6, lineByLine.size(), auditedNanos / 1e6, hidden.size());

        assertThat(hidden).containsAll(lineByLine);
        assertThat(attack(tables, (t, cell) -> audited.get(t).isSuppressed(cell[0], cell[1])).narrow()).isEmpty();
    }

    /** The names of the values hidden in any table. */
    static Set<String> hiddenKeys(List<Linked> tables, List<Suppression> suppressions) {
        Set<String> hidden = new HashSet<>();
        for (int t = 0; t < tables.size(); t++) {
            String[][] keys = tables.get(t).keys();
            for (int i = 0; i < keys.length; i++) {
                for (int j = 0; j < keys[0].length; j++) {
                    if (suppressions.get(t).isSuppressed(i, j)) {
                        hidden.add(keys[i][j]);
                    }
                }
            }
        }
        return hidden;
    }

    /** The attack itself finds what hiding only the counts below 5 (no complementary suppression) gives away. */
    @Test
    void the_attack_works_out_counts_that_only_primary_suppression_hides() {
        List<Linked> tables = report(new Random(20261127L));

        Attack attack = attack(tables, (t, cell) -> tables.get(t).table().withMargins()[cell[0]][cell[1]]
                < Suppression.THRESHOLD);

        assertThat(attack.determined()).isNotEmpty();
    }

    /**
     * @param determined hidden counts of 1 or more that no second filling moves
     * @param open hidden counts of 1 or more shown to be open by a second filling
     * @param narrow hidden counts of 1 to 4 whose smallest and largest value (by linear programming over all
     *        published numbers) both lie within 1 to 4, so the attacker learns "someone, but fewer than 5"
     */
    record Attack(List<String> determined, int open, List<String> narrow) {
    }

    /**
     * Every value of the report named once (a value published in any table is known), every row and column of every
     * table as an equation; for each hidden count of 1 or more a second filling is sought.
     */
    static Attack attack(List<Linked> tables, java.util.function.BiPredicate<Integer, int[]> hiddenIn) {
        Map<String, Long> values = new LinkedHashMap<>();
        Map<String, Boolean> hidden = new LinkedHashMap<>();
        List<Map<String, Integer>> equations = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            String[][] keys = tables.get(t).keys();
            long[][] full = tables.get(t).table().withMargins();
            int h = keys.length;
            int w = keys[0].length;
            for (int i = 0; i < h; i++) {
                for (int j = 0; j < w; j++) {
                    Long before = values.put(keys[i][j], full[i][j]);
                    assertThat(before == null || before == full[i][j]).as("same name, same value").isTrue();
                    hidden.merge(keys[i][j], hiddenIn.test(t, new int[] {i, j}), Boolean::logicalAnd);
                }
            }
            for (int i = 0; i < h; i++) {
                equations.add(line(keys, i, -1));
            }
            for (int j = 0; j < w; j++) {
                equations.add(line(keys, -1, j));
            }
        }
        List<String> unknowns = hidden.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
        List<LinearConstraint> constraints = constraints(equations, unknowns, values);
        List<String> determined = new ArrayList<>();
        List<String> narrow = new ArrayList<>();
        int open = 0;
        for (int unknown = 0; unknown < unknowns.size(); unknown++) {
            int u = unknown;
            long value = values.get(unknowns.get(u));
            if (value == 0) {
                continue;
            }
            if (value < Suppression.THRESHOLD) {
                double lower = bound(constraints, unknowns.size(), u, GoalType.MINIMIZE);
                double upper = bound(constraints, unknowns.size(), u, GoalType.MAXIMIZE);
                if (lower > 1e-6 && upper < Suppression.THRESHOLD - 1e-6) {
                    narrow.add(unknowns.get(u) + " = " + value + " in [" + lower + ", " + upper + "]");
                }
            }
            Optional<long[]> other = filling(constraints, unknowns.size(), u, value + 1)
                    .or(() -> filling(constraints, unknowns.size(), u, value - 1));
            if (other.isEmpty()) {
                determined.add(unknowns.get(u) + " = " + value);
                continue;
            }
            assertFits(other.get(), unknowns, values, equations);
            assertThat(other.get()[u]).isNotEqualTo(value);
            open++;
        }
        return new Attack(determined, open, narrow);
    }

    /** The keys hidden in one table of the report and published in another. */
    private static List<String> inconsistent(List<Linked> tables, List<Suppression> suppressions) {
        Map<String, Boolean> status = new HashMap<>();
        List<String> found = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            String[][] keys = tables.get(t).keys();
            for (int i = 0; i < keys.length; i++) {
                for (int j = 0; j < keys[0].length; j++) {
                    Boolean before = status.put(keys[i][j], suppressions.get(t).isSuppressed(i, j));
                    if (before != null && before != suppressions.get(t).isSuppressed(i, j)) {
                        found.add(keys[i][j]);
                    }
                }
            }
        }
        return found;
    }

    /** A row (column = −1) or column (row = −1) as coefficients by key: +1 per cell, −1 for its total. */
    private static Map<String, Integer> line(String[][] keys, int row, int column) {
        Map<String, Integer> coefficients = new HashMap<>();
        int length = row >= 0 ? keys[0].length : keys.length;
        for (int k = 0; k < length; k++) {
            String key = row >= 0 ? keys[row][k] : keys[k][column];
            coefficients.merge(key, k == length - 1 ? -1 : 1, Integer::sum);
        }
        return coefficients;
    }

    /** Each equation with its published values moved to the right-hand side: over the hidden values only. */
    private static List<LinearConstraint> constraints(List<Map<String, Integer>> equations, List<String> unknowns,
            Map<String, Long> values) {
        Map<String, Integer> index = new HashMap<>();
        for (int u = 0; u < unknowns.size(); u++) {
            index.put(unknowns.get(u), u);
        }
        List<LinearConstraint> constraints = new ArrayList<>();
        for (Map<String, Integer> equation : equations) {
            double[] coefficients = new double[unknowns.size()];
            double constant = 0;
            boolean any = false;
            for (Map.Entry<String, Integer> term : equation.entrySet()) {
                Integer u = index.get(term.getKey());
                if (u == null) {
                    constant -= term.getValue() * values.get(term.getKey());
                } else if (term.getValue() != 0) {
                    coefficients[u] += term.getValue();
                    any = true;
                }
            }
            if (any) {
                constraints.add(new LinearConstraint(coefficients, Relationship.EQ, constant));
            } else {
                assertThat(constant).as("a fully published line adds up").isEqualTo(0.0);
            }
        }
        return constraints;
    }

    /**
     * A non-negative integer filling of the hidden values that keeps every equation and gives the target this value,
     * if there is one: a vertex of the linear programme, checked to be whole.
     */
    private static Optional<long[]> filling(List<LinearConstraint> constraints, int unknowns, int target, long value) {
        if (value < 0) {
            return Optional.empty();
        }
        double[] pin = new double[unknowns];
        pin[target] = 1;
        List<LinearConstraint> pinned = new ArrayList<>(constraints);
        pinned.add(new LinearConstraint(pin, Relationship.EQ, value));
        double[] objective = new double[unknowns];
        java.util.Arrays.fill(objective, 1);
        try {
            double[] point = new SimplexSolver().optimize(new MaxIter(100_000),
                    new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(pinned), GoalType.MINIMIZE,
                    new NonNegativeConstraint(true)).getPoint();
            long[] whole = new long[unknowns];
            for (int u = 0; u < unknowns; u++) {
                whole[u] = Math.round(point[u]);
                assertThat(point[u]).as("a whole vertex").isCloseTo(whole[u], org.assertj.core.data.Offset.offset(1e-6));
            }
            return Optional.of(whole);
        } catch (NoFeasibleSolutionException none) {
            return Optional.empty();
        }
    }

    /** The smallest or largest value of one hidden count over all fillings (whole or not); unbounded above is ∞. */
    private static double bound(List<LinearConstraint> constraints, int unknowns, int target, GoalType goal) {
        double[] objective = new double[unknowns];
        objective[target] = 1;
        try {
            return new SimplexSolver().optimize(new MaxIter(100_000), new LinearObjectiveFunction(objective, 0),
                    new LinearConstraintSet(constraints), goal, new NonNegativeConstraint(true)).getValue();
        } catch (org.apache.commons.math3.optim.linear.UnboundedSolutionException unbounded) {
            return Double.POSITIVE_INFINITY;
        }
    }

    /** Checked apart from the solver: no value negative, every published number kept, every equation adding up. */
    private static void assertFits(long[] filling, List<String> unknowns, Map<String, Long> values,
            List<Map<String, Integer>> equations) {
        Map<String, Long> other = new HashMap<>(values);
        for (int u = 0; u < unknowns.size(); u++) {
            assertThat(filling[u]).isNotNegative();
            other.put(unknowns.get(u), filling[u]);
        }
        for (Map<String, Integer> equation : equations) {
            long sum = 0;
            for (Map.Entry<String, Integer> term : equation.entrySet()) {
                sum += term.getValue() * other.get(term.getKey());
            }
            assertThat(sum).isZero();
        }
    }
}
