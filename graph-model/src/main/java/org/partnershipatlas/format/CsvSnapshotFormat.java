package org.partnershipatlas.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import org.partnershipatlas.model.Assessment;
import org.partnershipatlas.model.Challenge;
import org.partnershipatlas.model.CharterFoundation;
import org.partnershipatlas.model.Factor;
import org.partnershipatlas.model.Ids;
import org.partnershipatlas.model.Keyed;
import org.partnershipatlas.model.Limits;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.validation.EntityReader;
import org.partnershipatlas.model.validation.Errors;
import org.partnershipatlas.model.validation.FieldSource;
import org.partnershipatlas.model.validation.Located;
import org.partnershipatlas.model.validation.ParsedNetwork;
import org.partnershipatlas.model.validation.Refused;
import org.partnershipatlas.model.validation.SnapshotValidator;
import org.partnershipatlas.model.validation.ValidationException;

/**
 * The spreadsheet format of docs/FORMAT.md: {@code organisations.csv}, {@code links.csv} and the optional
 * {@code assessments.csv}, UTF-8, a header row, RFC 4180 quoting; lists separated by {@code ;}, sources as
 * {@code citation | url} items separated by {@code " ;; "}.
 *
 * <ul>
 *   <li>{@code organisations.csv} may carry the optional columns {@code dissolved,placeholder}, written only when some
 *       organisation has one of them, so files without keep exactly the eleven columns of the contract.</li>
 *   <li>{@code links.csv} may carry the optional column {@code last_evidence} (the year of the latest dated source),
 *       written only when some link has one.</li>
 *   <li>{@code links.csv} may carry the older single Charter self-assessment in four optional columns
 *       ({@code charter_organisational_responsibilities}, …): read as one undated assessment, never written.</li>
 *   <li>{@code assessments.csv} holds one row per assessment, in each link's order (oldest first).</li>
 * </ul>
 *
 * <p>Input is UTF-8 only: read from bytes, the first byte that is not UTF-8 is refused with its line and byte offset;
 * a UTF-8 byte-order mark at the start (Excel's "CSV UTF-8") is skipped. Every cell written is
 * {@linkplain CsvCells#defuse formula-defused} and every cell read loses the one leading apostrophe that adds, so
 * export → import is lossless.
 *
 * <p>Countries are not in the spreadsheet: organisation countries must be codes the product knows.
 */
public final class CsvSnapshotFormat {
    public static final String ORGANISATIONS_FILE = "organisations.csv";
    public static final String LINKS_FILE = "links.csv";
    public static final String ASSESSMENTS_FILE = "assessments.csv";

    /** The contract's eleven columns of {@code organisations.csv}. */
    public static final List<String> ORGANISATION_COLUMNS = columns(EntityReader.ORGANISATION_FIELDS,
            Set.of("dissolved", "placeholder"));
    /** Optional columns of {@code organisations.csv}, after the others. */
    public static final List<String> ORGANISATION_OPTIONAL_COLUMNS = List.of("dissolved", "placeholder");
    /** The contract's thirteen columns of {@code links.csv}. */
    public static final List<String> LINK_COLUMNS = columns(EntityReader.LINK_FIELDS,
            Set.of("charter", "assessments", "lastEvidence"));
    /** Optional columns of {@code links.csv}, after the others. */
    public static final List<String> LINK_OPTIONAL_COLUMNS = List.of("last_evidence");
    /** The older single charter's optional columns of {@code links.csv} (read only). */
    public static final List<String> CHARTER_COLUMNS = nested("charter", CharterFoundation.class);
    /** The columns of {@code assessments.csv}, in order. */
    public static final List<String> ASSESSMENT_COLUMNS = Stream.of(
            List.of("link", "date", "assessed_by"),
            nested("charter", CharterFoundation.class),
            nested("factors", Factor.class),
            nested("challenges", Challenge.class),
            List.of("evaluation", "evaluation_url", "community_involvement", "benefits_to_wales", "benefits_to_partner",
                    "funders", "funded_until", "exit_strategy", "outcomes", "sources"))
            .flatMap(List::stream).toList();

    private static final Set<String> REQUIRED_ORGANISATION_COLUMNS = Set.of("id", "name", "type", "confidence");
    private static final Set<String> REQUIRED_LINK_COLUMNS = Set.of("id", "from", "to", "kind", "confidence");
    private static final Set<String> REQUIRED_ASSESSMENT_COLUMNS = Set.of("link", "date");

    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private CsvSnapshotFormat() {
    }

    private static List<String> columns(Set<String> fields, Set<String> leaveOut) {
        return fields.stream().filter(f -> !leaveOut.contains(f)).map(CsvFieldSource::column).toList();
    }

    private static <K extends Enum<K> & Keyed> List<String> nested(String field, Class<K> type) {
        return Stream.of(type.getEnumConstants())
                .map(k -> CsvFieldSource.nestedPrefix(field) + CsvFieldSource.column(k.key())).toList();
    }

    // --- reading -----------------------------------------------------------------------------------------------

