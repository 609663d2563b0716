package de.lotse.insights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

import de.lotse.insights.LinkedSuppression.Linked;

/**
 * The attacker's view of a whole report: every published number of every table, every row and column of every table
 * as an equation, every hidden value an unknown ≥ 0. For each hidden count of 1 to 4 a linear programme finds the
 * smallest and largest value it can take (its feasibility interval, as statistical offices audit with τ-ARGUS).
 * <p>
 * <b>Rule</b>: a hidden count is protected when its interval reaches 0 or {@link Suppression#THRESHOLD}, i.e. the
 * attacker cannot tell from the published tables that it lies within 1 to 4 (the "someone, but fewer than 5" that
 * could point to a person). The bounds are rounded inwards to whole numbers, as counts are whole. The LP bound is the
 * bound of the relaxation, so an attacker solving for whole numbers could in rare cases narrow it further; across
 * the 2-dimensional tables of a report it is the usual audit.
 * <p>
 * To stay fast, each programme holds only the connected component of its cell: the hidden values linked to it
 * through equations with other hidden values.
 */
final class DisclosureAudit {

    private static final double EPSILON = 1e-6;

    /** A hidden count the published tables pin to within 1 to 4, with its interval. */
    record Exposure(String key, long value, long lower, long upper) {
    }

    private final Map<String, Long> values = new LinkedHashMap<>();
    private final List<Map<String, Integer>> equations = new ArrayList<>();
    private final Set<String> hidden;
    /**
     * Hidden values some solution already showed at 0 or at {@link Suppression#THRESHOLD} or more: every optimum is a
     * filling that fits all published numbers, so it proves those values protected without programmes of their own.
     */
    private final Set<String> witnessed = new HashSet<>();

    private DisclosureAudit(List<Linked> tables, Set<String> hidden) {
        this.hidden = hidden;
        for (Linked linked : tables) {
            String[][] keys = linked.keys();
            long[][] full = linked.table().withMargins();
            for (int i = 0; i < keys.length; i++) {
                for (int j = 0; j < keys[0].length; j++) {
                    values.put(keys[i][j], full[i][j]);
                }
            }
            for (int i = 0; i < keys.length; i++) {
                add(line(keys, i, -1));
            }
            for (int j = 0; j < keys[0].length; j++) {
                add(line(keys, -1, j));
            }
        }
    }

    /** The hidden counts of 1 to 4 that the published numbers of all tables pin within 1 to 4. */
    static List<Exposure> exposed(List<Linked> tables, Set<String> hidden) {
        return new DisclosureAudit(tables, hidden).exposures();
    }

    /** Interval [lower, upper] of a hidden value, rounded inwards; upper is {@link Long#MAX_VALUE} if unbounded. */
    static long[] interval(List<Linked> tables, Set<String> hidden, String key) {
        return new DisclosureAudit(tables, hidden).interval(key, false);
    }

    static boolean protectedBy(long lower, long upper) {
        return lower <= 0 || upper >= Suppression.THRESHOLD;
    }

    /**
     * For each exposed count, one more value to hide: the smallest published cell in a row or column through it, in
     * any table holding it (a total only where a line has no published cell left). Empty when nothing is exposed.
     */
    static Set<String> remedies(List<Linked> tables, Set<String> hidden) {
        Set<String> more = new LinkedHashSet<>();
        for (Exposure exposure : exposed(tables, hidden)) {
            String best = null;
            long bestValue = Long.MAX_VALUE;
            boolean bestIsTotal = true;
            for (Linked linked : tables) {
                String[][] keys = linked.keys();
                long[][] full = linked.table().withMargins();
                int h = keys.length;
                int w = keys[0].length;
                for (int i = 0; i < h; i++) {
                    for (int j = 0; j < w; j++) {
                        if (!keys[i][j].equals(exposure.key())) {
                            continue;
                        }
                        for (int k = 0; k < w + h; k++) {
                            int r = k < w ? i : k - w;
                            int c = k < w ? k : j;
                            boolean total = r == h - 1 || c == w - 1;
                            String candidate = keys[r][c];
                            if (hidden.contains(candidate) || more.contains(candidate)) {
                                continue;
                            }
                            long value = full[r][c];
                            if ((bestIsTotal && !total) || (bestIsTotal == total && value < bestValue)) {
                                best = candidate;
                                bestValue = value;
                                bestIsTotal = total;
                            }
                        }
                    }
                }
            }
            if (best != null) {
                more.add(best);
            }
        }
        return more;
    }

