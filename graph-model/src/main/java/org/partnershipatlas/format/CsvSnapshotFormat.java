package org.partnershipatlas.format;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import org.partnershipatlas.model.Activity;
import org.partnershipatlas.model.Charter;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Source;
import org.partnershipatlas.model.validation.EntityReader;
import org.partnershipatlas.model.validation.Errors;
import org.partnershipatlas.model.validation.FieldRules;
import org.partnershipatlas.model.validation.FieldSource;
import org.partnershipatlas.model.validation.Located;
import org.partnershipatlas.model.validation.ParsedNetwork;
import org.partnershipatlas.model.validation.SnapshotValidator;
import org.partnershipatlas.model.validation.ValidationError;
import org.partnershipatlas.model.validation.ValidationException;

/**
 * The spreadsheet format of docs/FORMAT.md: {@code organisations.csv} and {@code links.csv}, UTF-8, a header row,
 * RFC 4180 quoting; lists separated by {@code ;}, sources as {@code citation | url} items separated by
 * {@code " ;; "}. Links may carry the Charter self-assessment in four optional columns
 * ({@code charter_organisational_responsibilities}, …), written only when some link has one.
 *
 * <p>Countries are not in the spreadsheet: organisation countries must be codes the product knows.
 */
public final class CsvSnapshotFormat {
    public static final String ORGANISATIONS_FILE = "organisations.csv";
    public static final String LINKS_FILE = "links.csv";

    public static final List<String> ORGANISATION_COLUMNS = columns(EntityReader.ORGANISATION_FIELDS, Set.of());
    public static final List<String> LINK_COLUMNS = columns(EntityReader.LINK_FIELDS, Set.of("charter"));
    public static final List<String> CHARTER_COLUMNS = EntityReader.CHARTER_FIELDS.stream()
            .map(f -> "charter_" + CsvFieldSource.column(f)).toList();
    private static final Set<String> REQUIRED_ORGANISATION_COLUMNS = Set.of("id", "name", "type", "confidence");
    private static final Set<String> REQUIRED_LINK_COLUMNS = Set.of("id", "from", "to", "kind", "confidence");

    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private CsvSnapshotFormat() {
    }

    private static List<String> columns(Set<String> fields, Set<String> leaveOut) {
        return fields.stream().filter(f -> !leaveOut.contains(f)).map(CsvFieldSource::column).toList();
    }

    // --- reading -----------------------------------------------------------------------------------------------

    /** Reads and validates both files as one network. @throws ValidationException listing every problem */
    public static NetworkSnapshot read(Reader organisations, Reader links) {
        return SnapshotValidator.validate(parse(organisations, links));
    }

    /** Parses both files into records and field errors, without the rules across records. */
    public static ParsedNetwork parse(Reader organisations, Reader links) {
        Errors errors = new Errors();
        var orgs = readFile(ORGANISATIONS_FILE, organisations, ORGANISATION_COLUMNS, REQUIRED_ORGANISATION_COLUMNS,
                errors, EntityReader::readOrganisation);
        var linkColumns = new ArrayList<>(LINK_COLUMNS);
        linkColumns.addAll(CHARTER_COLUMNS);
        var lks = readFile(LINKS_FILE, links, linkColumns, REQUIRED_LINK_COLUMNS, errors, EntityReader::readLink);
        return new ParsedNetwork(List.of(), orgs, lks, errors);
    }