    /** Reads and validates both files as one network. @throws ValidationException listing every problem */
    public static NetworkSnapshot read(Reader organisations, Reader links) {
        return SnapshotValidator.validate(parse(organisations, links));
    }

    /** Reads and validates the three files ({@code assessments} may be {@code null}) as one network. */
    public static NetworkSnapshot read(Reader organisations, Reader links, Reader assessments) {
        return SnapshotValidator.validate(parse(organisations, links, assessments));
    }

    /** Reads and validates the files as UTF-8 bytes ({@code assessments} may be {@code null}). */
    public static NetworkSnapshot read(InputStream organisations, InputStream links, InputStream assessments) {
        return SnapshotValidator.validate(parse(organisations, links, assessments));
    }

    /** Parses both files into records and field errors, without the rules across records. */
    public static ParsedNetwork parse(Reader organisations, Reader links) {
        return parse(organisations, links, null);
    }

    /**
     * Parses the files as UTF-8 bytes into records and field errors, without the rules across records; bytes that
     * are not UTF-8 are an error naming the file, line and byte offset.
     */
    public static ParsedNetwork parse(InputStream organisations, InputStream links, InputStream assessments) {
        return parse(new StrictUtf8Reader(organisations), new StrictUtf8Reader(links),
                assessments == null ? null : new StrictUtf8Reader(assessments));
    }

