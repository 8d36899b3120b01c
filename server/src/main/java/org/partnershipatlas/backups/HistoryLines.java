package org.partnershipatlas.backups;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.partnershipatlas.format.Json;
import org.partnershipatlas.model.validation.Errors;
import org.partnershipatlas.store.ChangeKind;
import org.partnershipatlas.store.EntityChange;
import org.partnershipatlas.store.EntityType;
import org.partnershipatlas.store.RecordedChange;

/**
 * {@code history.jsonl} of a backup archive: one recorded change per line, oldest first, as
 * {@code {"id", "at", "actor", "kind", "reason", "source", "summary", "details", "entities": [{"type", "id",
 * "before", "after"}], "complete"}} — {@code at} an ISO-8601 instant, {@code kind} a {@link ChangeKind} name,
 * {@code type} {@code organisation} or {@code link}, {@code before}/{@code after} the entity as the JSON snapshot
 * writes it or {@code null}. Fields are written in this order and {@code details} with sorted keys, so the same
 * history always gives the same bytes. Reading is strict like the snapshot's: unknown or missing fields, wrong types
 * and ids that do not rise are errors naming the line.
 */
final class HistoryLines {
    static final String FILE = "history.jsonl";
    private static final Set<String> FIELDS = Set.of("id", "at", "actor", "kind", "reason", "source", "summary",
            "details", "entities", "complete");
    private static final Set<String> ENTITY_FIELDS = Set.of("type", "id", "before", "after");

    private HistoryLines() {
    }

    // --- writing -------------------------------------------------------------------------------------------------

    static void write(List<RecordedChange> history, OutputStream out) throws IOException {
        for (RecordedChange change : history) {
            out.write(Json.mapper().writeValueAsBytes(line(change)));
            out.write('\n');
        }
    }

    private static ObjectNode line(RecordedChange c) {
        ObjectNode line = Json.mapper().createObjectNode();
        line.put("id", c.id());
        line.put("at", c.at().toString());
        line.put("actor", c.actor());
        line.put("kind", c.kind().name());
        line.put("reason", c.reason());
        line.put("source", c.source());
        line.put("summary", c.summary());
        line.set("details", Json.mapper().valueToTree(sortedKeys(c.details())));
        ArrayNode entities = line.putArray("entities");
        for (EntityChange e : c.entities()) {
            ObjectNode entity = entities.addObject();
            entity.put("type", e.type().token());
            entity.put("id", e.id());
            entity.set("before", e.before());
            entity.set("after", e.after());
        }
        line.put("complete", c.complete());
        return line;
    }

