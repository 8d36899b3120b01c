package org.partnershipatlas.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.partnershipatlas.model.Source;
import org.partnershipatlas.model.validation.EntityReader;
import org.partnershipatlas.model.validation.Errors;
import org.partnershipatlas.model.validation.FieldRules;
import org.partnershipatlas.model.validation.FieldSource;

/**
 * One row of a spreadsheet file, located by file and line. Fields are asked for by their JSON names
 * ({@code seekingPartner}) and found under their column names ({@code seeking_partner}); an empty cell is an absent
 * value.
 */
final class CsvFieldSource implements FieldSource {
    private final String file;
    private final long line;
    private final Map<String, String> cellsByColumn;
    private final String columnPrefix;

    CsvFieldSource(String file, long line, Map<String, String> cellsByColumn) {
        this(file, line, cellsByColumn, "");
    }

    private CsvFieldSource(String file, long line, Map<String, String> cellsByColumn, String columnPrefix) {
        this.file = file;
        this.line = line;
        this.cellsByColumn = cellsByColumn;
        this.columnPrefix = columnPrefix;
    }

    /** {@code seekingPartner} → {@code seeking_partner}. */
    static String column(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    private String columnOf(String field) {
        return columnPrefix + column(field);
    }

    @Override
    public String location(String field) {
        return file + " line " + line + ", column \"" + columnOf(field) + "\"";
    }

    @Override
    public String location() {
        return file + " line " + line;
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
                errors.add(location(field), columnOf(field), text, "expected a whole number, found \"" + text + "\"");
                return Optional.empty();
            }
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
            errors.add(location(field), columnOf(field), text, "expected true or false, found \"" + text + "\"");
            return Optional.empty();
        });
    }

    @Override
    public Optional<List<String>> list(String field, Errors errors) {
        return cell(field).flatMap(text -> {
            var items = new ArrayList<String>();
            for (String item : text.split(";", -1)) {
                if (item.isBlank()) {
                    errors.add(location(field), columnOf(field), text, "empty item in the list \"" + text + "\" (items are separated by ';')");
                    return Optional.empty();
                }
                items.add(item.strip());
            }
            return Optional.of(items);
        });
    }

    @Override
    public Optional<List<Source>> sources(String field, Errors errors) {
        return cell(field).flatMap(text -> {
            var result = new ArrayList<Source>();
            int before = errors.size();
            String[] items = text.split(FieldRules.SOURCE_SEPARATOR.strip(), -1);
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
                    errors.add(location(field), columnOf(field), item, "source " + (i + 1) + ": " + problem);
                } else {
                    result.add(new Source(citation, url));
                }
            }
            return errors.size() == before ? Optional.of(result) : Optional.empty();
        });
    }

    /** The Charter scores live in optional {@code charter_*} columns; present when any of them has a value. */
    @Override
    public Optional<FieldSource> object(String field, Errors errors) {
        String prefix = columnPrefix + column(field) + "_";
        var nested = new CsvFieldSource(file, line, cellsByColumn, prefix);
        boolean any = EntityReader.CHARTER_FIELDS.stream().anyMatch(f -> nested.cell(f).isPresent());
        return any && field.equals("charter") ? Optional.of(nested) : Optional.empty();
    }
}