    /**
     * Parses the three files ({@code assessments} may be {@code null}: the links' stored assessments are kept, see
     * {@link ParsedNetwork#assessmentsOmitted()}; an empty file with its header clears them) into records and field errors,
     * without the rules across records. An assessment row names its link by id; the link must be in
     * {@code links.csv}.
     */
    public static ParsedNetwork parse(Reader organisations, Reader links, Reader assessments) {
        Errors errors = new Errors();
        var network = new ParsedNetwork.Builder(errors);
        readFile(ORGANISATIONS_FILE, organisations, concat(ORGANISATION_COLUMNS, ORGANISATION_OPTIONAL_COLUMNS),
                REQUIRED_ORGANISATION_COLUMNS, errors, network::organisation);
        readFile(LINKS_FILE, links, concat(concat(LINK_COLUMNS, CHARTER_COLUMNS), LINK_OPTIONAL_COLUMNS),
                REQUIRED_LINK_COLUMNS, errors, network::link);
        if (assessments == null) {
            return network.build().withAssessmentsOmitted();
        }
        var rows = new ArrayList<FieldSource>();
        readFile(ASSESSMENTS_FILE, assessments, ASSESSMENT_COLUMNS, REQUIRED_ASSESSMENT_COLUMNS, errors, rows::add);
        attachAssessments(network, rows, errors);
        return network.build();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Adds each row of {@code assessments.csv} to its link, in file order, checking the order per link. */
    private static void attachAssessments(ParsedNetwork.Builder network, List<FieldSource> rows, Errors errors) {
        List<Located<Link>> links = network.links();
        Map<String, Integer> linkIndex = new HashMap<>();
        for (int i = 0; i < links.size(); i++) {
            linkIndex.put(links.get(i).value().id(), i);
        }
        Map<String, Refused> refusedLinks = new HashMap<>();
        network.refused().stream().filter(r -> r.what().equals(Refused.LINK) && r.id() != null)
                .forEach(r -> refusedLinks.putIfAbsent(r.id(), r));
        Map<Integer, List<Assessment>> added = new LinkedHashMap<>();
        for (FieldSource row : rows) {
            String linkId = row.text("link", errors).orElse(null);
            var assessment = EntityReader.readAssessment(row, errors);
            if (linkId == null) {
                errors.add(row.location("link"), "link", null, "missing link (the id of a link in " + LINKS_FILE + ")");
                continue;
            }
            Integer index = linkIndex.get(linkId);
            if (index == null) {
                Refused refused = refusedLinks.get(linkId);
                errors.add(row.location("link"), "link", linkId, refused != null
                        ? "link \"" + linkId + "\" was refused, see " + refused.source().location()
                        : Ids.isValidId(linkId) ? "unknown link \"" + linkId + "\" (an assessment's link must be in "
                        + LINKS_FILE + ")" : "not a valid link id");
                continue;
            }
            if (assessment.isEmpty()) {
                continue;
            }
            Link link = links.get(index).value();
            List<Assessment> list = added.computeIfAbsent(index, i -> new ArrayList<>(link.assessments()));
            Assessment previous = list.isEmpty() ? null : list.get(list.size() - 1);
            String problem = Assessment.orderProblem(previous, assessment.get());
            if (problem != null) {
                errors.add(row.location("date"), "date", String.valueOf(assessment.get().date()), problem);
            } else if (list.size() == Limits.MAX_ASSESSMENTS) {
                errors.add(row.location("link"), "link", linkId, "more than " + Limits.MAX_ASSESSMENTS
                        + " assessments of link \"" + linkId + "\"");
            }
            list.add(assessment.get());
        }
        added.forEach((index, assessments) -> {
            Located<Link> located = links.get(index);
            try {
                links.set(index, new Located<>(located.value().withAssessments(assessments), located.source()));
            } catch (IllegalArgumentException e) {
                // Reported above with the row it comes from; this link is then not stored (the file has errors).
                if (errors.isEmpty()) {
                    errors.add(located.source().location(), null, null, EntityReader.MODEL_REFUSED + e.getMessage());
                }
            }
        });
    }

    /** Reads one file row by row, handing each row (as a {@link FieldSource}) to {@code row}. */
    private static void readFile(String file, Reader reader, List<String> allowed, Set<String> required, Errors errors,
                                 Consumer<FieldSource> row) {
        long[] reached = {1}; // the line being read, for a decoding error of a reader that is not ours
        try (MappingIterator<String[]> rows = MAPPER.readerFor(String[].class).readValues(withoutBom(reader))) {
            if (!rows.hasNext()) {
                errors.add(file + " line 1", null, null, "empty file: expected a header row (" + String.join(",", allowed) + ")");
                return;
            }
            String[] header = rows.next();
            if (!checkHeader(file, header, allowed, required, errors)) {
                return;
            }
            long line = 2;
            reached[0] = line;
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
                    byColumn.put(header[i], CsvCells.undefuse(cells[i]));
                }
                row.accept(new CsvFieldSource(file, rowLine, byColumn));
                reached[0] = line;
            }
        } catch (StrictUtf8Reader.NotUtf8Exception e) {
            notUtf8(file, e, errors);
        } catch (CharacterCodingException e) {
            notDecodable(file, reached[0], errors);
        } catch (JsonProcessingException e) {
            notCsv(file, e, errors);
        } catch (RuntimeException e) {
            // MappingIterator wraps what the parser throws.
            if (e.getCause() instanceof StrictUtf8Reader.NotUtf8Exception notUtf8) {
                notUtf8(file, notUtf8, errors);
            } else if (e.getCause() instanceof CharacterCodingException) {
                notDecodable(file, reached[0], errors);
            } else if (e.getCause() instanceof JsonProcessingException jpe) {
                if (jpe.getCause() instanceof StrictUtf8Reader.NotUtf8Exception notUtf8) {
                    notUtf8(file, notUtf8, errors);
                } else {
                    notCsv(file, jpe, errors);
                }
            } else {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void notUtf8(String file, StrictUtf8Reader.NotUtf8Exception e, Errors errors) {
        errors.add(file + " line " + e.line() + ", byte offset " + e.byteOffset(), null, e.found(),
                "not UTF-8 (" + e.found() + "): save the file as UTF-8 (in Excel: \"CSV UTF-8\")");
    }

    /** A strict reader of the caller's (e.g. {@code Files.newBufferedReader}) met bytes that are not UTF-8. */
    private static void notDecodable(String file, long line, Errors errors) {
        errors.add(file + " line " + line, null, null, "not UTF-8 (at this line or soon after it): save the file as "
                + "UTF-8 (in Excel: \"CSV UTF-8\")");
    }

    private static void notCsv(String file, JsonProcessingException e, Errors errors) {
        JsonLocation at = e.getLocation();
        errors.add(file + (at == null ? "" : " line " + at.getLineNr()), null, null,
                "not valid CSV: " + e.getOriginalMessage());
    }

    /** A reader without the byte-order mark a decoded file may still start with. */
    private static Reader withoutBom(Reader reader) throws IOException {
        if (reader instanceof StrictUtf8Reader) {
            return reader;
        }
        var pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first >= 0 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
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
                errors.add(file + " line 1, column \"" + shortened(column) + "\"", column, column,
                        "unknown column \"" + shortened(column) + "\" (expected " + String.join(",", allowed) + ")");
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

    private static String shortened(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    // --- writing (CsvSnapshotWriter) ---------------------------------------------------------------------------

    /** {@code organisations.csv}; the optional {@code dissolved,placeholder} columns only where some organisation has one. */
    public static void writeOrganisations(NetworkSnapshot snapshot, Writer out) {
        CsvSnapshotWriter.writeOrganisations(snapshot, out);
    }

    /** {@code links.csv}: the thirteen columns, {@code last_evidence} only where some link has one. */
    public static void writeLinks(NetworkSnapshot snapshot, Writer out) {
        CsvSnapshotWriter.writeLinks(snapshot, out);
    }

    /** {@code assessments.csv}: one row per assessment, each link's oldest first. */
    public static void writeAssessments(NetworkSnapshot snapshot, Writer out) {
        CsvSnapshotWriter.writeAssessments(snapshot, out);
    }

    public static String organisationsCsv(NetworkSnapshot snapshot) {
        return CsvSnapshotWriter.organisationsCsv(snapshot);
    }

    public static String linksCsv(NetworkSnapshot snapshot) {
        return CsvSnapshotWriter.linksCsv(snapshot);
    }

    public static String assessmentsCsv(NetworkSnapshot snapshot) {
        return CsvSnapshotWriter.assessmentsCsv(snapshot);
    }
}
