package org.partnershipatlas.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.validation.EntityReader;
import org.partnershipatlas.model.validation.ParsedNetwork;
import org.partnershipatlas.model.validation.SnapshotValidator;
import org.partnershipatlas.model.validation.ValidationException;

/**
 * The unit-level guarantee behind every import path: whatever a file holds — the real seed with bytes flipped,
 * fields and rows deleted or duplicated, hostile strings (NUL, U+200B, lone surrogates, very long values, 100,000
 * themes, Latin-1 bytes, formulas) — reading it either gives a snapshot that writes and reads back equal, or throws
 * {@link ValidationException} whose every error has a location and a message. Nothing else escapes, and no record
 * constructor refuses what the field checks let through ({@link EntityReader#MODEL_REFUSED}).
 *
 * <p>The inputs are the seed as shipped ({@code seed/src/main/resources/…/wales-africa.json}) and its spreadsheets
 * ({@code seed/sources/*.csv}), read from the sibling module so the fuzz follows the real data. Each try applies one to
 * five random mutations chosen by a seed that jqwik reports on failure.
 */
class ImportFuzzTest {
    private static final Path REPOSITORY = repository();
    private static final byte[] SEED_JSON = bytes("seed/src/main/resources/org/partnershipatlas/seed/wales-africa.json");
    private static final byte[] SEED_ORGANISATIONS = bytes("seed/sources/organisations.csv");
    private static final byte[] SEED_LINKS = bytes("seed/sources/links.csv");
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    /** Stand-ins replaced after serialising, for what a JSON or CSV writer would not write. */
    private static final String LONE_SURROGATE = "@@LONE_SURROGATE@@";
    private static final String LATIN1 = "@@LATIN1@@";
    private static final String ENCODED_SURROGATE = "@@ENCODED_SURROGATE@@";

    private static final List<String> HOSTILE = List.of("", " ", "   ", "\u0000", "A\u0000B", "\u200B", "\uFEFF\u200B",
            "\u202E", "\u3164", "=1+1", "=HYPERLINK(\"https://evil.example\")", "'", "''quoted", "+44", "-", "@SUM(A1)",
            "\t=cmd", "\r\n", "two\nlines", "x;y", "a;;b", "a | b", "|", "<script>alert(1)</script>",
            "'}) DETACH DELETE n //", "\uFFFD", "\uFFFF", "Caf" + LONE_SURROGATE, "Caf" + LATIN1,
            "Caf" + ENCODED_SURROGATE, "x".repeat(100_001), "ŵŷâ", "2024", "-1", "0", "4", "1e999999999",
            "99999999999999999999", "null", "true", "NaN", "2025-02-30", "9999-12-31", "2024-01-01", "https://",
            "javascript:alert(1)", "https://example.org/a", "HEALTH_LINK", "A", "ILLUSTRATIVE", "GB-WLS", "ZZ",
            "dolen-cymru", "Bad Id", "MAJOR", "PLANNED", "a | 60 | 2024", "x | sixty | ");

    private static final List<String> FIELDS = List.of("id", "name", "type", "country", "city", "founded", "dissolved",
            "website", "description", "seekingPartner", "placeholder", "confidence", "sources", "from", "to", "kind",
            "since", "until", "status", "themes", "activities", "learning", "strength", "charter", "assessments",
            "unknownField");
    private static final List<String> ASSESSMENT_FIELDS = List.of("date", "assessedBy", "charter", "factors",
            "challenges", "evaluation", "evaluationUrl", "communityInvolvement", "benefitsToWales", "benefitsToPartner",
            "funders", "fundedUntil", "exitStrategy", "outcomes", "sources", "colour");

    // --- the properties --------------------------------------------------------------------------------------------

