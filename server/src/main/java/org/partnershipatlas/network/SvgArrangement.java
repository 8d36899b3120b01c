package org.partnershipatlas.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Where a focused picture's organisations and names go in an SVG export: as the browser arranges a crowded small
 * picture ({@code atlas-network.js}, {@code arrange}), in columns that keep the layout's order (Wales, the middle,
 * the partners; partner countries as headings) and give every name its own row, shortened with an ellipsis only when
 * longer than its column. Text widths are estimated generously (0.62 em a character), so no two names overlap.
 */
final class SvgArrangement {
    static final double FONT = 13;
    static final double ROW = 22;
    private static final double CHAR = 0.62 * FONT;
    private static final int MAX_ROWS = 36;

    /** A placed organisation: the centre of its dot and its name, as drawn. */
    record Placed(double x, double y, String text) {
    }

    record Heading(String text, double x, double y) {
    }

    record Result(Map<String, Placed> nodes, List<Heading> headings, double height, double radius) {
    }

    private SvgArrangement() {
    }

    static Result of(NetworkPicture picture, double width, double top, double margin) {
        var nodes = picture.nodes();
        TreeSet<Double> xs = new TreeSet<>();
        nodes.forEach(n -> xs.add(Math.round(n.x() * 1000) / 1000.0));
        List<List<NetworkPicture.Node>> columns = new ArrayList<>();
        if (xs.size() <= 4) {
            List<Double> order = new ArrayList<>(xs);
            order.forEach(x -> columns.add(new ArrayList<>()));
            nodes.forEach(n -> columns.get(order.indexOf(Math.round(n.x() * 1000) / 1000.0)).add(n));
        } else {
            int bands = Math.max(1, Math.min(4, (int) Math.ceil(nodes.size() / 30.0)));
            var sorted = new ArrayList<>(nodes);
            sorted.sort(Comparator.comparingDouble(NetworkPicture.Node::x));
            for (int b = 0; b < bands; b++) {
                columns.add(new ArrayList<>(sorted.subList(b * sorted.size() / bands, (b + 1) * sorted.size() / bands)));
            }
        }
        columns.removeIf(List::isEmpty);
        var groups = new ArrayList<>(picture.groups());
        groups.sort(Comparator.comparingDouble(NetworkPicture.GroupLabel::y));
        // Rows: an organisation's id, or a heading (a partner country's name, in the last column only).
        List<List<String[]>> rows = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            var col = columns.get(c);
            col.sort(Comparator.comparingDouble(NetworkPicture.Node::y).thenComparing(NetworkPicture.Node::label));
            var list = new ArrayList<String[]>();
            NetworkPicture.GroupLabel current = null;
            for (var n : col) {
                if (c == columns.size() - 1 && !groups.isEmpty()) {
                    NetworkPicture.GroupLabel group = null;
                    for (var g : groups) {
                        if (g.y() <= n.y() + 1e-9) {
                            group = g;
                        }
                    }
                    if (group != null && group != current) {
                        list.add(new String[] {null, group.label()});
                        current = group;
                    }
                }
                list.add(new String[] {n.id(), n.label()});
            }
            rows.add(list);
        }
        int longest = rows.stream().mapToInt(List::size).max().orElse(1);
        int perColumn = Math.min(MAX_ROWS, Math.max(1, longest));
        int[] splits = rows.stream().mapToInt(r -> Math.max(1, (int) Math.ceil(r.size() / (double) perColumn))).toArray();
        int total = 0;
        for (int s : splits) {
            total += s;
        }
        double columnWidth = (width - 2 * margin) / total;
        double radius = 6;
        var placed = new HashMap<String, Placed>();
        var headings = new ArrayList<Heading>();
        int column = 0;
        double maxLabel = columnWidth - 2 * radius - 14;
        for (int c = 0; c < rows.size(); c++) {
            var list = rows.get(c);
            int per = (int) Math.ceil(list.size() / (double) splits[c]);
            for (int j = 0; j < list.size(); j++) {
                int sub = j / per;
                int k = j % per;
                double x = margin + (column + sub) * columnWidth;
                double y = top + ROW / 2 + k * ROW;
                String[] row = list.get(j);
                if (row[0] == null) {
                    headings.add(new Heading(fit(row[1], columnWidth - 8), x, y));
                } else {
                    placed.put(row[0], new Placed(x + radius + 1, y, fit(row[1], maxLabel)));
                }
            }
            column += splits[c];
        }
        return new Result(placed, headings, perColumn * ROW, radius);
    }

    /** {@code text} cut to about {@code max} pixels at {@link #FONT}, ending in an ellipsis when cut. */
    static String fit(String text, double max) {
        int chars = (int) Math.floor(max / CHAR);
        if (text.length() <= chars) {
            return text;
        }
        return text.substring(0, Math.max(1, chars - 1)).strip() + "\u2026";
    }
}
