package org.partnershipatlas.backups;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.partnershipatlas.format.Json;
import org.partnershipatlas.model.validation.Errors;

/**
 * One line of a JSONL file of a backup, read as strictly as the history: it must be one JSON object with exactly the
 * fields named, each of its type; every fault is collected under the line's location ({@code users.jsonl line 3})
 * with the field. Values are echoed only where they cannot be a secret or a person's details (a wrong type, an
 * unknown status): an error message may end up in a log.
 */
final class JsonLine {
    private final String location;
    private final Errors errors;
    private final JsonNode node;
    private final int errorsBefore;

    private JsonLine(String location, Errors errors, JsonNode node) {
        this.location = location;
        this.errors = errors;
        this.node = node;
        this.errorsBefore = errors.size();
    }

    /** The line parsed and its fields checked against {@code fields}, or {@code null} if it is not a JSON object. */
    static JsonLine parse(String location, String text, List<String> fields, Errors errors) {
        JsonNode node;
        try {
            node = Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            errors.add(location, null, null, "not valid JSON: " + e.getOriginalMessage());
            return null;
        }
        if (node == null || !node.isObject()) {
            errors.add(location, null, null, "expected a JSON object with " + String.join(", ", fields));
            return null;
        }
        var line = new JsonLine(location, errors, node);
        node.fieldNames().forEachRemaining(name -> {
            if (!fields.contains(name)) {
                line.error(name, null, "unknown field \"" + name + "\"");
            }
        });
        for (String field : fields) {
            if (!node.has(field)) {
                line.error(field, null, "missing; every line has " + String.join(", ", fields) + " (null where "
                        + "there is none)");
            }
        }
        return line;
    }

    String location() {
        return location;
    }

    /** Whether the line had no fault so far. */
    boolean sound() {
        return errors.size() == errorsBefore;
    }

    void error(String field, String value, String message) {
        errors.add(location, field, value, message);
    }

    /** Text that must be there and not empty. */
    String text(String field) {
        JsonNode value = node.get(field);
        if (value != null && value.isTextual() && !value.textValue().isEmpty()) {
            return value.textValue();
        }
        if (value != null) {
            error(field, typeOf(value), "expected text");
        }
        return null;
    }

    String textOrNull(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        error(field, typeOf(value), "expected text or null");
        return null;
    }

    Instant instant(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        Instant at = parseInstant(value);
        if (at == null) {
            error(field, describe(value), "expected an ISO-8601 instant such as 2026-01-31T09:30:00.000Z");
        }
        return at;
    }

    Instant instantOrNull(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : instant(field);
    }

    private static Instant parseInstant(JsonNode value) {
        if (!value.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(value.textValue());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    LocalDate date(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            try {
                return LocalDate.parse(value.textValue());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        error(field, describe(value), "expected an ISO date such as 2027-01-31");
        return null;
    }

    boolean bool(String field) {
        JsonNode value = node.get(field);
        if (value != null && !value.isBoolean()) {
            error(field, describe(value), "expected true or false");
        }
        return value != null && value.booleanValue();
    }

    Long wholeOrNull(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.canConvertToExactIntegral() && value.canConvertToLong()) {
            return value.asLong();
        }
        error(field, describe(value), "expected a whole number or null");
        return null;
    }

    /** A list of texts (possibly empty). */
    List<String> texts(String field) {
        JsonNode value = node.get(field);
        var result = new ArrayList<String>();
        if (value == null) {
            return result;
        }
        if (!value.isArray()) {
            error(field, typeOf(value), "expected a list of texts");
            return result;
        }
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i).isTextual()) {
                result.add(value.get(i).textValue());
            } else {
                error(field + "[" + i + "]", typeOf(value.get(i)), "expected text");
            }
        }
        return result;
    }

    /** The raw value of a field (a list of objects, read by the caller). */
    JsonNode node(String field) {
        return node.get(field);
    }

    /** A value as typed, where it cannot be a secret: numbers, booleans, short words. */
    private static String describe(JsonNode value) {
        return value.isTextual() && value.textValue().length() > 40 ? typeOf(value) : value.toString();
    }

    private static String typeOf(JsonNode value) {
        return value.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
