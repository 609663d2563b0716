package de.lotse.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** No published number below 5, and no suppressed one that can be worked out from what is published. */
class SuppressionUnitTest {

    private static CountTable table(long[][] counts) {
        List<String> rows = IntStream.range(0, counts.length).mapToObj(i -> "r" + i).toList();
        List<String> columns = IntStream.range(0, counts[0].length).mapToObj(j -> "c" + j).toList();
        return new CountTable(rows, columns, counts);
    }

    @Test
    void suppresses_every_cell_below_five_and_a_second_cell_in_its_row_and_column() {
        SuppressedTable published = Suppression.apply(table(new long[][] {
                {3, 20, 30},
                {12, 25, 40},
                {9, 18, 50}}));

        assertThat(published.cell(0, 0)).isEmpty();
        assertThat(published.cells().get(0).stream().filter(OptionalLong::isEmpty).count()).isGreaterThanOrEqualTo(2);
        assertThat(published.cells().stream().map(row -> row.get(0)).filter(OptionalLong::isEmpty).count())
                .isGreaterThanOrEqualTo(2);
        assertThat(published.total()).hasValue(207);
        assertThat(published.cell(2, 2)).hasValue(50);
    }

    @Test
    void a_distribution_with_one_small_share_hides_a_second_share() {
        SuppressedTable outcomes = Suppression.apply(CountTable.distribution("all", List.of("a", "b", "c", "d"),
                java.util.Map.of("a", 40L, "b", 2L, "c", 17L, "d", 9L)));

        assertThat(outcomes.cell(0, 1)).isEmpty();
        assertThat(outcomes.cell(0, 3)).isEmpty();
        assertThat(outcomes.cell(0, 0)).hasValue(40);
        assertThat(outcomes.rowTotals().get(0)).hasValue(68);
    }

    /** A value a linked table hides is hidden here as well, and protected like a small one. */
    @Test
    void a_value_forced_hidden_gets_its_complements_too() {
        CountTable table = table(new long[][] {{20, 30, 8}, {40, 50, 9}});
        boolean[][] forced = new boolean[3][4];
        forced[2][0] = true; // the total of column 0, hidden in a table linked with this one

        Suppression analysed = Suppression.analysed(table, forced);

        assertThat(analysed.isSuppressed(2, 0)).isTrue();
        assertThat(IntStream.range(0, 4).filter(j -> analysed.isSuppressed(2, j)).count()).isGreaterThanOrEqualTo(2);
        assertThat(IntStream.range(0, 3).filter(i -> analysed.isSuppressed(i, 0)).count()).isGreaterThanOrEqualTo(2);
        assertThat(derivedByAnAttacker(table.withMargins(), analysed)).isEmpty();
        assertThat(Suppression.analysed(table).result().allValues()).noneMatch(OptionalLong::isEmpty);
    }

    @Test
    void a_small_total_is_suppressed_with_all_its_cells() {
        SuppressedTable published = Suppression.apply(table(new long[][] {{1, 2}, {30, 40}}));

        assertThat(published.rowTotals().get(0)).isEmpty();
        assertThat(published.allValues()).allMatch(value -> value.isEmpty() || value.getAsLong() >= 5);
    }

    @Test
    void a_table_with_whole_empty_columns_is_suppressed_quickly() {
        long[][] counts = new long[11][21];
        for (int i = 0; i < 11; i++) {
            for (int j = 0; j < 21; j++) {
                counts[i][j] = j % 3 == 0 ? 0 : 40 + i * j;
            }
        }
        counts[4][5] = 3;
        long started = System.nanoTime();

        SuppressedTable published = Suppression.apply(table(counts));

        assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
        assertThat(published.cell(4, 5)).isEmpty();
        assertThat(published.allValues()).allMatch(value -> value.isEmpty() || value.getAsLong() >= 5);
    }

    /** Counts of 1 to 4 need protecting: for each a second table fits every published value. Zeros are hidden, too. */
    @Test
    void in_random_tables_no_published_value_is_below_five_and_no_suppressed_value_is_derivable() {
        Random random = new Random(20261127);
        for (int run = 0; run < 400; run++) {
            int rows = 1 + random.nextInt(6);
            int columns = 1 + random.nextInt(8);
            long[][] counts = new long[rows][columns];
            for (long[] row : counts) {
                for (int j = 0; j < columns; j++) {
                    row[j] = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(60);
                }
            }
            CountTable table = table(counts);
            Suppression analysed = Suppression.analysed(table);
            SuppressedTable published = Suppression.apply(table);
            long[][] full = table.withMargins();

            assertThat(published.allValues()).allMatch(value -> value.isEmpty() || value.getAsLong() >= Suppression.THRESHOLD);
            assertThat(derivedByAnAttacker(full, analysed)).as("run %d", run).isEmpty();
            for (int i = 0; i < full.length; i++) {
                for (int j = 0; j < full[0].length; j++) {
                    if (analysed.sensitive(i, j) && !wholeRowAndColumnSuppressed(analysed, full, i, j)) {
                        Optional<long[][]> other = analysed.alternativeFor(i, j);
                        assertThat(other).as("run %d, value %d/%d", run, i, j).isPresent();
                        assertThat(other.get()[i][j]).isNotEqualTo(full[i][j]);
                        assertConsistent(other.get(), full, analysed);
                    }
                }
            }
        }
    }


    /** The second table agrees on every published value, adds up in every row and column, and has no negative count. */
    private static void assertConsistent(long[][] other, long[][] full, Suppression analysed) {
        int h = full.length;
        int w = full[0].length;
        for (int i = 0; i < h; i++) {
            long sum = 0;
            for (int j = 0; j < w; j++) {
                assertThat(other[i][j]).isNotNegative();
                if (!analysed.isSuppressed(i, j)) {
                    assertThat(other[i][j]).isEqualTo(full[i][j]);
                }
                sum += j < w - 1 ? other[i][j] : 0;
            }
            assertThat(sum).isEqualTo(other[i][w - 1]);
        }
        for (int j = 0; j < w; j++) {
            long sum = 0;
            for (int i = 0; i < h - 1; i++) {
                sum += other[i][j];
            }
            assertThat(sum).isEqualTo(other[h - 1][j]);
        }
    }

    /** An attacker solves every row or column with a single unknown, again and again; returns what they found. */
    private static List<int[]> derivedByAnAttacker(long[][] full, Suppression analysed) {
        int h = full.length;
        int w = full[0].length;
        boolean[][] known = new boolean[h][w];
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < w; j++) {
                known[i][j] = !analysed.isSuppressed(i, j);
            }
        }
        List<int[]> derived = new ArrayList<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int line = 0; line < h + w; line++) {
                List<int[]> unknown = new ArrayList<>();
                int length = line < h ? w : h;
                for (int k = 0; k < length; k++) {
                    int i = line < h ? line : k;
                    int j = line < h ? k : line - h;
                    if (!known[i][j]) {
                        unknown.add(new int[] {i, j});
                    }
                }
                if (unknown.size() == 1) {
                    known[unknown.get(0)[0]][unknown.get(0)[1]] = true;
                    derived.add(unknown.get(0));
                    progress = true;
                }
            }
        }
        return derived;
    }

    private static boolean wholeRowAndColumnSuppressed(Suppression analysed, long[][] full, int row, int column) {
        return IntStream.range(0, full[0].length).allMatch(j -> analysed.isSuppressed(row, j))
                && IntStream.range(0, full.length).allMatch(i -> analysed.isSuppressed(i, column));
    }
}
