package org.partnershipatlas.analytics.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.partnershipatlas.analytics.graph.EdgeListFormat;
import org.partnershipatlas.analytics.graph.NetworkGraph;
import org.partnershipatlas.format.CsvSnapshotFormat;
import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.model.validation.ValidationException;

/**
 * Reads {@code --input} (and {@code --nodes}), deciding the format by content: a native JSON snapshot when the first
 * non-blank character is <code>{</code>; the spreadsheet {@code links.csv} when the header starts with
 * {@code id,from,to} (its {@code organisations.csv} is {@code --nodes}, or the sibling file whose name has
 * "organisations" for "links"); otherwise a plain edge list. Errors become {@link InputException}s naming the file.
 */
final class InputReader {
    private InputReader() {
    }

    static NetworkGraph read(Path input, Path nodes) {
        String head = head(input);
        String trimmed = head.stripLeading();
        if (trimmed.startsWith("{")) {
            if (nodes != null) {
                throw new InputException("--nodes " + nodes + ": a JSON snapshot carries its organisations; "
                        + "--nodes is for edge lists");
            }
            try (InputStream in = Files.newInputStream(input)) {
                return NetworkGraph.of(JsonSnapshotFormat.read(in));
            } catch (ValidationException e) {
                throw invalid(input, e);
            } catch (IOException e) {
                throw unreadable(input, e);
            }
        }
        String firstLine = trimmed.lines().findFirst().orElse("").replace("\uFEFF", "");
        if (firstLine.startsWith("id,from,to")) {
            Path organisations = nodes != null ? nodes : siblingOrganisations(input);
            try (var o = reader(organisations); var l = reader(input)) {
                return NetworkGraph.of(CsvSnapshotFormat.read(o, l));
            } catch (ValidationException e) {
                throw new InputException(organisations + " + " + input + ": " + describe(e));
            } catch (IOException e) {
                throw unreadable(input, e);
            }
        }
        try (var edges = reader(input); var nodeReader = nodes == null ? null : reader(nodes)) {
            return EdgeListFormat.read(input.toString(), edges, nodes == null ? null : nodes.toString(), nodeReader);
        } catch (ValidationException e) {
            throw new InputException(describe(e));
        } catch (IOException e) {
            throw unreadable(input, e);
        }
    }

    private static Path siblingOrganisations(Path links) {
        String name = links.getFileName().toString();
        if (!name.contains("links")) {
            throw new InputException(links + " is a spreadsheet links table: give its organisations table with --nodes");
        }
        Path sibling = links.resolveSibling(name.replace("links", "organisations"));
        if (!Files.isRegularFile(sibling)) {
            throw new InputException(links + " is a spreadsheet links table and " + sibling
                    + " does not exist: give the organisations table with --nodes");
        }
        return sibling;
    }

    private static String head(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such file");
        }
        try (var in = new PushbackInputStream(Files.newInputStream(file))) {
            byte[] buffer = in.readNBytes(4096);
            return new String(buffer, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static BufferedReader reader(Path file) throws IOException {
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        }
    }

    static InputException invalid(Path file, ValidationException e) {
        return new InputException(file + ": " + describe(e));
    }

    /** The first error, and how many more. */
    static String describe(ValidationException e) {
        var errors = e.errors();
        String first = errors.get(0).toString();
        return errors.size() == 1 ? first : first + " (and " + (errors.size() - 1) + " more errors)";
    }

    private static InputException unreadable(Path file, IOException e) {
        return new InputException(file + ": cannot be read (" + e.getMessage() + ")");
    }
}
