package org.partnershipatlas.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Networks;
import org.partnershipatlas.model.validation.ValidationError;
import org.partnershipatlas.model.validation.ValidationException;

/**
 * What the fuzzing probe of issue 11 found, each fixed where every path (file, form, API) meets it: in the value
 * types' rules and the shared validation, every refusal located.
 */
class ImportHardeningTest {
    private static final String ORG_HEADER =
            "id,name,type,country,city,founded,website,description,seeking_partner,confidence,sources\r\n";
    private static final String LINK_HEADER =
            "id,from,to,kind,since,until,status,themes,activities,learning,strength,confidence,sources\r\n";

    private static List<ValidationError> jsonErrors(String json) {
        try {
            JsonSnapshotFormat.read(json);
        } catch (ValidationException e) {
            return e.errors();
        }
        throw new AssertionError("accepted: " + json);
    }

    private static List<ValidationError> jsonErrors(byte[] json) {
        try {
            JsonSnapshotFormat.read(new ByteArrayInputStream(json));
        } catch (ValidationException e) {
            return e.errors();
        }
        throw new AssertionError("accepted");
    }

    private static List<ValidationError> csvErrors(byte[] organisations, byte[] links) {
        try {
            CsvSnapshotFormat.read(new ByteArrayInputStream(organisations), new ByteArrayInputStream(links), null);
        } catch (ValidationException e) {
            return e.errors();
        }
        throw new AssertionError("accepted");
    }

    private static String organisations(String... objects) {
        return "{\"format\": \"partnership-atlas/1\", \"organisations\": [" + String.join(",", objects) + "]";
    }

    private static String org(String id, String nameJson) {
        return "{\"id\": \"" + id + "\", \"name\": " + nameJson + ", \"type\": \"NGO\", \"confidence\": \"ILLUSTRATIVE\"}";
    }

    // --- 1. one record's mistake does not stop the check of the rest ---------------------------------------------

    @Test
    void read_whitespaceOnlyName_isALocatedErrorBesideTheOthers() {
        String json = organisations(org("a", "\"   \""), "{\"id\": \"b\", \"name\": \"B\", \"type\": \"SPACESHIP\", "
                + "\"confidence\": \"ILLUSTRATIVE\"}") + "}";
        assertThat(jsonErrors(json)).extracting(ValidationError::toString).containsExactlyInAnyOrder(
                "organisations[0].name: has only spaces or invisible characters",
                "organisations[1].type: \"SPACESHIP\" is not one of HEALTH_BOARD, NHS_TRUST, GOVERNMENT, "
                        + "COORDINATION_BODY, NETWORK, NGO, HOSPITAL, UNIVERSITY, COMMUNITY_ORGANISATION, "
                        + "DIASPORA_ORGANISATION, FAITH_GROUP, SCHOOL, MULTILATERAL, PROFESSIONAL_BODY, OTHER");
    }

    @Test
    void read_linkWithAFieldErrorAndAnUnknownEnd_reportsBoth() {
        String json = organisations(org("a", "\"A\"")) + ", \"links\": [{\"id\": \"l1\", \"from\": \"a\", \"to\": \"xyz\","
                + " \"kind\": \"HEALTH_LINK\", \"strength\": 9, \"confidence\": \"ILLUSTRATIVE\"}]}";
        assertThat(jsonErrors(json)).extracting(ValidationError::toString).containsExactlyInAnyOrder(
                "links[0].strength: must be 1-5",
                "links[0].to: unknown organisation \"xyz\"");
    }

    @Test
    void read_linkToARefusedOrganisation_pointsAtThatOrganisationsErrors() {
        String json = organisations(org("a", "\"A\""), org("b", "\"\\u200B\"")) + ", \"links\": [{\"id\": \"l1\", "
                + "\"from\": \"a\", \"to\": \"b\", \"kind\": \"HEALTH_LINK\", \"confidence\": \"ILLUSTRATIVE\"}]}";
        assertThat(jsonErrors(json)).extracting(ValidationError::toString).containsExactly(
                "organisations[1].name: has only spaces or invisible characters",
                "links[0].to: organisation \"b\" was refused, see organisations[1]");
    }

