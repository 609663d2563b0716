package de.lotse.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Statistical disclosure control for count tables: no published number below 5, and none suppressed that could be
 * worked out again from what is published.
 * <p>
 * The table is taken with its margins as an (R+1) × (C+1) matrix in which every row and every column is one equation
 * (the cells add up to the total). Steps, repeated until nothing changes:
 * <ol>
 * <li><b>Primary suppression</b>: every cell and margin below {@link #THRESHOLD} (zero included).</li>
 * <li><b>Complementary suppression</b>: an equation with exactly one suppressed value would give it away, so the
 * smallest published cell of that row or column is suppressed as well (its total only when no cell is left).</li>
 * <li><b>Proof</b>: for every suppressed count of 1 to 4 a second table is sought that has the same published values
 * but another value there (an alternating cycle of +1/−1 through suppressed values that keeps all counts
 * non-negative). Where none is found, the smallest published cell of its row (else column) is suppressed too, and
 * the search starts again.</li>
 * </ol>
 * Tables published side by side from the same data (linked tables) share margins; {@link LinkedSuppression} runs
 * this for each of them with the shared values hidden elsewhere forced suppressed, until they agree, and then lets
 * {@link DisclosureAudit} check all tables' equations together by linear programming.
 */
final class Suppression {

    static final int THRESHOLD = 5;
    private static final int MAX_CYCLE = 16;
    private static final int SEARCH_BUDGET = 20_000;

    private final long[][] values;
    private final boolean[][] suppressed;
    /** Sensitive values for which no second table was found and nothing is left to suppress in their row or column. */
    private final boolean[][] pinnedForGood;
    private final int height;
    private final int width;
    private final boolean[][] forced;
    private final CountTable table;
    private int budget;

    private Suppression(CountTable table, boolean[][] forced) {
        int rows = table.rows().size();
        int columns = table.columns().size();
        height = rows + 1;
        width = columns + 1;
        values = table.withMargins();
        suppressed = new boolean[height][width];
        pinnedForGood = new boolean[height][width];
        this.forced = forced;
        this.table = table;
    }

    static SuppressedTable apply(CountTable table) {
        return analysed(table).result();
    }

    /** For tests: the suppressed matrix (with margins) and, per suppressed value, a second table that fits. */
    static Suppression analysed(CountTable table) {
        return analysed(table, new boolean[table.rows().size() + 1][table.columns().size() + 1]);
    }

    /**
     * Suppresses the table with some values (with margins, (R+1) × (C+1)) suppressed from the start, because a table
     * linked with this one hides them.
     */
    static Suppression analysed(CountTable table, boolean[][] forced) {
        Suppression suppression = new Suppression(table, forced);
        suppression.suppress();
        return suppression;
    }

    boolean isSuppressed(int row, int column) {
        return suppressed[row][column];
    }

    /** Another matrix (with margins) that agrees on every published value but differs here, if there is one. */
    Optional<long[][]> alternativeFor(int row, int column) {
        budget = SEARCH_BUDGET;
        for (int sign : new int[] {1, -1}) {
            List<int[]> cycle = new ArrayList<>();
            cycle.add(new int[] {row, column, sign});
            if (values[row][column] + sign >= 0 && extend(cycle, true)) {
                long[][] other = new long[height][];
                for (int i = 0; i < height; i++) {
                    other[i] = values[i].clone();
                }
                cycle.forEach(step -> other[step[0]][step[1]] += step[2]);
                return Optional.of(other);
            }
        }
        return Optional.empty();
    }

    private void suppress() {
        for (int i = 0; i < height; i++) {
            for (int j = 0; j < width; j++) {
                suppressed[i][j] = values[i][j] < THRESHOLD || forced[i][j];
            }
        }
        boolean changed = true;
        while (changed) {
            changed = complementLines();
            for (int i = 0; i < height && !changed; i++) {
                for (int j = 0; j < width && !changed; j++) {
                    if (sensitive(i, j) && !pinnedForGood[i][j] && alternativeFor(i, j).isEmpty()) {
                        changed = suppressSmallestIn(i, -1) || suppressSmallestIn(-1, j);
                        pinnedForGood[i][j] = !changed;
                    }
                }
            }
        }
    }

    /**
     * A count of 1 to 4 is what needs protecting: it could point to a person. Zeros are suppressed as well (no number
     * below 5 shows), but "nobody" is no one to protect, so they need no proof; nor do the cells suppressed only to
     * protect others.
     */
    boolean sensitive(int row, int column) {
        return values[row][column] > 0 && values[row][column] < THRESHOLD;
    }

    /** Suppresses a second value in every row and column that has exactly one; true if it did. */
    private boolean complementLines() {
        boolean any = false;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < height; i++) {
                if (count(i, -1) == 1) {
                    changed |= suppressSmallestIn(i, -1);
                }
            }
            for (int j = 0; j < width; j++) {
                if (count(-1, j) == 1) {
                    changed |= suppressSmallestIn(-1, j);
                }
            }
            any |= changed;
        }
        return any;
    }

    private int count(int row, int column) {
        int n = 0;
        for (int k = 0; k < (row >= 0 ? width : height); k++) {
            n += (row >= 0 ? suppressed[row][k] : suppressed[k][column]) ? 1 : 0;
        }
        return n;
    }

    /** In a row (column = −1) or a column (row = −1): the smallest published cell, else the published total. */
    private boolean suppressSmallestIn(int row, int column) {
        int length = row >= 0 ? width : height;
        int best = -1;
        for (int k = 0; k < length - 1; k++) {
            int i = row >= 0 ? row : k;
            int j = row >= 0 ? k : column;
            if (!suppressed[i][j] && (best < 0 || values[i][j] < valueAt(row, column, best))) {
                best = k;
            }
        }
        if (best < 0) {
            best = length - 1;
            if (suppressed[row >= 0 ? row : best][row >= 0 ? best : column]) {
                return false;
            }
        }
        suppressed[row >= 0 ? row : best][row >= 0 ? best : column] = true;
        return true;
    }

    private long valueAt(int row, int column, int k) {
        return row >= 0 ? values[row][k] : values[k][column];
    }

    /**
     * Extends an alternating path of suppressed values (along a row, then a column, …) until it closes at its start.
     * Each step takes the sign that keeps the equation of the line it moves along balanced.
     */
    private boolean extend(List<int[]> cycle, boolean alongRow) {
        if (--budget < 0 || cycle.size() > MAX_CYCLE) {
            return false;
        }
        int[] start = cycle.get(0);
        int[] current = cycle.get(cycle.size() - 1);
        int length = alongRow ? width : height;
        for (int k = 0; k < length; k++) {
            int i = alongRow ? current[0] : k;
            int j = alongRow ? k : current[1];
            if ((i == current[0] && j == current[1]) || !suppressed[i][j]) {
                continue;
            }
            int sign = -current[2] * coefficient(current, alongRow) * coefficient(new int[] {i, j}, alongRow);
            boolean closes = i == start[0] && j == start[1];
            if (!alongRow && current[1] == start[1] && !closes) {
                continue; // back in the start's column: only the start itself closes the cycle
            }
            if (closes) {
                if (cycle.size() >= 4 && !alongRow && sign == start[2]) {
                    return true;
                }
                continue;
            }
            if (values[i][j] + sign < 0 || uses(cycle, alongRow ? j : i, alongRow)) {
                continue;
            }
            cycle.add(new int[] {i, j, sign});
            if (extend(cycle, !alongRow)) {
                return true;
            }
            cycle.remove(cycle.size() - 1);
        }
        return false;
    }

    /** Whether the path already went through this column (moving along a row) or row (moving along a column). */
    private static boolean uses(List<int[]> cycle, int line, boolean column) {
        // The start's column is entered once more, by the value that closes the cycle.
        return cycle.stream().skip(column ? 1 : 0).anyMatch(step -> (column ? step[1] : step[0]) == line);
    }

    /** +1 for a cell in the equation of the line, −1 for the line's total. */
    private int coefficient(int[] entry, boolean row) {
        return row ? (entry[1] == width - 1 ? -1 : 1) : (entry[0] == height - 1 ? -1 : 1);
    }

    SuppressedTable result() {
        int rows = height - 1;
        int columns = width - 1;
        List<List<OptionalLong>> cells = new ArrayList<>();
        List<OptionalLong> rowTotals = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            List<OptionalLong> row = new ArrayList<>();
            for (int j = 0; j < columns; j++) {
                row.add(published(i, j));
            }
            cells.add(row);
            rowTotals.add(published(i, columns));
        }
        List<OptionalLong> columnTotals = new ArrayList<>();
        for (int j = 0; j < columns; j++) {
            columnTotals.add(published(rows, j));
        }
        return new SuppressedTable(table.rows(), table.columns(), cells, rowTotals, columnTotals,
                published(rows, columns));
    }

    private OptionalLong published(int row, int column) {
        return suppressed[row][column] ? OptionalLong.empty() : OptionalLong.of(values[row][column]);
    }
}