    /** Maps with their keys sorted, at every depth: the same details always give the same bytes. */
    private static Object sortedKeys(Object value) {
        if (value instanceof Map<?, ?> map) {
            var sorted = new TreeMap<String, Object>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), sortedKeys(v)));
            return sorted;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(HistoryLines::sortedKeys).toList();
        }
        return value;
    }

    // --- reading -------------------------------------------------------------------------------------------------

    /** Every change in the file, oldest first. @throws org.partnershipatlas.model.validation.ValidationException */
    static List<RecordedChange> read(byte[] bytes) {
        var errors = new Errors();
        var changes = new ArrayList<RecordedChange>();
        try (var lines = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
            int number = 0;
            long previous = 0;
            for (String text; (text = lines.readLine()) != null; ) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                var line = new Line(FILE + " line " + number, errors);
                RecordedChange change = line.change(text);
                if (change == null) {
                    continue;
                }
                if (change.id() <= previous) {
                    line.error("id", Long.toString(change.id()), "ids must rise from line to line (oldest first); the "
                            + "change before has id " + previous);
                } else {
                    previous = change.id();
                    changes.add(change);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        errors.throwIfAny();
        return changes;
    }

    /** One line being read, collecting its errors under its location. */
    private record Line(String location, Errors errors) {

        void error(String field, String value, String message) {
            errors.add(location, field, value, message);
        }

        RecordedChange change(String text) {
            JsonNode node;
            try {
                node = Json.mapper().readTree(text);
            } catch (JsonProcessingException e) {
                error(null, null, "not valid JSON: " + e.getOriginalMessage());
                return null;
            }
            if (node == null || !node.isObject()) {
                error(null, null, "expected a JSON object, one recorded change");
                return null;
            }
            int before = errors.size();
            node.fieldNames().forEachRemaining(name -> {
                if (!FIELDS.contains(name)) {
                    error(name, null, "unknown field \"" + name + "\"");
                }
            });
            long id = id(node.get("id"));
            Instant at = instant(node.get("at"));
            String actor = text(node, "actor", true);
            ChangeKind kind = kind(node.get("kind"));
            String reason = text(node, "reason", false);
            String source = text(node, "source", false);
            String summary = text(node, "summary", true);
            Map<String, Object> details = details(node.get("details"));
            List<EntityChange> entities = entities(node.get("entities"));
            JsonNode complete = node.get("complete");
            if (complete == null || !complete.isBoolean()) {
                error("complete", describe(complete), "expected true or false");
            }
            if (errors.size() > before) {
                return null;
            }
            return new RecordedChange(id, at, actor, kind, reason, source, summary, details, entities,
                    complete.booleanValue());
        }

        private long id(JsonNode value) {
            if (value == null || !value.canConvertToExactIntegral() || !value.canConvertToLong() || value.asLong() < 1) {
                error("id", describe(value), "expected a whole number of at least 1 (the version the change made)");
                return 0;
            }
            return value.asLong();
        }

        private Instant instant(JsonNode value) {
            if (value != null && value.isTextual()) {
                try {
                    return Instant.parse(value.textValue());
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            error("at", describe(value), "expected an ISO-8601 instant such as 2026-01-31T09:30:00.000Z");
            return null;
        }

        private ChangeKind kind(JsonNode value) {
            if (value != null && value.isTextual()) {
                for (ChangeKind kind : ChangeKind.values()) {
                    if (kind.name().equals(value.textValue())) {
                        return kind;
                    }
                }
            }
            error("kind", describe(value), "expected one of " + Arrays.toString(ChangeKind.values()));
            return null;
        }

        private String text(JsonNode node, String field, boolean required) {
            JsonNode value = node.get(field);
            if (value != null && value.isTextual()) {
                return value.textValue();
            }
            if (!required && (value == null || value.isNull())) {
                return null;
            }
            error(field, describe(value), required ? "expected text" : "expected text or null");
            return null;
        }

        private Map<String, Object> details(JsonNode value) {
            if (value == null || !value.isObject()) {
                error("details", describe(value), "expected an object");
                return Map.of();
            }
            return Json.mapper().convertValue(value, new TypeReference<Map<String, Object>>() { });
        }

        private List<EntityChange> entities(JsonNode value) {
            if (value == null || !value.isArray()) {
                error("entities", describe(value), "expected an array");
                return List.of();
            }
            var result = new ArrayList<EntityChange>();
            for (int i = 0; i < value.size(); i++) {
                String field = "entities[" + i + "]";
                JsonNode item = value.get(i);
                if (!item.isObject()) {
                    error(field, describe(item), "expected an object with type, id, before and after");
                    continue;
                }
                for (Iterator<String> names = item.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    if (!ENTITY_FIELDS.contains(name)) {
                        error(field + "." + name, null, "unknown field \"" + name + "\"");
                    }
                }
                JsonNode type = item.get("type");
                JsonNode id = item.get("id");
                JsonNode before = state(item.get("before"), field + ".before");
                JsonNode after = state(item.get("after"), field + ".after");
                boolean knownType = type != null && type.isTextual()
                        && Arrays.stream(EntityType.values()).anyMatch(t -> t.token().equals(type.textValue()));
                if (!knownType) {
                    error(field + ".type", describe(type), "expected organisation, link or country");
                }
                if (id == null || !id.isTextual()) {
                    error(field + ".id", describe(id), "expected the entity's id as text");
                }
                if (before == null && after == null) {
                    error(field, null, "a change needs a before or an after");
                }
                if (knownType && id != null && id.isTextual() && (before != null || after != null)) {
                    result.add(new EntityChange(EntityType.valueOf(type.textValue().toUpperCase(Locale.ROOT)),
                            id.textValue(), before, after));
                }
            }
            return result;
        }

        private JsonNode state(JsonNode value, String field) {
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isObject()) {
                error(field, describe(value), "expected the entity as an object, or null");
                return null;
            }
            return value;
        }

        private static String describe(JsonNode value) {
            return value == null ? null : value.toString();
        }
    }
}