    @Test
    void readCsv_linkToARefusedOrganisation_pointsAtItsLine() {
        byte[] orgs = (ORG_HEADER + "a,A,NGO,GB-WLS,,,,,,ILLUSTRATIVE,\r\nb,B,NGO,GB-WLS,,nineteen,,,,ILLUSTRATIVE,\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] links = (LINK_HEADER + "l1,a,b,HEALTH_LINK,,,UNKNOWN,,,UNKNOWN,,ILLUSTRATIVE,\r\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(csvErrors(orgs, links)).extracting(ValidationError::toString).containsExactly(
                "organisations.csv line 3, column \"founded\": expected a whole number, found \"nineteen\"",
                "links.csv line 2, column \"to\": organisation \"b\" was refused, see organisations.csv line 3");
    }

    // --- 2. hostile text ----------------------------------------------------------------------------------------

    @Test
    void read_hostileText_isRefusedNamingPathFieldAndValue() {
        String json = organisations(
                org("nul", "\"A\\u0000B\""),
                org("zwsp", "\"\\u200B\\uFEFF\""),
                org("lone", "\"Caf\\ud800\""),
                "{\"id\": \"city\", \"name\": \"C\", \"type\": \"NGO\", \"city\": \"Car\\u0007diff\", "
                        + "\"description\": \"two\\nlines\\tand a tab\", \"confidence\": \"ILLUSTRATIVE\"}",
                "{\"id\": \"long\", \"name\": \"" + "x".repeat(201) + "\", \"type\": \"NGO\", \"confidence\": \"ILLUSTRATIVE\"}")
                + "}";
        List<ValidationError> errors = jsonErrors(json);
        assertThat(errors).extracting(ValidationError::location).containsExactly("organisations[0].name",
                "organisations[1].name", "organisations[2].name", "organisations[3].city", "organisations[4].name");
        assertThat(errors.get(0).message()).isEqualTo("contains the control character U+0000 at character 2 "
                + "(line breaks and tabs are allowed only in long text)");
        assertThat(errors.get(0).value()).isEqualTo("A\u0000B");
        assertThat(errors.get(0).field()).isEqualTo("name");
        assertThat(errors.get(2).message()).contains("lone surrogate U+D800");
        assertThat(errors.get(4).message()).isEqualTo("longer than 200 characters (201)");
    }

    @Test
    void read_loneSurrogateInUtf8Bytes_isRefusedNotStoredAsQuestionMark() {
        // ED A0 80 is U+D800 encoded as if it were a character: not UTF-8.
        byte[] head = organisations("{\"id\": \"a\", \"name\": \"Caf").getBytes(StandardCharsets.UTF_8);
        byte[] json = concat(head, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                "\", \"type\": \"NGO\", \"confidence\": \"ILLUSTRATIVE\"}]}".getBytes(StandardCharsets.UTF_8));
        assertThat(jsonErrors(json)).singleElement().satisfies(e -> {
            assertThat(e.location()).isEqualTo("JSON line 1, byte offset " + head.length);
            assertThat(e.message()).contains("not UTF-8").contains("0xED");
        });
    }

    @Test
    void read_limitsPerList_refusedOnceEvenFor100000Themes() {
        StringBuilder themes = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            themes.append(i == 0 ? "" : ",").append("\"t").append(i).append('"');
        }
        String json = organisations(org("a", "\"A\""), org("b", "\"B\"")) + ", \"links\": [{\"id\": \"l1\", "
                + "\"from\": \"a\", \"to\": \"b\", \"kind\": \"HEALTH_LINK\", \"themes\": [" + themes + "], "
                + "\"confidence\": \"ILLUSTRATIVE\"}]}";
        assertThat(jsonErrors(json)).extracting(ValidationError::toString)
                .containsExactly("links[0].themes: more than 50 items (100000)");
    }

