package org.partnershipatlas.format;

import java.util.Locale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.partnershipatlas.model.Limits;
import org.partnershipatlas.model.Source;
import org.partnershipatlas.model.validation.EntityReader;
import org.partnershipatlas.model.validation.Errors;
import org.partnershipatlas.model.validation.FieldRules;
import org.partnershipatlas.model.validation.FieldSource;

/**
 * One row of a spreadsheet file, located by file and line, or one item of a composite cell (an outcome of an
 * assessment). Fields are asked for by their JSON names ({@code seekingPartner}) and found under their column names
 * ({@code seeking_partner}); an empty cell is an absent value. Nested objects are column groups named with the
 * field in the singular: {@code charter_*}, {@code factor_*}, {@code challenge_*}.
 */
final class CsvFieldSource implements FieldSource {
    /** The column prefix of each nested object. */
    private static final Map<String, String> NESTED_PREFIX = Map.of(
            "charter", "charter_", "factors", "factor_", "challenges", "challenge_");
    /** The parts of an outcome item, {@code indicator | value | year | source}, in order. */
    static final List<String> OUTCOME_PARTS = List.of("indicator", "value", "year", "source");
    /** Longer than any number an outcome may hold; parsing a megabyte of digits is refused up front. */
    private static final int MAX_NUMBER_LENGTH = 40;

    private final String place;
    private final Map<String, String> cellsByColumn;
    private final String columnPrefix;
    /** For an item of a composite cell: the cell's column and the item's number; else {@code null}. */
    private final String itemColumn;
    private final int itemNumber;

    CsvFieldSource(String file, long line, Map<String, String> cellsByColumn) {
        this(file + " line " + line, cellsByColumn, "", null, 0);
    }

    private CsvFieldSource(String place, Map<String, String> cellsByColumn, String columnPrefix, String itemColumn,
                           int itemNumber) {
        this.place = place;
        this.cellsByColumn = cellsByColumn;
        this.columnPrefix = columnPrefix;
        this.itemColumn = itemColumn;
        this.itemNumber = itemNumber;
    }

