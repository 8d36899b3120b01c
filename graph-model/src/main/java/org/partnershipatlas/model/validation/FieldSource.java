package org.partnershipatlas.model.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.partnershipatlas.model.Source;

/**
 * One record of input — a JSON object or a CSV row — seen field by field. Each getter returns the value if the
 * field is present and of the right shape; if it is present but malformed it records an error naming the location
 * and returns empty; if it is absent or empty it returns empty without an error (required fields and the rules on
 * values are the {@link EntityReader}'s business).
 */
public interface FieldSource {

    /** Where a field of this record is, for error messages: {@code links[14].to} or {@code links.csv line 16, column "to"}. */
    String location(String field);

    /** Where the record as a whole is. */
    String location();

    /** The field names this record carries (to report unknown ones). */
    Set<String> fieldNames();

    Optional<String> text(String field, Errors errors);

    Optional<Integer> integer(String field, Errors errors);

    /** A number, whole or decimal. */
    Optional<BigDecimal> decimal(String field, Errors errors);

    Optional<Boolean> bool(String field, Errors errors);

    /**
     * A list of strings: a JSON array, or a CSV cell separated by {@code ;}. Empty items are an error, and so is a list
     * of more than {@code maxItems}, reported once before any item is looked at.
     */
    Optional<List<String>> list(String field, int maxItems, Errors errors);

    /**
     * Citations: a JSON array of {@code {"citation", "url"}} objects, or a CSV cell of {@code citation | url} items
     * separated by {@code " ;; "}. Each is checked with {@link FieldRules#sourceProblem(String, String)}; more than
     * {@link org.partnershipatlas.model.Limits#MAX_SOURCES} is an error.
     */
    Optional<List<Source>> sources(String field, Errors errors);

    /** A nested object: a JSON object, or a group of CSV columns ({@code charter_*}, {@code factor_*}, …). */
    Optional<FieldSource> object(String field, Errors errors);

    /**
     * Nested objects: a JSON array of objects, or the items of a CSV cell (an assessment's {@code outcomes}). More
     * than {@code maxItems} is an error, reported once.
     */
    Optional<List<FieldSource>> objects(String field, int maxItems, Errors errors);
}