    @Test
    void readCsv_tooManySourcesAndTooLongTheme_areRefusedWithColumn() {
        String sources = String.join(" ;; ", java.util.Collections.nCopies(51, "cited | "));
        byte[] orgs = (ORG_HEADER + "a,A,NGO,GB-WLS,,,,,,A,\"" + sources + "\"\r\nb,B,NGO,LS,,,,,,ILLUSTRATIVE,\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] links = (LINK_HEADER + "l1,a,b,HEALTH_LINK,,,,ok;" + "y".repeat(201) + ",,,,ILLUSTRATIVE,\r\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(csvErrors(orgs, links)).extracting(ValidationError::toString).containsExactly(
                "organisations.csv line 2, column \"sources\": more than 50 sources (51)",
                "links.csv line 2, column \"themes\": theme longer than 200 characters (201)",
                "links.csv line 2, column \"from\": organisation \"a\" was refused, see organisations.csv line 2");
    }

    // --- 3. UTF-8 only; a byte-order mark is fine -----------------------------------------------------------------

    @Test
    void readCsv_latin1Bytes_areRefusedNamingFileLineAndByteOffset() {
        byte[] orgs = (ORG_HEADER + "a,Caf\u00e9,NGO,GB-WLS,,,,,,ILLUSTRATIVE,\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] links = LINK_HEADER.getBytes(StandardCharsets.UTF_8);
        int offset = ORG_HEADER.length() + "a,Caf".length();
        assertThat(csvErrors(orgs, links)).extracting(ValidationError::toString).containsExactly(
                "organisations.csv line 2, byte offset " + offset + ": not UTF-8 (byte 0xE9): save the file as UTF-8 "
                        + "(in Excel: \"CSV UTF-8\")");
    }

    @Test
    void readCsv_latin1DecodedLossily_isRefusedAtTheCellWithU_FFFD() {
        // A caller that decodes with a forgiving reader still cannot store the lost text.
        byte[] orgs = (ORG_HEADER + "a,Caf\u00e9,NGO,GB-WLS,,,,,,ILLUSTRATIVE,\r\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CsvSnapshotFormat.read(
                new InputStreamReader(new ByteArrayInputStream(orgs), StandardCharsets.UTF_8), new StringReader(LINK_HEADER)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.location()).isEqualTo("organisations.csv line 2, column \"name\"");
                            assertThat(error.message()).contains("U+FFFD");
                        }));
    }

    @Test
    void readCsv_strictReaderOfTheCaller_meetingLatin1_isALocatedError() {
        // What Files.newBufferedReader(path, UTF_8) gives, as the analytics CLI does.
        byte[] orgs = (ORG_HEADER + "a,Caf\u00e9,NGO,GB-WLS,,,,,,ILLUSTRATIVE,\r\n").getBytes(StandardCharsets.ISO_8859_1);
        var strict = new InputStreamReader(new ByteArrayInputStream(orgs), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT));
        assertThatThrownBy(() -> CsvSnapshotFormat.read(strict, new StringReader(LINK_HEADER)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.location()).startsWith("organisations.csv line ");
                            assertThat(error.message()).startsWith("not UTF-8");
                        }));
    }

    @Test
    void readCsv_utf8ByteOrderMark_isAcceptedFromBytesAndFromText() {
        NetworkSnapshot expected = CsvSnapshotFormat.read(new StringReader(CsvSnapshotFormat.organisationsCsv(Networks.small())),
                new StringReader(CsvSnapshotFormat.linksCsv(Networks.small())));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        InputStream orgs = new ByteArrayInputStream(concat(bom,
                CsvSnapshotFormat.organisationsCsv(Networks.small()).getBytes(StandardCharsets.UTF_8)));
        InputStream links = new ByteArrayInputStream(concat(bom,
                CsvSnapshotFormat.linksCsv(Networks.small()).getBytes(StandardCharsets.UTF_8)));
        assertThat(CsvSnapshotFormat.read(orgs, links, null)).isEqualTo(expected);
        assertThat(CsvSnapshotFormat.read(new StringReader("\uFEFF" + CsvSnapshotFormat.organisationsCsv(Networks.small())),
                new StringReader("\uFEFF" + CsvSnapshotFormat.linksCsv(Networks.small())))).isEqualTo(expected);
    }

    @Test
    void readJson_utf16OrLatin1_isRefused_butAUtf8ByteOrderMarkIsFine() {
        String json = JsonSnapshotFormat.toJson(Networks.small(), true);
        assertThat(jsonErrors(json.getBytes(StandardCharsets.UTF_16))).singleElement()
                .satisfies(e -> assertThat(e.location()).isEqualTo("JSON line 1, byte offset 0"));
        assertThat(jsonErrors(json.replace("Dolen Cymru\"", "Dolen Cymr\u00fc\"").getBytes(StandardCharsets.ISO_8859_1)))
                .singleElement().satisfies(e -> assertThat(e.message()).contains("0xFC"));
        byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, json.getBytes(StandardCharsets.UTF_8));
        assertThat(JsonSnapshotFormat.read(new ByteArrayInputStream(withBom))).isEqualTo(Networks.small());
    }

    // --- 4. formula defusing --------------------------------------------------------------------------------------

    @Test
    void writeCsv_cellsThatWouldRunAsFormulas_getOneApostrophe_andReadBackExactly() {
        String orgs = ORG_HEADER + "a,\"'=HYPERLINK(\"\"https://evil.example\"\")\",NGO,GB-WLS,'@cmd,,,'''quoted,,"
                + "ILLUSTRATIVE,\r\n";
        NetworkSnapshot read = CsvSnapshotFormat.read(new StringReader(orgs), new StringReader(LINK_HEADER));
        var a = read.organisations().get(0);
        assertThat(a.name()).isEqualTo("=HYPERLINK(\"https://evil.example\")");
        assertThat(a.city()).isEqualTo("@cmd");
        assertThat(a.description()).isEqualTo("''quoted");
        assertThat(CsvSnapshotFormat.organisationsCsv(read)).isEqualTo(orgs);
    }

    private static byte[] concat(byte[]... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
