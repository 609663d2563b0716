package de.lotse.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
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
        List<String> months = names("month", 3);
        List<String> channels = names("channel", 4);
        List<String> kinds = names("kind", 3);
        List<String> outcomes = names("outcome", 4);
        Map<List<String>, Long> topicBySite = new HashMap<>();
        Map<List<String>, Long> problemBySite = new HashMap<>();
        Map<List<String>, Long> topicByProblem = new HashMap<>();
        List<Map<String, Long>> distributions = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
        List<List<String>> facets = List.of(months, channels, kinds, outcomes);
        for (int n = 0; n < concerns; n++) {
            String topic = skewed(random, topics);
            String problem = skewed(random, problems);
            String site = skewed(random, sites);
            topicBySite.merge(List.of(topic, site), 1L, Long::sum);
            problemBySite.merge(List.of(problem, site), 1L, Long::sum);
            topicByProblem.merge(List.of(topic, problem), 1L, Long::sum);
            for (int f = 0; f < facets.size(); f++) {
                distributions.get(f).merge(skewed(random, facets.get(f)), 1L, Long::sum);
            }
        }
        return List.of(
                Linked.crossed("concern", "legal_topic", "site", CountTable.of(topics, sites, topicBySite)),
                Linked.crossed("concern", "problem", "site", CountTable.of(problems, sites, problemBySite)),
                Linked.crossed("concern", "legal_topic", "problem", CountTable.of(topics, problems, topicByProblem)),
                Linked.distribution("concern", "month", CountTable.distribution("*", months, distributions.get(0))),
                Linked.distribution("concern", "channel", CountTable.distribution("*", channels, distributions.get(1))),
                Linked.distribution("concern", "kind", CountTable.distribution("*", kinds, distributions.get(2))),
                Linked.distribution("concern", "outcome", CountTable.distribution("*", outcomes, distributions.get(3))));
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
            shownOpen += attack.open();
        }
        assertThat(shownOpen).isGreaterThan(4 * RUNS);
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
     */
    private record Attack(List<String> determined, int open) {
    }

    /**
     * Every value of the report named once (a value published in any table is known), every row and column of every
     * table as an equation; for each hidden count of 1 or more a second filling is sought.
     */
    private static Attack attack(List<Linked> tables, java.util.function.BiPredicate<Integer, int[]> hiddenIn) {
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
        int open = 0;
        for (int unknown = 0; unknown < unknowns.size(); unknown++) {
            int u = unknown;
            long value = values.get(unknowns.get(u));
            if (value == 0) {
                continue;
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
        return new Attack(determined, open);
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
