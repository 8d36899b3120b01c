package org.partnershipatlas.model;

import java.time.Year;
import java.util.regex.Pattern;

/** The identifier and year rules of docs/FORMAT.md, in one place. */
public final class Ids {
    /** {@code [a-z0-9][a-z0-9-]{0,79}}: lower case, digits and hyphens, at most 80 characters. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0," + (Limits.MAX_ID_LENGTH - 1) + "}");
    /** See {@link Limits#MAX_NAME_LENGTH}. */
    public static final int MAX_NAME_LENGTH = Limits.MAX_NAME_LENGTH;
    public static final int FIRST_YEAR = 1900;

    private Ids() {
    }

    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** The latest year a fact may carry: next year (a link can be agreed for the coming year). */
    public static int lastYear() {
        return Year.now().getValue() + 1;
    }

    public static boolean isValidYear(Integer year) {
        return year == null || (year >= FIRST_YEAR && year <= lastYear());
    }

    static String requireId(String id, String what) {
        if (!isValidId(id)) {
            throw new IllegalArgumentException(what + " id must match " + ID.pattern() + ": " + id);
        }
        return id;
    }

    static Integer requireYear(Integer year, String what) {
        if (!isValidYear(year)) {
            throw new IllegalArgumentException(what + " must be between " + FIRST_YEAR + " and " + lastYear() + ": " + year);
        }
        return year;
    }

    static String requireName(String name) {
        return Text.requireName(name, MAX_NAME_LENGTH, "name");
    }

    static String blankToNull(String s) {
        return Text.blankToNull(s);
    }
}
