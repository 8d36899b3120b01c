package org.partnershipatlas.model.validation;

/**
 * One problem found in input.
 *
 * @param location where: a JSON path ({@code links[14].to}) or a CSV place ({@code links.csv line 16, column "to"})
 * @param field    the field or column name, or {@code null} for a whole record or file
 * @param value    the offending value as written, or {@code null}
 * @param message  what is wrong, in plain words
 */
public record ValidationError(String location, String field, String value, String message) {

    /** Values are cut for display so that a hostile 1 MB cell does not become a 1 MB error message. */
    private static final int MAX_VALUE_LENGTH = 120;

    public ValidationError {
        if (value != null && value.length() > MAX_VALUE_LENGTH) {
            value = value.substring(0, MAX_VALUE_LENGTH) + "…";
        }
    }

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
