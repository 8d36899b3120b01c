package org.partnershipatlas.format;

import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.util.Locale;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.LinkKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.partnershipatlas.model.Assessment;
import org.partnershipatlas.model.Charter;
import org.partnershipatlas.model.CharterFoundation;
import org.partnershipatlas.model.Country;
import org.partnershipatlas.model.Keyed;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Outcome;
import org.partnershipatlas.model.Region;
import org.partnershipatlas.model.Source;
import org.partnershipatlas.model.validation.EntityReader;
import org.partnershipatlas.model.validation.Errors;
import org.partnershipatlas.model.validation.FieldSource;
import org.partnershipatlas.model.validation.ParsedNetwork;
import org.partnershipatlas.model.validation.SnapshotValidator;
import org.partnershipatlas.model.validation.ValidationError;
import org.partnershipatlas.model.validation.ValidationException;

/**
 * The native JSON snapshot ({@code "format": "partnership-atlas/1"}, docs/FORMAT.md). Every field is written,
 * absent values as {@code null} and empty lists as {@code []}, in a fixed order, so that output is stable and
 * diffable; reading it back gives an equal {@link NetworkSnapshot}.
 *
 * <p>Input is UTF-8 only (a byte-order mark is allowed): bytes that are not UTF-8 are refused with their line and byte
 * offset rather than read as U+FFFD. A link's older single {@code charter} is read as one undated assessment; the
 * writer writes {@code assessments}.
 */
public final class JsonSnapshotFormat {
    private static final Set<String> TOP_LEVEL_FIELDS = Set.of("format", "countries", "organisations", "links");

    private JsonSnapshotFormat() {
    }

    // --- reading -----------------------------------------------------------------------------------------------

    /** Reads and validates a whole network. @throws ValidationException listing every problem */
    public static NetworkSnapshot read(InputStream in) {
        return SnapshotValidator.validate(parse(in));
    }

    /** Reads JSON text (already decoded: lone surrogates in it reach the text rules instead of becoming '?'). */
    public static NetworkSnapshot read(String json) {
        return SnapshotValidator.validate(parse(tree(json)));
    }

    /**
     * Parses a file into records and field errors without the rules across records (see
     * {@link SnapshotValidator#validate(ParsedNetwork, NetworkSnapshot)} for a merge).
     *
     * @throws ValidationException if the text is not JSON at all
     */
    public static ParsedNetwork parse(InputStream in) {
        return parse(tree(in));
    }

    private static ParsedNetwork parse(JsonNode root) {
        Errors errors = new Errors();
        if (root == null || !root.isObject()) {
            throw new ValidationException(new ValidationError("$", null, null,
                    "expected a JSON object with format, countries, organisations and links"));
        }
        root.fieldNames().forEachRemaining(name -> {
            if (!TOP_LEVEL_FIELDS.contains(name)) {
                errors.add(name, name, null, "unknown field \"" + name + "\" (allowed: " + String.join(", ", TOP_LEVEL_FIELDS) + ")");
            }
        });
        JsonNode format = root.get("format");
        if (format == null || !NetworkSnapshot.FORMAT.equals(format.asText(null))) {
            errors.add("format", "format", format == null ? null : format.toString(),
                    "expected \"" + NetworkSnapshot.FORMAT + "\"");
        }
        var network = new ParsedNetwork.Builder(errors);
        readArray(root, "countries", errors, network::country);
        readArray(root, "organisations", errors, network::organisation);
        readArray(root, "links", errors, network::link);
        return network.build();
    }

    /** Parses UTF-8 bytes, turning bytes that are not UTF-8 or a syntax error into a located {@link ValidationException}. */
    private static JsonNode tree(InputStream in) {
        return tree(new StrictUtf8Reader(in));
    }

    private static JsonNode tree(String json) {
        return tree(new StringReader(json.startsWith("\uFEFF") ? json.substring(1) : json));
    }