    @Property(tries = 300)
    void readJson_mutatedSeed_givesASnapshotOrLocatedErrorsOnly(@ForAll long seed,
                                                                @ForAll @IntRange(min = 1, max = 5) int mutations) {
        var random = new Random(seed);
        ObjectNode tree = (ObjectNode) tree(SEED_JSON);
        boolean treeMutated = false;
        for (int i = 0; i < mutations; i++) {
            if (random.nextInt(3) > 0) {
                mutateTree(tree, random);
                treeMutated = true;
            }
        }
        byte[] json = withStandIns(toJson(tree));
        for (int i = 0; i < mutations; i++) {
            if (!treeMutated || random.nextInt(4) == 0) {
                json = mutateBytes(json, random);
            }
        }
        byte[] input = json;
        readsOrRefusesWithLocations("json", () -> JsonSnapshotFormat.read(new ByteArrayInputStream(input)),
                s -> JsonSnapshotFormat.read(JsonSnapshotFormat.toJson(s, false)));
        // The single-entity path of forms and the API: one object of the file, against the rest of the network.
        JsonNode entities = tree.get(random.nextBoolean() ? "organisations" : "links");
        if (entities instanceof ArrayNode array && !array.isEmpty()) {
            JsonNode entity = array.get(random.nextInt(array.size()));
            boolean organisation = tree.get("organisations") == entities;
            readsOrRefusesWithLocations("entity", () -> {
                ParsedNetwork parsed = JsonSnapshotFormat.parseEntity(new ByteArrayInputStream(
                        withStandIns(toJson(entity))), organisation ? JsonSnapshotFormat.Entity.ORGANISATION
                        : JsonSnapshotFormat.Entity.LINK, organisation ? "organisation" : "link");
                SnapshotValidator.validate(parsed, Set.of("dolen-cymru", "welsh-government"), Set.of());
                return null;
            }, s -> s);
        }
    }

    @Property(tries = 300)
    void readCsv_mutatedSeed_givesASnapshotOrLocatedErrorsOnly(@ForAll long seed,
                                                               @ForAll @IntRange(min = 1, max = 5) int mutations) {
        var random = new Random(seed);
        List<String[]> organisations = rows(SEED_ORGANISATIONS);
        List<String[]> links = rows(SEED_LINKS);
        List<String[]> assessments = random.nextInt(3) == 0 ? assessmentRows(links, random) : null;
        boolean rowsMutated = false;
        for (int i = 0; i < mutations; i++) {
            if (random.nextInt(3) > 0) {
                var file = switch (random.nextInt(assessments == null ? 2 : 3)) {
                    case 0 -> organisations;
                    case 1 -> links;
                    default -> assessments;
                };
                mutateRows(file, random);
                rowsMutated = true;
            }
        }
        byte[][] files = {csv(organisations, random), csv(links, random), assessments == null ? null : csv(assessments, random)};
        for (int i = 0; i < mutations; i++) {
            if (!rowsMutated || random.nextInt(4) == 0) {
                int which = random.nextInt(files[2] == null ? 2 : 3);
                files[which] = mutateBytes(files[which], random);
            }
        }
        readsOrRefusesWithLocations("csv", () -> CsvSnapshotFormat.read(new ByteArrayInputStream(files[0]),
                        new ByteArrayInputStream(files[1]), files[2] == null ? null : new ByteArrayInputStream(files[2])),
                ImportFuzzTest::csvRoundTrip);
        // A caller that decodes leniently (U+FFFD for bad bytes) gets the same guarantee.
        readsOrRefusesWithLocations("lenient csv", () -> CsvSnapshotFormat.read(lenient(files[0]), lenient(files[1]),
                files[2] == null ? null : lenient(files[2])), ImportFuzzTest::csvRoundTrip);
    }

    private static void readsOrRefusesWithLocations(String path, Supplier<NetworkSnapshot> read,
                                                    java.util.function.UnaryOperator<NetworkSnapshot> roundTrip) {
        NetworkSnapshot snapshot;
        try {
            snapshot = read.get();
            Statistics.label(path).collect("accepted");
        } catch (ValidationException e) {
            // How the refusals spread over the kinds of error, to see that the mutations reach every check.
            Statistics.label(path).collect(kind(e.errors().get(0)));
            assertThat(e.errors()).isNotEmpty().allSatisfy(error -> {
                assertThat(error.location()).as(error.toString()).isNotBlank();
                assertThat(error.message()).as(error.toString()).isNotBlank()
                        .doesNotStartWith(EntityReader.MODEL_REFUSED);
            });
            return;
        }
        if (snapshot != null) {
            assertThat(roundTrip.apply(snapshot)).isEqualTo(snapshot);
        }
    }

