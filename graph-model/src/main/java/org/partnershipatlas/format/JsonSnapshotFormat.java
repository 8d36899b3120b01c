package org.partnershipatlas.format;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.partnershipatlas.model.Charter;
import org.partnershipatlas.model.Country;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Source;
import org.partnershipatlas.model.validation.EntityReader;
import org.partnershipatlas.model.validation.Errors;
import org.partnershipatlas.model.validation.FieldSource;
import org.partnershipatlas.model.validation.Located;
import org.partnershipatlas.model.validation.ParsedNetwork;
import org.partnershipatlas.model.validation.SnapshotValidator;
import org.partnershipatlas.model.validation.ValidationError;
import org.partnershipatlas.model.validation.ValidationException;

/**
 * The native JSON snapshot ({@code "format": "partnership-atlas/1"}, docs/FORMAT.md). Every field is written,
 * absent values as {@code null} and empty lists as {@code []}, in a fixed order, so that output is stable and
 * diffable; reading it back gives an equal {@link NetworkSnapshot}.
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

    public static NetworkSnapshot read(String json) {
        return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Parses a file into records and field errors without the rules across records (see
     * {@link SnapshotValidator#validate(ParsedNetwork, NetworkSnapshot)} for a merge).
     *
     * @throws ValidationException if the text is not JSON at all
     */
    public static ParsedNetwork parse(InputStream in) {
        JsonNode root = tree(in);
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
        return new ParsedNetwork(
                readArray(root, "countries", errors, EntityReader::readCountry),
                readArray(root, "organisations", errors, EntityReader::readOrganisation),
                readArray(root, "links", errors, EntityReader::readLink),
                errors);
    }

    /** Parses JSON text, turning a syntax error into a located {@link ValidationException}. */
    private static JsonNode tree(InputStream in) {
        try {
            return Json.mapper().readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "JSON" : "JSON line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ValidationException(new ValidationError(where, null, null, "not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
                    "expected a JSON object with the " + entity.name().toLowerCase(java.util.Locale.ROOT) + "'s fields"));
        }
        var source = new JsonFieldSource((ObjectNode) node, path);
        List<Located<Organisation>> organisations = new ArrayList<>();
        List<Located<Link>> links = new ArrayList<>();
        if (entity == Entity.ORGANISATION) {
            EntityReader.readOrganisation(source, errors).ifPresent(o -> organisations.add(new Located<>(o, source)));
        } else {
            EntityReader.readLink(source, errors).ifPresent(l -> links.add(new Located<>(l, source)));
        }
        return new ParsedNetwork(List.of(), organisations, links, errors);
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

    private static <T> List<Located<T>> readArray(JsonNode root, String field, Errors errors,
                                                  BiFunction<FieldSource, Errors, Optional<T>> reader) {
        JsonNode array = root.get(field);
        var result = new ArrayList<Located<T>>();
        if (array == null || array.isNull()) {
            return result;
        }
        if (!array.isArray()) {
            errors.add(field, field, null, "expected an array, found " + JsonFieldSource.describe(array));
            return result;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            String path = field + "[" + i + "]";
            if (!item.isObject()) {
                errors.add(path, null, item.toString(), "expected an object, found " + JsonFieldSource.describe(item));
                continue;
            }
            var source = new JsonFieldSource((ObjectNode) item, path);
            reader.apply(source, errors).ifPresent(value -> result.add(new Located<>(value, source)));
        }
        return result;
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

    private interface Writing {
        void write(JsonGenerator g) throws IOException;
    }

    private static JsonNode node(Writing writing) {
        try (var buffer = new com.fasterxml.jackson.databind.util.TokenBuffer(Json.mapper(), false)) {
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
        g.writeStringField("website", o.website());
        g.writeStringField("description", o.description());
        if (o.seekingPartner() == null) {
            g.writeNullField("seekingPartner");
        } else {
            g.writeBooleanField("seekingPartner", o.seekingPartner());
        }
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
        writeCharter(g, l.charter());
        g.writeStringField("confidence", l.confidence().name());
        writeSources(g, l.sources());
        g.writeEndObject();
    }

    private static void writeCharter(JsonGenerator g, Charter c) throws IOException {
        if (c == null) {
            g.writeNullField("charter");
            return;
        }
        g.writeObjectFieldStart("charter");
        writeInteger(g, "organisationalResponsibilities", c.organisationalResponsibilities());
        writeInteger(g, "reciprocalPartnership", c.reciprocalPartnership());
        writeInteger(g, "goodPractice", c.goodPractice());
        writeInteger(g, "soundGovernance", c.soundGovernance());
        g.writeEndObject();
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
