package org.partnershipatlas.analytics.gaps;

import java.util.List;

/**
 * Health Board × country / theme / activity: how many of each Board's partner links (as attributed by
 * {@link GapAnalysis}) fall in each column. Rows are the Boards in snapshot order; {@code counts.get(r).get(c)}.
 */
public record CoverageMatrix(CoverageDimension dimension, List<String> rows, List<String> rowNames,
                             List<String> columns, List<String> columnNames, List<List<Integer>> counts) {
    public CoverageMatrix {
        rows = List.copyOf(rows);
        rowNames = List.copyOf(rowNames);
        columns = List.copyOf(columns);
        columnNames = List.copyOf(columnNames);
        counts = counts.stream().map(List::copyOf).toList();
    }

    public int count(String row, String column) {
        int r = rows.indexOf(row);
        int c = columns.indexOf(column);
        return r < 0 || c < 0 ? 0 : counts.get(r).get(c);
    }
}