    private static String kind(org.partnershipatlas.model.validation.ValidationError error) {
        String m = error.message();
        if (m.startsWith("not UTF-8")) {
            return "not UTF-8";
        }
        if (m.startsWith("not valid")) {
            return "syntax";
        }
        if (m.contains("control character") || m.contains("surrogate") || m.contains("invisible") || m.contains("U+FFFD")
                || m.contains("noncharacter")) {
            return "text rule";
        }
        if (m.startsWith("more than") || m.startsWith("longer than")) {
            return "limit";
        }
        if (m.contains("refused, see") || m.startsWith("unknown organisation") || m.startsWith("duplicate")) {
            return "across records";
        }
        return "other field rule";
    }

    private static NetworkSnapshot csvRoundTrip(NetworkSnapshot s) {
        return CsvSnapshotFormat.read(new java.io.StringReader(CsvSnapshotFormat.organisationsCsv(s)),
                new java.io.StringReader(CsvSnapshotFormat.linksCsv(s)),
                new java.io.StringReader(CsvSnapshotFormat.assessmentsCsv(s)));
    }

    private static InputStreamReader lenient(byte[] bytes) {
        return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
    }

    // --- JSON mutations -------------------------------------------------------------------------------------------

    private static void mutateTree(ObjectNode root, Random random) {
        String arrayName = random.nextBoolean() ? "organisations" : "links";
        if (!(root.get(arrayName) instanceof ArrayNode array) || array.isEmpty()) {
            root.set(arrayName, hostileValue(random));
            return;
        }
        int index = random.nextInt(array.size());
        JsonNode item = array.get(index);
        switch (random.nextInt(9)) {
            case 0 -> array.remove(index);
            case 1 -> array.add(item.deepCopy());                                   // duplicate id
            case 2 -> {
                if (item instanceof ObjectNode object && object.size() > 0) {       // delete a field
                    var names = new ArrayList<String>();
                    object.fieldNames().forEachRemaining(names::add);
                    object.remove(names.get(random.nextInt(names.size())));
                }
            }
            case 3, 4, 5 -> {
                if (item instanceof ObjectNode object) {
                    object.set(FIELDS.get(random.nextInt(FIELDS.size())), hostileValue(random));
                }
            }
            case 6 -> {
                if (item instanceof ObjectNode object) {
                    object.set("assessments", assessments(random));
                }
            }
            case 7 -> {
                if (item instanceof ObjectNode object) {                            // 100,000 themes
                    ArrayNode themes = object.putArray("themes");
                    for (int i = 0; i < 100_000; i++) {
                        themes.add("t" + i);
                    }
                }
            }
            default -> array.set(index, hostileValue(random));
        }
    }

