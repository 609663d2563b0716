package de.lotse.insights;

import java.util.List;
import java.util.Map;

/**
 * Counts in a table of rows by columns (e.g. legal subject by site), before suppression. The margins are the row and
 * column totals and the grand total, as a report publishes them.
 */
record CountTable(List<String> rows, List<String> columns, long[][] counts) {

    CountTable {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        if (counts.length != rows.size() || (counts.length > 0 && counts[0].length != columns.size())) {
            throw new IllegalArgumentException("counts must be rows × columns");
        }
    }

    /** Builds the table from counts by (row, column); pairs not counted are 0. */
    static CountTable of(List<String> rows, List<String> columns, Map<List<String>, Long> countsByRowAndColumn) {
        long[][] counts = new long[rows.size()][columns.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < columns.size(); j++) {
                counts[i][j] = countsByRowAndColumn.getOrDefault(List.of(rows.get(i), columns.get(j)), 0L);
            }
        }
        return new CountTable(rows, columns, counts);
    }

    /** A table of one row, for a distribution such as outcomes or channels. */
    static CountTable distribution(String row, List<String> columns, Map<String, Long> counts) {
        long[][] values = new long[1][columns.size()];
        for (int j = 0; j < columns.size(); j++) {
            values[0][j] = counts.getOrDefault(columns.get(j), 0L);
        }
        return new CountTable(List.of(row), columns, values);
    }

    long rowTotal(int row) {
        long sum = 0;
        for (long count : counts[row]) {
            sum += count;
        }
        return sum;
    }

    long columnTotal(int column) {
        long sum = 0;
        for (long[] row : counts) {
            sum += row[column];
        }
        return sum;
    }

    long total() {
        long sum = 0;
        for (int i = 0; i < counts.length; i++) {
            sum += rowTotal(i);
        }
        return sum;
    }

    /** The counts with their margins, (R+1) × (C+1): row totals in the last column, column totals in the last row. */
    long[][] withMargins() {
        int height = rows.size();
        int width = columns.size();
        long[][] full = new long[height + 1][width + 1];
        for (int i = 0; i < height; i++) {
            System.arraycopy(counts[i], 0, full[i], 0, width);
            full[i][width] = rowTotal(i);
        }
        for (int j = 0; j < width; j++) {
            full[height][j] = columnTotal(j);
        }
        full[height][width] = total();
        return full;
    }
}
