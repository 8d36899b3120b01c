package org.partnershipatlas.analytics.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.partnershipatlas.analytics.findings.Finding;
import org.partnershipatlas.analytics.findings.FindingsJson;
import org.partnershipatlas.format.Json;

/**
 * JSON (the project's one Jackson configuration, indented, with findings in English beside their codes) and CSV
 * (RFC 4180) to standard output.
 */
final class Output {
    private static final ObjectMapper JSON = Json.mapper().copy().registerModule(new FindingsJson(Finding::english));

    private Output() {
    }

    /** Findings in English for one CSV cell, " | " between them. */
    static String english(List<Finding> findings) {
        return String.join(" | ", findings.stream().map(Finding::english).toList());
    }

    /** Their codes for one CSV cell, in the same order. */
    static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    static void json(Object value, OutputStream out) {
        try {
            JSON.writer().with(SerializationFeature.INDENT_OUTPUT)
                    .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, value);
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonGenerator generator(OutputStream out) {
        try {
            return JSON.getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV table: a header and rows of cells (null as empty), quoted where needed. */
    static void csv(List<String> header, Iterable<List<?>> rows, OutputStream out) {
        var p = new PrintStream(out, false, StandardCharsets.UTF_8);
        p.print(row(header));
        for (List<?> r : rows) {
            p.print(row(r));
        }
        p.flush();
    }

    private static String row(List<?> cells) {
        var b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(cells.get(i)));
        }
        return b.append('\n').toString();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof List<?> list ? String.join(";", list.stream().map(String::valueOf).toList())
                : String.valueOf(value);
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