    /** {@code seekingPartner} → {@code seeking_partner}. */
    static String column(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** The column group of a nested object field ({@code factors} → {@code factor_}). */
    static String nestedPrefix(String field) {
        return NESTED_PREFIX.get(field);
    }

    private String columnOf(String field) {
        return columnPrefix + column(field);
    }

    @Override
    public String location(String field) {
        return itemColumn == null ? place + ", column \"" + columnOf(field) + "\""
                : location() + " (" + field + ")";
    }

    @Override
    public String location() {
        return itemColumn == null ? place : place + ", column \"" + itemColumn + "\", item " + itemNumber;
    }

    /** Columns were checked once against the header, so rows report no unknown fields. */
    @Override
    public Set<String> fieldNames() {
        return Set.of();
    }

    private Optional<String> cell(String field) {
        String value = cellsByColumn.get(columnOf(field));
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private void error(Errors errors, String field, String value, String message) {
        errors.add(location(field), columnOf(field), value, message);
    }

    @Override
    public Optional<String> text(String field, Errors errors) {
        return cell(field);
    }

    @Override
    public Optional<Integer> integer(String field, Errors errors) {
        return cell(field).flatMap(text -> {
            try {
                return Optional.of(Integer.parseInt(text.strip()));
            } catch (NumberFormatException e) {
                error(errors, field, text, "expected a whole number, found \"" + shortened(text) + "\"");
                return Optional.empty();
            }
        });
    }

    @Override
    public Optional<BigDecimal> decimal(String field, Errors errors) {
        return cell(field).flatMap(text -> {
            String number = text.strip();
            try {
                if (number.length() <= MAX_NUMBER_LENGTH) {
                    return Optional.of(new BigDecimal(number));
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            error(errors, field, text, "expected a number (60, 12.5), found \"" + shortened(text) + "\"");
            return Optional.empty();
        });
    }

    @Override
    public Optional<Boolean> bool(String field, Errors errors) {
        return cell(field).flatMap(text -> {
            if (text.equalsIgnoreCase("true")) {
                return Optional.of(true);
            }
            if (text.equalsIgnoreCase("false")) {
                return Optional.of(false);
            }
            error(errors, field, text, "expected true or false, found \"" + shortened(text) + "\"");
            return Optional.empty();
        });
    }

    @Override
    public Optional<List<String>> list(String field, int maxItems, Errors errors) {
        return cell(field).flatMap(text -> {
            String[] items = text.split(";", -1);
            if (items.length > maxItems) {
                error(errors, field, text, "more than " + maxItems + " items (" + items.length + ")");
                return Optional.empty();
            }
            var result = new ArrayList<String>();
            for (String item : items) {
                if (item.isBlank()) {
                    error(errors, field, text, "empty item in the list \"" + shortened(text)
                            + "\" (items are separated by ';')");
                    return Optional.empty();
                }
                result.add(item.strip());
            }
            return Optional.of(result);
        });
    }

    @Override
    public Optional<List<Source>> sources(String field, Errors errors) {
        return cell(field).flatMap(text -> {
            String[] items = text.split(FieldRules.SOURCE_SEPARATOR.strip(), -1);
            if (items.length > Limits.MAX_SOURCES) {
                error(errors, field, text, "more than " + Limits.MAX_SOURCES + " sources (" + items.length + ")");
                return Optional.empty();
            }
            var result = new ArrayList<Source>();
            int before = errors.size();
            for (int i = 0; i < items.length; i++) {
                String item = items[i].strip();
                String citation = item;
                String url = null;
                // "citation | url", or "citation | " without a url; the url never holds " | ", the citation may.
                int bar = (item + " ").lastIndexOf(FieldRules.CITATION_URL_SEPARATOR);
                if (bar >= 0) {
                    citation = item.substring(0, bar).strip();
                    url = item.substring(Math.min(item.length(), bar + FieldRules.CITATION_URL_SEPARATOR.length())).strip();
                }
                String problem = FieldRules.sourceProblem(citation, url);
                if (problem != null) {
                    error(errors, field, item, "source " + (i + 1) + ": " + problem);
                } else {
                    result.add(new Source(citation, url));
                }
            }
            return errors.size() == before ? Optional.of(result) : Optional.empty();
        });
    }

    /** A column group ({@code charter_*}, …), present when any of its cells has a value. */
    @Override
    public Optional<FieldSource> object(String field, Errors errors) {
        String prefix = NESTED_PREFIX.get(field);
        if (prefix == null || itemColumn != null) {
            return Optional.empty();
        }
        var nested = new CsvFieldSource(place, cellsByColumn, columnPrefix + prefix, null, 0);
        boolean any = EntityReader.NESTED_FIELDS.get(field).stream().anyMatch(f -> nested.cell(f).isPresent());
        return any ? Optional.of(nested) : Optional.empty();
    }

    /**
     * The items of an assessment's {@code outcomes} cell, {@code indicator | value | year | source} separated by
     * {@code " ;; "} (year and source may be empty or left out). Assessments themselves are rows of their own file.
     */
    @Override
    public Optional<List<FieldSource>> objects(String field, int maxItems, Errors errors) {
        if (!field.equals("outcomes") || itemColumn != null) {
            return Optional.empty();
        }
        return cell(field).flatMap(text -> {
            String[] items = text.split(FieldRules.SOURCE_SEPARATOR.strip(), -1);
            if (items.length > maxItems) {
                error(errors, field, text, "more than " + maxItems + " outcomes (" + items.length + ")");
                return Optional.empty();
            }
            var result = new ArrayList<FieldSource>();
            int before = errors.size();
            for (int i = 0; i < items.length; i++) {
                String[] parts = items[i].strip().split("\\|", -1);
                if (parts.length < 2 || parts.length > OUTCOME_PARTS.size()) {
                    error(errors, field, items[i].strip(), "outcome " + (i + 1)
                            + ": expected indicator | value | year | source (year and source may be left out)");
                    continue;
                }
                Map<String, String> byPart = new HashMap<>();
                for (int p = 0; p < parts.length; p++) {
                    byPart.put(OUTCOME_PARTS.get(p), parts[p].strip());
                }
                result.add(new CsvFieldSource(place, byPart, "", columnOf(field), i + 1));
            }
            return errors.size() == before ? Optional.of(result) : Optional.empty();
        });
    }

    /** A cell quoted in a message: hostile input must not make a message megabytes long. */
    private static String shortened(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
