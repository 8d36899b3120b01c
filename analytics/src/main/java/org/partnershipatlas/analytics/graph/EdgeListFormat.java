package org.partnershipatlas.analytics.graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.partnershipatlas.model.validation.Errors;
import org.partnershipatlas.model.validation.ValidationException;

/**
 * The analytics-only plain edge list and its optional node table (docs/FORMAT.md), read into a {@link NetworkGraph}.
 *
 * <ul>
 *   <li>Edge list: UTF-8, a header row {@code source,target} or {@code source,target,weight}, then one tie per row;
 *       ids are any non-empty strings (RFC 4180 quoting allowed, not across lines); blank lines are skipped.
 *       A row joining an id to itself is rejected; repeated rows (in either direction) are merged into one tie whose
 *       weight is the sum; a weight must be a positive finite number (default 1).</li>
 *   <li>Node table: a header row {@code id,<attribute>…}, one row per node; adds attributes (an empty cell is no
 *       value) and nodes without ties. Nodes are numbered in node-table order, then in order of first appearance in
 *       the edge list.</li>
 * </ul>
 * Every error names the file, line and column; up to {@link Errors#MAX_ERRORS} are collected before giving up.
 */
public final class EdgeListFormat {
    private EdgeListFormat() {
    }

    /**
     * @param edgesName name of the edge file for messages
     * @param edges     its text
     * @param nodesName name of the node table for messages, or {@code null}
     * @param nodes     its text, or {@code null}
     * @throws ValidationException listing every problem found
     */
    public static NetworkGraph read(String edgesName, BufferedReader edges, String nodesName, BufferedReader nodes) {
        var errors = new Errors();
        var builder = NetworkGraph.builder();
        if (nodes != null) {
            readNodes(nodesName, nodes, builder, errors);
        }
        readEdges(edgesName, edges, builder, errors);
        errors.throwIfAny();
        return builder.build();
    }

    private static void readNodes(String file, BufferedReader in, NetworkGraph.Builder builder, Errors errors) {
        try {
            String headerLine = headerLine(file, in, "id,<attribute>…", errors);
            List<String> header = headerLine == null ? null : cells(headerLine, file, 1, errors);
            if (header == null) {
                return;
            }
            if (header.isEmpty() || !header.get(0).strip().equalsIgnoreCase("id")) {
                errors.add(file + " line 1, column \"" + (header.isEmpty() ? "" : header.get(0)) + "\"", "id",
                        headerLine, "bad header: the first column must be \"id\", then one column per attribute");
                return;
            }
            Set<String> seen = new HashSet<>();
            long line = 1;
            for (String text; (text = in.readLine()) != null; ) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                List<String> row = cells(text, file, line, errors);
                if (row == null) {
                    continue;
                }
                if (row.size() != header.size()) {
                    errors.add(file + " line " + line, null, text, row.size() + " cells where the header has "
                            + header.size() + " (" + String.join(",", header) + ")");
                    continue;
                }
                String id = row.get(0).strip();
                if (id.isEmpty()) {
                    errors.add(file + " line " + line + ", column \"id\"", "id", "", "empty id");
                    continue;
                }
                if (!seen.add(id)) {
                    errors.add(file + " line " + line + ", column \"id\"", "id", id, "duplicate id \"" + id + "\"");
                    continue;
                }
                builder.node(id);
                for (int i = 1; i < header.size(); i++) {
                    String value = row.get(i).strip();
                    if (!value.isEmpty()) {
                        builder.attribute(id, header.get(i).strip(), value);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readEdges(String file, BufferedReader in, NetworkGraph.Builder builder, Errors errors) {
        try {
            String headerLine = headerLine(file, in, "source,target[,weight]", errors);
            List<String> header = headerLine == null ? null : cells(headerLine, file, 1, errors);
            if (header == null) {
                return;
            }
            var names = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            boolean weighted = names.equals(List.of("source", "target", "weight"));
            if (!weighted && !names.equals(List.of("source", "target"))) {
                errors.add(file + " line 1", null, headerLine, "bad header \"" + headerLine
                        + "\": expected source,target or source,target,weight");
                return;
            }
            long line = 1;
            for (String text; (text = in.readLine()) != null; ) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                List<String> row = cells(text, file, line, errors);
                if (row == null) {
                    continue;
                }
                if (row.size() != header.size()) {
                    String column = row.size() > header.size() ? "column " + (header.size() + 1)
                            : "column \"" + names.get(row.size()) + "\"";
                    errors.add(file + " line " + line + ", " + column, null, text, row.size()
                            + " cells where the header has " + header.size() + " (" + String.join(",", names) + ")");
                    continue;
                }
                String source = row.get(0).strip();
                String target = row.get(1).strip();
                if (source.isEmpty() || target.isEmpty()) {
                    String column = source.isEmpty() ? "source" : "target";
                    errors.add(file + " line " + line + ", column \"" + column + "\"", column, "", "empty id");
                    continue;
                }
                if (source.equals(target)) {
                    errors.add(file + " line " + line + ", column \"target\"", "target", target,
                            "\"" + source + "\" is linked to itself (self-loops are not allowed)");
                    continue;
                }
                double weight = 1.0;
                if (weighted) {
                    String w = row.get(2).strip();
                    try {
                        weight = Double.parseDouble(w);
                    } catch (NumberFormatException e) {
                        weight = Double.NaN;
                    }
                    if (!(weight > 0) || Double.isInfinite(weight)) {
                        errors.add(file + " line " + line + ", column \"weight\"", "weight", w,
                                "expected a positive number, found \"" + w + "\"");
                        continue;
                    }
                }
                builder.edge(source, target, weight);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first line without a byte-order mark, or {@code null} (with an error) for an empty file. */
    private static String headerLine(String file, BufferedReader in, String expected, Errors errors) throws IOException {
        String line = in.readLine();
        if (line == null) {
            errors.add(file + " line 1", null, null, "empty file: expected a header row " + expected);
            return null;
        }
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    /** RFC 4180 cells of one line, or {@code null} (with an error) for a quote left open. */
    static List<String> cells(String line, String file, long lineNumber, Errors errors) {
        var result = new ArrayList<String>();
        int i = 0;
        int n = line.length();
        while (true) {
            if (i < n && line.charAt(i) == '"') {
                var cell = new StringBuilder();
                i++;
                while (true) {
                    if (i >= n) {
                        errors.add(file + " line " + lineNumber, null, line, "a quote left open");
                        return null;
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < n && line.charAt(i) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        cell.append(c);
                    }
                }
                result.add(cell.toString());
                if (i < n && line.charAt(i) != ',') {
                    errors.add(file + " line " + lineNumber, null, line, "text after a closing quote");
                    return null;
                }
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? n : comma;
                result.add(line.substring(i, end));
                i = end;
            }
            if (i >= n) {
                return result;
            }
            i++; // the comma
            if (i == n) {
                result.add("");
                return result;
            }
        }
    }
}
