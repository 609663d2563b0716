package de.lotse.insights;

import java.util.List;
import java.util.OptionalLong;

/**
 * A count table as it may be published: every cell, row total, column total and the grand total is either a count
 * of at least {@link Suppression#THRESHOLD} or suppressed (empty), and no suppressed value can be worked out from
 * the published ones.
 */
public record SuppressedTable(List<String> rows, List<String> columns, List<List<OptionalLong>> cells,
        List<OptionalLong> rowTotals, List<OptionalLong> columnTotals, OptionalLong total) {

    public OptionalLong cell(int row, int column) {
        return cells.get(row).get(column);
    }

    /** Every published number, cells and margins, for checks that none is below the threshold. */
    public List<OptionalLong> allValues() {
        java.util.ArrayList<OptionalLong> all = new java.util.ArrayList<>();
        cells.forEach(all::addAll);
        all.addAll(rowTotals);
        all.addAll(columnTotals);
        all.add(total);
        return all;
    }

    /** The largest published cell, for scaling a chart. */
    public long largestCell() {
        return cells.stream().flatMap(List::stream).filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong)
                .max().orElse(0);
    }
}