    private List<Exposure> exposures() {
        List<Exposure> found = new ArrayList<>();
        for (String key : hidden) {
            Long value = values.get(key);
            if (value == null || value <= 0 || value >= Suppression.THRESHOLD || witnessed.contains(key)) {
                continue;
            }
            long[] bounds = interval(key, true);
            if (!protectedBy(bounds[0], bounds[1])) {
                found.add(new Exposure(key, value, bounds[0], bounds[1]));
            }
        }
        return found;
    }

    private long[] interval(String key, boolean onlyDecisive) {
        if (!hidden.contains(key)) {
            long value = values.get(key);
            return new long[] {value, value};
        }
        List<String> unknowns = component(key);
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
                if (u != null) {
                    coefficients[u] += term.getValue();
                    any = true;
                } else if (!hidden.contains(term.getKey())) {
                    constant -= term.getValue() * values.get(term.getKey());
                }
            }
            if (any) {
                constraints.add(new LinearConstraint(coefficients, Relationship.EQ, constant));
            }
        }
        double[] objective = new double[unknowns.size()];
        objective[index.get(key)] = 1;
        long lower = (long) Math.ceil(optimum(objective, constraints, GoalType.MINIMIZE, unknowns) - EPSILON);
        if (onlyDecisive && lower <= 0) {
            return new long[] {lower, Long.MAX_VALUE}; // protected already: the maximum would decide nothing
        }
        double upper = optimum(objective, constraints, GoalType.MAXIMIZE, unknowns);
        return new long[] {lower, Double.isInfinite(upper) ? Long.MAX_VALUE : (long) Math.floor(upper + EPSILON)};
    }

    private double optimum(double[] objective, List<LinearConstraint> constraints, GoalType goal,
            List<String> unknowns) {
        try {
            PointValuePair optimum = new SimplexSolver().optimize(new MaxIter(100_000),
                    new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(constraints), goal,
                    new NonNegativeConstraint(true));
            double[] point = optimum.getPoint();
            for (int u = 0; u < point.length; u++) {
                if (point[u] <= EPSILON || point[u] >= Suppression.THRESHOLD - EPSILON) {
                    witnessed.add(unknowns.get(u));
                }
            }
            return optimum.getValue();
        } catch (UnboundedSolutionException unbounded) {
            return goal == GoalType.MAXIMIZE ? Double.POSITIVE_INFINITY : 0;
        }
    }

    /** The hidden values reachable from this one through equations that hold two or more hidden values. */
    private List<String> component(String start) {
        Set<String> reached = new LinkedHashSet<>();
        List<String> queue = new ArrayList<>(List.of(start));
        reached.add(start);
        for (int q = 0; q < queue.size(); q++) {
            String key = queue.get(q);
            for (Map<String, Integer> equation : equations) {
                if (!equation.containsKey(key)) {
                    continue;
                }
                for (String other : equation.keySet()) {
                    if (hidden.contains(other) && reached.add(other)) {
                        queue.add(other);
                    }
                }
            }
        }
        return new ArrayList<>(reached);
    }

    /** Keeps an equation only if it says something (a distribution's row repeats its total: 0 = 0). */
    private void add(Map<String, Integer> equation) {
        equation.values().removeIf(coefficient -> coefficient == 0);
        if (!equation.isEmpty()) {
            equations.add(equation);
        }
    }

    /** A row (column = −1) or column (row = −1) as coefficients by key: +1 per cell, −1 for its total. */
    private static Map<String, Integer> line(String[][] keys, int row, int column) {
        Map<String, Integer> coefficients = new LinkedHashMap<>();
        int length = row >= 0 ? keys[0].length : keys.length;
        for (int k = 0; k < length; k++) {
            String key = row >= 0 ? keys[row][k] : keys[k][column];
            coefficients.merge(key, k == length - 1 ? -1 : 1, Integer::sum);
        }
        return coefficients;
    }
}
