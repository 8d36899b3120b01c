package org.partnershipatlas.model;

/**
 * Every size limit on stored facts, in one place (docs/FORMAT.md, "Limits"). The value types enforce them on
 * construction and {@link org.partnershipatlas.model.validation.EntityReader} reports them with their location, so a
 * file, a form and the API meet the same limits.
 *
 * <p>Lengths count UTF-16 code units ({@link String#length()}), which for the Latin, Welsh and African scripts of the
 * network is the number of characters. The limits are generous for real data (the seed's longest description is
 * about 700 characters, its longest citation about 400) and small enough that a hostile file cannot make one record
 * cost megabytes to store, index or draw.
 */
public final class Limits {
    /** An id: {@code [a-z0-9][a-z0-9-]{0,79}}. */
    public static final int MAX_ID_LENGTH = 80;
    /** A name of an organisation or a country. */
    public static final int MAX_NAME_LENGTH = 200;
    /** One line of text: a city, a theme, a funder, who assessed, an outcome's indicator. */
    public static final int MAX_LINE_LENGTH = 200;
    /** Long text: a description, the benefits of a partnership. */
    public static final int MAX_TEXT_LENGTH = 10_000;
    /** A citation (of a source or an outcome). */
    public static final int MAX_CITATION_LENGTH = 2_000;
    /** A web address. */
    public static final int MAX_URL_LENGTH = 2_000;

    /** Themes of one link. */
    public static final int MAX_THEMES = 50;
    /**
     * Items of one activities list as given (there are only four activities; repeats are dropped, but a list longer
     * than this is refused before it is read).
     */
    public static final int MAX_ACTIVITIES = 20;
    /** Sources of one organisation, link or assessment. */
    public static final int MAX_SOURCES = 50;
    /** Assessments of one link (one a year for a century). */
    public static final int MAX_ASSESSMENTS = 100;
    /** Funders named in one assessment. */
    public static final int MAX_FUNDERS = 50;
    /** Outcomes reported in one assessment. */
    public static final int MAX_OUTCOMES = 100;

    /** An outcome's value: at most this many digits before the decimal point (below a trillion)… */
    public static final int MAX_OUTCOME_INTEGER_DIGITS = 12;
    /** …and this many after it. */
    public static final int MAX_OUTCOME_DECIMALS = 6;
    /** How many years ahead a link may be funded ({@code fundedUntil}). */
    public static final int MAX_FUNDED_YEARS_AHEAD = 25;

    /** Errors reported for one input (docs/FORMAT.md: "up to 100"). */
    public static final int MAX_ERRORS = 100;

    private Limits() {
    }
}
