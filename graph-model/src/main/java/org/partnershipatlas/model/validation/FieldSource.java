package org.partnershipatlas.model.validation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.partnershipatlas.model.Source;

/**
 * One record of input — a JSON object or a CSV row — seen field by field. Each getter returns the value if the
 * field is present and of the right shape; if it is present but malformed it records an error naming the location
 * and returns empty; if it is absent or empty it returns empty without an error (required fields are the
 * {@link EntityReader}'s business).
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

    Optional<Boolean> bool(String field, Errors errors);

    /** A list of strings: a JSON array, or a CSV cell separated by {@code ;}. Empty items are an error. */
    Optional<List<String>> list(String field, Errors errors);

    /**
     * Citations: a JSON array of {@code {"citation", "url"}} objects, or a CSV cell of {@code citation | url} items
     * separated by {@code " ;; "}. Each is checked with {@link FieldRules#sourceProblem(String, String)}.
     */
    Optional<List<Source>> sources(String field, Errors errors);

    /** A nested object (JSON only; a CSV row has none and returns empty). */
    Optional<FieldSource> object(String field, Errors errors);
}