    private static <T> List<Located<T>> readFile(String file, Reader reader, List<String> allowed, Set<String> required,
                                                 Errors errors, BiFunction<FieldSource, Errors, Optional<T>> read) {
        var result = new ArrayList<Located<T>>();
        try (MappingIterator<String[]> rows = MAPPER.readerFor(String[].class).readValues(reader)) {
            if (!rows.hasNext()) {
                errors.add(file + " line 1", null, null, "empty file: expected a header row (" + String.join(",", allowed) + ")");
                return result;
            }
            String[] header = rows.next();
            if (!checkHeader(file, header, allowed, required, errors)) {
                return result;
            }
            long line = 2;
            while (rows.hasNext()) {
                String[] cells = rows.next();
                long rowLine = line;
                line += 1 + newlines(cells);
                if (cells.length == 1 && cells[0].isEmpty()) {
                    continue; // a blank line
                }
                if (cells.length != header.length) {
                    errors.add(file + " line " + rowLine, null, null, cells.length + " cells where the header has "
                            + header.length + " (a quote left open, or a comma too many or too few?)");
                    continue;
                }
                Map<String, String> byColumn = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    byColumn.put(header[i], cells[i]);
                }
                var source = new CsvFieldSource(file, rowLine, byColumn);
                read.apply(source, errors).ifPresent(value -> result.add(new Located<>(value, source)));
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            errors.add(file + (at == null ? "" : " line " + at.getLineNr()), null, null,
                    "not valid CSV: " + e.getOriginalMessage());
        } catch (RuntimeException e) {
            if (e.getCause() instanceof JsonProcessingException jpe) {
                JsonLocation at = jpe.getLocation();
                errors.add(file + (at == null ? "" : " line " + at.getLineNr()), null, null,
                        "not valid CSV: " + jpe.getOriginalMessage());
            } else {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    private static int newlines(String[] cells) {
        int n = 0;
        for (String cell : cells) {
            for (int i = 0; i < cell.length(); i++) {
                if (cell.charAt(i) == '\n') {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean checkHeader(String file, String[] header, List<String> allowed, Set<String> required,
                                       Errors errors) {
        int before = errors.size();
        var seen = new LinkedHashSet<String>();
        for (String column : header) {
            if (!allowed.contains(column)) {
                errors.add(file + " line 1, column \"" + column + "\"", column, column,
                        "unknown column \"" + column + "\" (expected " + String.join(",", allowed) + ")");
            } else if (!seen.add(column)) {
                errors.add(file + " line 1, column \"" + column + "\"", column, column, "column \"" + column + "\" appears twice");
            }
        }
        for (String column : required) {
            if (!seen.contains(column)) {
                errors.add(file + " line 1", column, null, "missing column \"" + column + "\"");
            }
        }
        return errors.size() == before;
    }

    // --- writing -----------------------------------------------------------------------------------------------

    public static void writeOrganisations(NetworkSnapshot snapshot, Writer out) {
        try {
            writeRow(out, ORGANISATION_COLUMNS);
            for (Organisation o : snapshot.organisations()) {
                writeRow(out, List.of(o.id(), o.name(), o.type().name(), text(o.country()), text(o.city()),
                        text(o.founded()), text(o.website()), text(o.description()), text(o.seekingPartner()),
                        o.confidence().name(), sources(o.sources())));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void writeLinks(NetworkSnapshot snapshot, Writer out) {
        boolean charters = snapshot.links().stream().anyMatch(l -> l.charter() != null);
        try {
            var header = new ArrayList<>(LINK_COLUMNS);
            if (charters) {
                header.addAll(CHARTER_COLUMNS);
            }
            writeRow(out, header);
            for (Link l : snapshot.links()) {
                var row = new ArrayList<>(List.of(l.id(), l.from(), l.to(), l.kind().name(), text(l.since()),
                        text(l.until()), l.status().name(), String.join(Link.THEME_SEPARATOR, l.themes()),
                        l.activities().stream().map(Activity::name).collect(Collectors.joining(Link.THEME_SEPARATOR)),
                        l.learning().name(), text(l.strength()), l.confidence().name(), sources(l.sources())));
                if (charters) {
                    Charter c = l.charter() == null ? new Charter(null, null, null, null) : l.charter();
                    row.addAll(List.of(text(c.organisationalResponsibilities()), text(c.reciprocalPartnership()),
                            text(c.goodPractice()), text(c.soundGovernance())));
                }
                writeRow(out, row);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String organisationsCsv(NetworkSnapshot snapshot) {
        var out = new StringWriter();
        writeOrganisations(snapshot, out);
        return out.toString();
    }

    public static String linksCsv(NetworkSnapshot snapshot) {
        var out = new StringWriter();
        writeLinks(snapshot, out);
        return out.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String sources(List<Source> sources) {
        return sources.stream()
                .map(s -> s.citation() + FieldRules.CITATION_URL_SEPARATOR + text(s.url()))
                .collect(Collectors.joining(FieldRules.SOURCE_SEPARATOR));
    }

    /** RFC 4180: CRLF line ends, and a cell is quoted only when it holds a comma, a quote or a line break. */
    private static void writeRow(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String cell = cells.get(i);
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                out.write('"');
                out.write(cell.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(cell);
            }
        }
        out.write("\r\n");
    }
}
