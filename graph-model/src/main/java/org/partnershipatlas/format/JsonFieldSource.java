package org.partnershipatlas.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.partnershipatlas.model.Limits;
import org.partnershipatlas.model.Source;
import org.partnershipatlas.model.validation.Errors;
import org.partnershipatlas.model.validation.FieldRules;
import org.partnershipatlas.model.validation.FieldSource;

/** One JSON object of a native snapshot, located by its path ({@code links[14]}). */
final class JsonFieldSource implements FieldSource {
    private static final Set<String> SOURCE_FIELDS = Set.of("citation", "url");
    private final ObjectNode node;
    private final String path;

    JsonFieldSource(ObjectNode node, String path) {
        this.node = node;
        this.path = path;
    }

    @Override
    public String location(String field) {
        return path + "." + field;
    }

    @Override
    public String location() {
        return path;
    }

    @Override
    public Set<String> fieldNames() {
        var names = new LinkedHashSet<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private Optional<JsonNode> present(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    @Override
    public Optional<String> text(String field, Errors errors) {
        return present(field).flatMap(v -> textOf(v, location(field), field, errors));
    }

    private static Optional<String> textOf(JsonNode value, String location, String field, Errors errors) {
        if (!value.isTextual()) {
            errors.add(location, field, value.toString(), "expected a string, found " + describe(value));
            return Optional.empty();
        }
        return value.asText().isEmpty() ? Optional.empty() : Optional.of(value.asText());
    }

    @Override
    public Optional<Integer> integer(String field, Errors errors) {
        return present(field).flatMap(v -> {
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                errors.add(location(field), field, v.toString(), "expected a whole number, found "
                        + (v.isIntegralNumber() ? "one out of range" : describe(v)));
                return Optional.empty();
            }
            return Optional.of(v.intValue());
        });
    }

    @Override
    public Optional<BigDecimal> decimal(String field, Errors errors) {
        return present(field).flatMap(v -> {
            if (!v.isNumber()) {
                errors.add(location(field), field, v.toString(), "expected a number, found " + describe(v));
                return Optional.empty();
            }
            return Optional.of(v.decimalValue());
        });
    }

    @Override
    public Optional<Boolean> bool(String field, Errors errors) {
        return present(field).flatMap(v -> {
            if (!v.isBoolean()) {
                errors.add(location(field), field, v.toString(), "expected true or false, found " + describe(v));
                return Optional.empty();
            }
            return Optional.of(v.booleanValue());
        });
    }

    @Override
    public Optional<List<String>> list(String field, int maxItems, Errors errors) {
        return array(field, maxItems, "items", "an array of strings", errors).flatMap(v -> {
            var result = new ArrayList<String>();
            int before = errors.size();
            for (int i = 0; i < v.size(); i++) {
                String where = location(field) + "[" + i + "]";
                JsonNode item = v.get(i);
                if (!item.isTextual() || item.asText().isBlank()) {
                    errors.add(where, field, item.toString(), "expected a non-empty string, found " + describe(item));
                } else {
                    result.add(item.asText());
                }
            }
            return errors.size() == before ? Optional.of(result) : Optional.empty();
        });
    }

    @Override
    public Optional<List<Source>> sources(String field, Errors errors) {
        return array(field, Limits.MAX_SOURCES, "sources", "an array of {citation, url}", errors).flatMap(v -> {
            var result = new ArrayList<Source>();
            int before = errors.size();
            for (int i = 0; i < v.size(); i++) {
                String where = location(field) + "[" + i + "]";
                JsonNode item = v.get(i);
                if (!item.isObject()) {
                    errors.add(where, field, item.toString(), "expected {citation, url}, found " + describe(item));
                    continue;
                }
                item.fieldNames().forEachRemaining(name -> {
                    if (!SOURCE_FIELDS.contains(name)) {
                        errors.add(where + "." + name, name, null, "unknown field \"" + name + "\" (allowed: citation, url)");
                    }
                });
                String citation = item.hasNonNull("citation")
                        ? textOf(item.get("citation"), where + ".citation", "citation", errors).orElse(null) : null;
                String url = item.hasNonNull("url")
                        ? textOf(item.get("url"), where + ".url", "url", errors).orElse(null) : null;
                String problem = FieldRules.sourceProblem(citation, url);
                if (problem != null) {
                    errors.add(where, field, item.toString(), problem);
                } else {
                    result.add(new Source(citation, url));
                }
            }
            return errors.size() == before ? Optional.of(result) : Optional.empty();
        });
    }

    @Override
    public Optional<FieldSource> object(String field, Errors errors) {
        return present(field).flatMap(v -> {
            if (!v.isObject()) {
                errors.add(location(field), field, v.toString(), "expected an object, found " + describe(v));
                return Optional.empty();
            }
            return Optional.of(new JsonFieldSource((ObjectNode) v, location(field)));
        });
    }

    @Override
    public Optional<List<FieldSource>> objects(String field, int maxItems, Errors errors) {
        return array(field, maxItems, "items", "an array of objects", errors).flatMap(v -> {
            var result = new ArrayList<FieldSource>();
            int before = errors.size();
            for (int i = 0; i < v.size(); i++) {
                String where = location(field) + "[" + i + "]";
                JsonNode item = v.get(i);
                if (!item.isObject()) {
                    errors.add(where, field, null, "expected an object, found " + describe(item));
                } else {
                    result.add(new JsonFieldSource((ObjectNode) item, where));
                }
            }
            return errors.size() == before ? Optional.of(result) : Optional.empty();
        });
    }

    /** The field as an array of at most {@code maxItems}; otherwise one error (before any item is looked at). */
    private Optional<JsonNode> array(String field, int maxItems, String items, String expected, Errors errors) {
        return present(field).flatMap(v -> {
            if (!v.isArray()) {
                errors.add(location(field), field, v.toString(), "expected " + expected + ", found " + describe(v));
                return Optional.empty();
            }
            if (v.size() > maxItems) {
                errors.add(location(field), field, null, "more than " + maxItems + " " + items + " (" + v.size() + ")");
                return Optional.empty();
            }
            return Optional.of(v);
        });
    }

    static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> value.isIntegralNumber() ? "a whole number" : "a decimal number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
            default -> value.getNodeType().name().toLowerCase();
        };
    }
}