    private static JsonNode assessments(Random random) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            ObjectNode a = array.addObject();
            a.put("date", random.nextBoolean() ? "202" + random.nextInt(6) + "-0" + (1 + random.nextInt(9)) + "-1"
                    + random.nextInt(10) : HOSTILE.get(random.nextInt(HOSTILE.size())));
            int fields = random.nextInt(6);
            for (int f = 0; f < fields; f++) {
                String field = ASSESSMENT_FIELDS.get(random.nextInt(ASSESSMENT_FIELDS.size()));
                a.set(field, switch (field) {
                    case "factors", "charter" -> scores(random);
                    case "outcomes" -> JsonNodeFactory.instance.arrayNode().add(JsonNodeFactory.instance.objectNode()
                            .put("indicator", HOSTILE.get(random.nextInt(HOSTILE.size()))).set("value", hostileValue(random)));
                    default -> hostileValue(random);
                });
            }
        }
        return random.nextInt(10) == 0 ? hostileValue(random) : array;
    }

    private static JsonNode scores(Random random) {
        ObjectNode scores = JsonNodeFactory.instance.objectNode();
        for (String key : List.of("trust", "sharedGoals", "goodPractice", "soundGovernance", "kindness")) {
            if (random.nextBoolean()) {
                scores.put(key, random.nextInt(6) - 1);
            }
        }
        return scores;
    }

    private static JsonNode hostileValue(Random random) {
        var f = JsonNodeFactory.instance;
        return switch (random.nextInt(12)) {
            case 0 -> f.numberNode(random.nextInt(4000) - 1000);
            case 1 -> f.numberNode(new java.math.BigDecimal("1e400"));
            case 2 -> f.numberNode(new java.math.BigInteger("123456789012345678901234567890"));
            case 3 -> f.booleanNode(random.nextBoolean());
            case 4 -> f.nullNode();
            case 5 -> f.arrayNode().add(HOSTILE.get(random.nextInt(HOSTILE.size()))).add(f.objectNode());
            case 6 -> f.objectNode().put("citation", HOSTILE.get(random.nextInt(HOSTILE.size())))
                    .put("url", HOSTILE.get(random.nextInt(HOSTILE.size())));
            case 7 -> f.arrayNode().add(f.objectNode().put("citation", HOSTILE.get(random.nextInt(HOSTILE.size()))));
            default -> f.textNode(HOSTILE.get(random.nextInt(HOSTILE.size())));
        };
    }

    // --- CSV mutations --------------------------------------------------------------------------------------------

    private static void mutateRows(List<String[]> rows, Random random) {
        if (rows.isEmpty()) {
            rows.add(new String[] {HOSTILE.get(random.nextInt(HOSTILE.size()))});
            return;
        }
        int index = random.nextInt(rows.size());
        String[] row = rows.get(index);
        switch (random.nextInt(9)) {
            case 0 -> rows.remove(index);
            case 1 -> rows.add(1 + random.nextInt(rows.size()), row.clone());       // duplicate a row
            case 2 -> {                                                             // delete a cell
                if (row.length > 0) {
                    int cell = random.nextInt(row.length);
                    String[] shorter = new String[row.length - 1];
                    System.arraycopy(row, 0, shorter, 0, cell);
                    System.arraycopy(row, cell + 1, shorter, cell, row.length - cell - 1);
                    rows.set(index, shorter);
                }
            }
            case 3 -> {                                                             // drop a whole column
                int column = random.nextInt(rows.get(0).length);
                rows.replaceAll(r -> column < r.length ? remove(r, column) : r);
            }
            case 4 -> {                                                             // 100,000 themes, or sources
                if (row.length > 8) {
                    var many = new StringBuilder();
                    for (int i = 0; i < 100_000; i++) {
                        many.append(i == 0 ? "" : random.nextBoolean() ? ";" : " ;; ").append('t').append(i);
                    }
                    row[random.nextInt(row.length)] = many.toString();
                }
            }
            case 5 -> rows.set(0, Arrays.stream(rows.get(0)).map(h -> random.nextInt(8) == 0
                    ? HOSTILE.get(random.nextInt(HOSTILE.size())) : h).toArray(String[]::new));
            default -> {
                if (row.length > 0) {
                    row[random.nextInt(row.length)] = HOSTILE.get(random.nextInt(HOSTILE.size()));
                }
            }
        }
    }

    private static String[] remove(String[] row, int column) {
        var list = new ArrayList<>(Arrays.asList(row));
        list.remove(column);
        return list.toArray(String[]::new);
    }

    /** A small assessments.csv for links of the seed, its cells drawn from numbers, dates and hostile values. */
    private static List<String[]> assessmentRows(List<String[]> links, Random random) {
        var rows = new ArrayList<String[]>();
        rows.add(CsvSnapshotFormat.ASSESSMENT_COLUMNS.toArray(String[]::new));
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            String[] row = new String[CsvSnapshotFormat.ASSESSMENT_COLUMNS.size()];
            Arrays.fill(row, "");
            row[0] = links.get(1 + random.nextInt(links.size() - 1))[0];
            row[1] = "2024-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
            for (int c = 0; c < 4; c++) {
                int cell = 2 + random.nextInt(row.length - 2);
                row[cell] = random.nextBoolean() ? String.valueOf(random.nextInt(5) - 1)
                        : HOSTILE.get(random.nextInt(HOSTILE.size()));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The rows as CSV bytes: quoted as RFC 4180 (or, sometimes, not quoted at all), stand-ins replaced. */
    private static byte[] csv(List<String[]> rows, Random random) {
        boolean quote = random.nextInt(10) > 0;
        var out = new StringBuilder(random.nextInt(10) == 0 ? "\uFEFF" : "");
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                String cell = row[i];
                boolean needs = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
                out.append(i == 0 ? "" : ",").append(quote && needs ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            out.append("\r\n");
        }
        return withStandIns(out.toString());
    }

    // --- bytes ----------------------------------------------------------------------------------------------------

    private static byte[] mutateBytes(byte[] bytes, Random random) {
        if (bytes.length == 0) {
            return new byte[] {(byte) random.nextInt(256)};
        }
        int at = random.nextInt(bytes.length);
        int length = 1 + random.nextInt(Math.min(64, bytes.length - at));
        var out = new ByteArrayOutputStream(bytes.length + 64);
        switch (random.nextInt(6)) {
            case 0 -> {                                                             // flip bytes
                byte[] copy = bytes.clone();
                for (int i = 0; i < 1 + random.nextInt(8); i++) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
                return copy;
            }
            case 1 -> {                                                             // delete a range
                out.write(bytes, 0, at);
                out.write(bytes, at + length, bytes.length - at - length);
            }
            case 2 -> {                                                             // duplicate a range
                out.write(bytes, 0, at + length);
                out.write(bytes, at, bytes.length - at);
            }
            case 3 -> {                                                             // insert Latin-1 or broken UTF-8
                out.write(bytes, 0, at);
                byte[][] inserts = {{(byte) 0xE9}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        {(byte) 0xFF, (byte) 0xFE}, {0}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
                out.writeBytes(inserts[random.nextInt(inserts.length)]);
                out.write(bytes, at, bytes.length - at);
            }
            case 4 -> out.write(bytes, 0, at);                                      // truncate
            default -> {                                                            // a byte-order mark anywhere
                out.write(bytes, 0, at);
                out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                out.write(bytes, at, bytes.length - at);
            }
        }
        return out.toByteArray();
    }

    /** UTF-8 bytes of {@code text} with the stand-ins replaced by what no writer would write. */
    private static byte[] withStandIns(String text) {
        String escaped = text.replace(LONE_SURROGATE, "\\ud800");
        byte[] utf8 = escaped.getBytes(StandardCharsets.UTF_8);
        utf8 = replace(utf8, LATIN1, new byte[] {(byte) 0xE9});
        return replace(utf8, ENCODED_SURROGATE, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
    }

    private static byte[] replace(byte[] bytes, String marker, byte[] with) {
        byte[] m = marker.getBytes(StandardCharsets.US_ASCII);
        var out = new ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; ) {
            if (i + m.length <= bytes.length && Arrays.equals(bytes, i, i + m.length, m, 0, m.length)) {
                out.writeBytes(with);
                i += m.length;
            } else {
                out.write(bytes[i++]);
            }
        }
        return out.toByteArray();
    }

    // --- inputs ---------------------------------------------------------------------------------------------------

    private static JsonNode tree(byte[] json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String toJson(JsonNode node) {
        try {
            return Json.mapper().writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> rows(byte[] csv) {
        try (var it = CSV.readerFor(String[].class).<String[]>readValues(csv)) {
            return new ArrayList<>(it.readAll());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository root: the parent of graph-model, where the tests run. */
    private static Path repository() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("seed/sources")) && Files.isDirectory(p.resolve("graph-model"))) {
                return p;
            }
        }
        throw new IllegalStateException("the seed module is not beside graph-model (looked upwards from " + here + ")");
    }

    private static byte[] bytes(String path) {
        try {
            return Files.readAllBytes(REPOSITORY.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
