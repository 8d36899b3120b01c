package org.partnershipatlas.format;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import org.partnershipatlas.model.Assessment;
import org.partnershipatlas.model.Challenge;
import org.partnershipatlas.model.CharterFoundation;
import org.partnershipatlas.model.Factor;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Outcome;
import org.partnershipatlas.model.Source;
import org.partnershipatlas.model.validation.FieldRules;

/**
 * Writes the spreadsheet files of {@link CsvSnapshotFormat} (kept apart from the reading, which is the larger half).
 * Optional columns are written only when some record has a value for them, so files without keep exactly the
 * contract's columns.
 */
final class CsvSnapshotWriter {
    private CsvSnapshotWriter() {
    }

    /** {@code organisations.csv}; the optional {@code dissolved,placeholder} columns only where some organisation has one. */
    static void writeOrganisations(NetworkSnapshot snapshot, Writer out) {
        boolean optional = snapshot.organisations().stream().anyMatch(o -> o.dissolved() != null || o.placeholder());
        try {
            writeRow(out, optional ? concat(CsvSnapshotFormat.ORGANISATION_COLUMNS, CsvSnapshotFormat.ORGANISATION_OPTIONAL_COLUMNS)
                    : CsvSnapshotFormat.ORGANISATION_COLUMNS);
            for (Organisation o : snapshot.organisations()) {
                var row = new ArrayList<>(List.of(o.id(), o.name(), o.type().name(), text(o.country()), text(o.city()),
                        text(o.founded()), text(o.website()), text(o.description()), text(o.seekingPartner()),
                        o.confidence().name(), sources(o.sources())));
                if (optional) {
                    row.add(text(o.dissolved()));
                    row.add(o.placeholder() ? "true" : "");
                }
                writeRow(out, row);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code links.csv}: the thirteen columns, and the optional {@code last_evidence} only where some link has one;
     * assessments go to {@code assessments.csv}.
     */
    static void writeLinks(NetworkSnapshot snapshot, Writer out) {
        boolean optional = snapshot.links().stream().anyMatch(l -> l.lastEvidence() != null);
        try {
            writeRow(out, optional ? concat(CsvSnapshotFormat.LINK_COLUMNS, CsvSnapshotFormat.LINK_OPTIONAL_COLUMNS)
                    : CsvSnapshotFormat.LINK_COLUMNS);
            for (Link l : snapshot.links()) {
                var row = new ArrayList<>(List.of(l.id(), l.from(), l.to(), l.kind().name(), text(l.since()),
                        text(l.until()), l.status().name(), String.join(Link.THEME_SEPARATOR, l.themes()),
                        l.activities().stream().map(Enum::name).collect(Collectors.joining(";")),
                        l.learning().name(), text(l.strength()), l.confidence().name(), sources(l.sources())));
                if (optional) {
                    row.add(text(l.lastEvidence()));
                }
                writeRow(out, row);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code assessments.csv}: one row per assessment, each link's oldest first. */
    static void writeAssessments(NetworkSnapshot snapshot, Writer out) {
        try {
            writeRow(out, CsvSnapshotFormat.ASSESSMENT_COLUMNS);
            for (Link l : snapshot.links()) {
                for (Assessment a : l.assessments()) {
                    writeRow(out, assessmentRow(l.id(), a));
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> assessmentRow(String linkId, Assessment a) {
        var row = new ArrayList<String>(CsvSnapshotFormat.ASSESSMENT_COLUMNS.size());
        row.add(linkId);
        row.add(text(a.date()));
        row.add(text(a.assessedBy()));
        for (CharterFoundation f : CharterFoundation.values()) {
            row.add(a.charter() == null ? "" : text(a.charter().score(f)));
        }
        for (Factor f : Factor.values()) {
            row.add(text(a.factors().get(f)));
        }
        for (Challenge c : Challenge.values()) {
            row.add(text(a.challenges().get(c)));
        }
        row.add(text(a.evaluation()));
        row.add(text(a.evaluationUrl()));
        row.add(text(a.communityInvolvement()));
        row.add(text(a.benefitsToWales()));
        row.add(text(a.benefitsToPartner()));
        row.add(String.join(Assessment.FUNDER_SEPARATOR, a.funders()));
        row.add(text(a.fundedUntil()));
        row.add(text(a.exitStrategy()));
        row.add(a.outcomes().stream().map(CsvSnapshotWriter::outcome).collect(Collectors.joining(FieldRules.SOURCE_SEPARATOR)));
        row.add(sources(a.sources()));
        return row;
    }

    /** {@code indicator | value | year}, and {@code  | source} where there is one. */
    private static String outcome(Outcome o) {
        String item = o.indicator() + " | " + o.value().toPlainString() + " | " + text(o.year());
        return o.source() == null ? item : item + " | " + o.source();
    }

    static String organisationsCsv(NetworkSnapshot snapshot) {
        return text(snapshot, CsvSnapshotWriter::writeOrganisations);
    }

    static String linksCsv(NetworkSnapshot snapshot) {
        return text(snapshot, CsvSnapshotWriter::writeLinks);
    }

    static String assessmentsCsv(NetworkSnapshot snapshot) {
        return text(snapshot, CsvSnapshotWriter::writeAssessments);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String text(NetworkSnapshot snapshot, BiConsumer<NetworkSnapshot, Writer> write) {
        var out = new StringWriter();
        write.accept(snapshot, out);
        return out.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof Enum<?> e ? e.name() : value.toString();
    }

    private static String sources(List<Source> sources) {
        return sources.stream()
                .map(s -> s.citation() + FieldRules.CITATION_URL_SEPARATOR + text(s.url()))
                .collect(Collectors.joining(FieldRules.SOURCE_SEPARATOR));
    }

    /**
     * RFC 4180: CRLF line ends, and a cell is quoted only when it holds a comma, a quote or a line break; every cell
     * {@linkplain CsvCells#defuse formula-defused} first.
     */
    private static void writeRow(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String cell = CsvCells.defuse(cells.get(i));
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
