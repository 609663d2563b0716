package de.lotse.insights;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Suppression of the tables of one report together. They count the same concerns, so they share values: the total
 * per legal subject is a row total of "legal subject by site" and of "legal subject by problem", the total per site a
 * column total of two tables, the grand total one of every table. A value hidden in one table but published in another
 * would undo the first table's protection.
 * <p>
 * A value is named by what it counts (its population, e.g. concerns) and its dimension values (e.g. legal subject =
 * X); equal names are the same value. Each table is suppressed with every value hidden in any table forced
 * suppressed, and again, until no table hides anything new (a fixed point: suppression only ever adds), so that each
 * value is hidden in every table that holds it or in none.
 * <p>
 * Reasoning line by line cannot see what the equations of all tables together give away (a count hidden in three
 * tables may be pinned by their rows and columns combined), so the fixed point is audited by {@link DisclosureAudit}
 * and, where it exposes a count, suppressed again with more hidden.
 */
final class LinkedSuppression {

    /**
     * A table and what its rows and columns are.
     *
     * @param population what is counted, e.g. "concern"; tables of different populations share nothing
     * @param rowDimension what the rows are, empty for a distribution whose single row is all of the population
     * @param columnDimension what the columns are
     */
    record Linked(String population, Optional<String> rowDimension, String columnDimension, CountTable table) {

        static Linked crossed(String population, String rowDimension, String columnDimension, CountTable table) {
            return new Linked(population, Optional.of(rowDimension), columnDimension, table);
        }

        static Linked distribution(String population, String columnDimension, CountTable table) {
            if (table.rows().size() != 1) {
                throw new IllegalArgumentException("a distribution has one row");
            }
            return new Linked(population, Optional.empty(), columnDimension, table);
        }

        /** The name of every value, with margins: (R+1) × (C+1), row and column totals last. */
        String[][] keys() {
            int rows = table.rows().size();
            int columns = table.columns().size();
            String[][] keys = new String[rows + 1][columns + 1];
            for (int i = 0; i <= rows; i++) {
                for (int j = 0; j <= columns; j++) {
                    TreeMap<String, String> coordinates = new TreeMap<>();
                    if (i < rows && rowDimension.isPresent()) {
                        coordinates.put(rowDimension.get(), table.rows().get(i));
                    }
                    if (j < columns) {
                        coordinates.put(columnDimension, table.columns().get(j));
                    }
                    keys[i][j] = population + coordinates;
                }
            }
            return keys;
        }
    }

    private LinkedSuppression() {
    }

    static List<SuppressedTable> apply(List<Linked> tables) {
        return analysed(tables).stream().map(Suppression::result).toList();
    }

    /**
     * For tests: each table's suppression, in the given order, at the fixed point that the {@link DisclosureAudit}
     * passes. Suppressing line by line cannot see what all tables' equations together give away, so after each fixed
     * point the audit bounds every hidden count of 1 to 4 by linear programming; for each one pinned within 1 to 4 one
     * more value near it is hidden and the linked suppression runs again, until the audit finds nothing.
     */
    static List<Suppression> analysed(List<Linked> tables) {
        Set<String> hidden = new HashSet<>();
        while (true) {
            List<Suppression> done = fixedPoint(tables, hidden);
            if (!hidden.addAll(DisclosureAudit.remedies(tables, hidden))) {
                return done;
            }
        }
    }

    /** Suppresses each table with every value hidden in any table (and in hidden) forced, until nothing changes. */
    static List<Suppression> fixedPoint(List<Linked> tables, Set<String> hidden) {
        List<String[][]> keys = tables.stream().map(Linked::keys).toList();
        List<Suppression> done;
        int before;
        do {
            before = hidden.size();
            done = new ArrayList<>();
            for (int t = 0; t < tables.size(); t++) {
                String[][] names = keys.get(t);
                boolean[][] forced = new boolean[names.length][names[0].length];
                for (int i = 0; i < names.length; i++) {
                    for (int j = 0; j < names[0].length; j++) {
                        forced[i][j] = hidden.contains(names[i][j]);
                    }
                }
                Suppression suppression = Suppression.analysed(tables.get(t).table(), forced);
                for (int i = 0; i < names.length; i++) {
                    for (int j = 0; j < names[0].length; j++) {
                        if (suppression.isSuppressed(i, j)) {
                            hidden.add(names[i][j]);
                        }
                    }
                }
                done.add(suppression);
            }
        } while (hidden.size() != before);
        return done;
    }
}