    private static JsonNode tree(Reader in) {
        try {
            return Json.mapper().readTree(in);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof StrictUtf8Reader.NotUtf8Exception notUtf8) {
                throw notUtf8(notUtf8);
            }
            JsonLocation at = e.getLocation();
            String where = at == null ? "JSON" : "JSON line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ValidationException(new ValidationError(where, null, null, "not valid JSON: " + e.getOriginalMessage()));
        } catch (StrictUtf8Reader.NotUtf8Exception e) {
            throw notUtf8(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ValidationException notUtf8(StrictUtf8Reader.NotUtf8Exception e) {
        return new ValidationException(new ValidationError("JSON line " + e.line() + ", byte offset " + e.byteOffset(),
                null, e.found(), "not UTF-8 (" + e.found() + "): save the file as UTF-8"));
    }

    /** The two kinds of entity a single-entity body (an edit through the API or a form) can hold. */
    public enum Entity {
        ORGANISATION, LINK
    }

    /**
     * Parses one organisation or link object, as in a snapshot's arrays (the body of {@code POST /api/organisations}
     * and the like), into a {@link ParsedNetwork} holding it; errors are located under {@code path}
     * ({@code organisation.website}). Rules across records are the caller's (see {@link SnapshotValidator}).
     *
     * @throws ValidationException if the text is not JSON or not an object
     */
    public static ParsedNetwork parseEntity(InputStream in, Entity entity, String path) {
        return parseEntity(tree(in), entity, path);
    }

    public static ParsedNetwork parseEntity(JsonNode node, Entity entity, String path) {
        Errors errors = new Errors();
        if (node == null || !node.isObject()) {
            throw new ValidationException(new ValidationError(path, null, null,
                    "expected a JSON object with the " + entity.name().toLowerCase(Locale.ROOT) + "'s fields"));
        }
        var source = new JsonFieldSource((ObjectNode) node, path);
        var network = new ParsedNetwork.Builder(errors);
        if (entity == Entity.ORGANISATION) {
            network.organisation(source);
        } else {
            network.link(source);
        }
        return network.build();
    }

    /**
     * One dated assessment (the body of {@code POST /api/links/{id}/assessments}, a form), errors located under
     * {@code path} ({@code assessment.factors.trust}).
     *
     * @throws ValidationException listing every problem, or if it is not a JSON object
     */
    public static Assessment assessment(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new ValidationException(new ValidationError(path, null, null, "expected a JSON object with the assessment's fields"));
        }
        Errors errors = new Errors();
        var source = new JsonFieldSource((ObjectNode) node, path);
        if (node.path("date").isMissingNode() || node.path("date").isNull()) {
            errors.add(source.location("date"), "date", null, "missing date (YYYY-MM-DD): a new assessment is dated");
        }
        var read = EntityReader.readAssessment(source, errors);
        errors.throwIfAny();
        return read.orElseThrow();
    }

    /** One assessment as the snapshot writes it. */
    public static JsonNode toJsonNode(Assessment assessment) {
        var link = new Link("x", "a", "b", LinkKind.COLLABORATION, null, null, null, null, null,
                null, null, Confidence.ILLUSTRATIVE, List.of(), List.of(assessment));
        return toJsonNode(link).path("assessments").get(0);
    }

    /** A country as the snapshot writes it: {@code {"code", "name", "region"}} (what the history records). */
    public static JsonNode toJsonNode(Country country) {
        return node(g -> writeCountry(g, country));
    }

    /** A country stored earlier by {@link #toJsonNode(Country)} (trusted: a recorded change). */
    public static Country country(JsonNode node) {
        return new Country(node.path("code").asText(), node.path("name").asText(),
                Region.valueOf(node.path("region").asText()));
    }

    /** An organisation stored earlier by {@link #toJsonNode(Organisation)} (trusted: a recorded change). */
    public static Organisation organisation(JsonNode node) {
        ParsedNetwork parsed = parseEntity(node, Entity.ORGANISATION, "organisation");
        parsed.errors().throwIfAny();
        return parsed.organisations().get(0).value();
    }

    /** A link stored earlier by {@link #toJsonNode(Link)}. */
    public static Link link(JsonNode node) {
        ParsedNetwork parsed = parseEntity(node, Entity.LINK, "link");
        parsed.errors().throwIfAny();
        return parsed.links().get(0).value();
    }

    private static void readArray(JsonNode root, String field, Errors errors, Consumer<FieldSource> reader) {
        JsonNode array = root.get(field);
        if (array == null || array.isNull()) {
            return;
        }
        if (!array.isArray()) {
            errors.add(field, field, null, "expected an array, found " + JsonFieldSource.describe(array));
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            String path = field + "[" + i + "]";
            if (!item.isObject()) {
                errors.add(path, null, null, "expected an object, found " + JsonFieldSource.describe(item));
                continue;
            }
            reader.accept(new JsonFieldSource((ObjectNode) item, path));
        }
    }

    // --- writing -----------------------------------------------------------------------------------------------

    public static void write(NetworkSnapshot snapshot, OutputStream out, boolean pretty) {
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out)) {
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            g.writeStartObject();
            g.writeStringField("format", NetworkSnapshot.FORMAT);
            g.writeArrayFieldStart("countries");
            for (Country c : snapshot.countries()) {
                writeCountry(g, c);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("organisations");
            for (Organisation o : snapshot.organisations()) {
                writeOrganisation(g, o);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("links");
            for (Link l : snapshot.links()) {
                writeLink(g, l);
            }
            g.writeEndArray();
            g.writeEndObject();
            if (pretty) {
                g.writeRaw('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toJson(NetworkSnapshot snapshot, boolean pretty) {
        var out = new ByteArrayOutputStream();
        write(snapshot, out, pretty);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** One organisation as the snapshot writes it: every field, absent values as {@code null}. */
    public static JsonNode toJsonNode(Organisation organisation) {
        return node(g -> writeOrganisation(g, organisation));
    }

    /** One link as the snapshot writes it. */
    public static JsonNode toJsonNode(Link link) {
        return node(g -> writeLink(g, link));
    }

    /** A link's assessments as the snapshot writes them (a JSON array), e.g. to store them as one property. */
    public static String assessmentsJson(List<Assessment> assessments) {
        var out = new ByteArrayOutputStream();
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out)) {
            writeAssessments(g, assessments);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Assessments written by {@link #assessmentsJson(List)}, checked as on import.
     *
     * @throws ValidationException if they break a rule (located under {@code assessments})
     */
    public static List<Assessment> assessments(String json) {
        JsonNode array = tree(json);
        var holder = Json.mapper().createObjectNode();
        holder.set("assessments", array);
        Errors errors = new Errors();
        var source = new JsonFieldSource(holder, "link");
        List<Assessment> result = EntityReader.readAssessments(source, errors);
        errors.throwIfAny();
        return result;
    }

    private interface Writing {
        void write(JsonGenerator g) throws IOException;
    }

    private static JsonNode node(Writing writing) {
        try (var buffer = new TokenBuffer(Json.mapper(), false)) {
            writing.write(buffer);
            return Json.mapper().readTree(buffer.asParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeCountry(JsonGenerator g, Country c) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", c.code());
        g.writeStringField("name", c.name());
        g.writeStringField("region", c.region().name());
        g.writeEndObject();
    }

    private static void writeOrganisation(JsonGenerator g, Organisation o) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", o.id());
        g.writeStringField("name", o.name());
        g.writeStringField("type", o.type().name());
        g.writeStringField("country", o.country());
        g.writeStringField("city", o.city());
        writeInteger(g, "founded", o.founded());
        writeInteger(g, "dissolved", o.dissolved());
        g.writeStringField("website", o.website());
        g.writeStringField("description", o.description());
        writeBoolean(g, "seekingPartner", o.seekingPartner());
        g.writeBooleanField("placeholder", o.placeholder());
        g.writeStringField("confidence", o.confidence().name());
        writeSources(g, o.sources());
        g.writeEndObject();
    }

    private static void writeLink(JsonGenerator g, Link l) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", l.id());
        g.writeStringField("from", l.from());
        g.writeStringField("to", l.to());
        g.writeStringField("kind", l.kind().name());
        writeInteger(g, "since", l.since());
        writeInteger(g, "until", l.until());
        g.writeStringField("status", l.status().name());
        writeInteger(g, "lastEvidence", l.lastEvidence());
        g.writeArrayFieldStart("themes");
        for (String theme : l.themes()) {
            g.writeString(theme);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("activities");
        for (var activity : l.activities()) {
            g.writeString(activity.name());
        }
        g.writeEndArray();
        g.writeStringField("learning", l.learning().name());
        writeInteger(g, "strength", l.strength());
        g.writeStringField("confidence", l.confidence().name());
        writeSources(g, l.sources());
        g.writeFieldName("assessments");
        writeAssessments(g, l.assessments());
        g.writeEndObject();
    }

    /** Every field in a fixed order; factors and challenges only where assessed (left out = not assessed). */
    private static void writeAssessments(JsonGenerator g, List<Assessment> assessments) throws IOException {
        g.writeStartArray();
        for (Assessment a : assessments) {
            g.writeStartObject();
            g.writeStringField("date", a.date() == null ? null : a.date().toString());
            g.writeStringField("assessedBy", a.assessedBy());
            writeCharter(g, a.charter());
            writeKeyed(g, "factors", a.factors());
            writeKeyed(g, "challenges", a.challenges());
            g.writeStringField("evaluation", a.evaluation() == null ? null : a.evaluation().name());
            g.writeStringField("evaluationUrl", a.evaluationUrl());
            writeBoolean(g, "communityInvolvement", a.communityInvolvement());
            g.writeStringField("benefitsToWales", a.benefitsToWales());
            g.writeStringField("benefitsToPartner", a.benefitsToPartner());
            g.writeArrayFieldStart("funders");
            for (String funder : a.funders()) {
                g.writeString(funder);
            }
            g.writeEndArray();
            writeInteger(g, "fundedUntil", a.fundedUntil());
            writeBoolean(g, "exitStrategy", a.exitStrategy());
            g.writeArrayFieldStart("outcomes");
            for (Outcome o : a.outcomes()) {
                g.writeStartObject();
                g.writeStringField("indicator", o.indicator());
                g.writeNumberField("value", o.value());
                writeInteger(g, "year", o.year());
                g.writeStringField("source", o.source());
                g.writeEndObject();
            }
            g.writeEndArray();
            writeSources(g, a.sources());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeCharter(JsonGenerator g, Charter c) throws IOException {
        if (c == null) {
            g.writeNullField("charter");
            return;
        }
        g.writeObjectFieldStart("charter");
        for (CharterFoundation f : CharterFoundation.values()) {
            writeInteger(g, f.key(), c.score(f));
        }
        g.writeEndObject();
    }

    private static <K extends Enum<K> & Keyed> void writeKeyed(JsonGenerator g, String field, Map<K, ?> values)
            throws IOException {
        g.writeObjectFieldStart(field);
        for (var entry : values.entrySet()) {
            if (entry.getValue() instanceof Integer score) {
                g.writeNumberField(entry.getKey().key(), score);
            } else {
                g.writeStringField(entry.getKey().key(), ((Enum<?>) entry.getValue()).name());
            }
        }
        g.writeEndObject();
    }

    private static void writeBoolean(JsonGenerator g, String field, Boolean value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeBooleanField(field, value);
        }
    }

    private static void writeSources(JsonGenerator g, List<Source> sources) throws IOException {
        g.writeArrayFieldStart("sources");
        for (Source s : sources) {
            g.writeStartObject();
            g.writeStringField("citation", s.citation());
            g.writeStringField("url", s.url());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeInteger(JsonGenerator g, String field, Integer value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, value);
        }
    }
}
