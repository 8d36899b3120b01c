package org.partnershipatlas.model.validation;

import org.partnershipatlas.model.Limits;
import org.partnershipatlas.model.Source;
import org.partnershipatlas.model.WebAddress;

/** Field rules shared by both formats that are not a record's own invariants. */
public final class FieldRules {
    /** See {@link Limits#MAX_TEXT_LENGTH}. */
    public static final int MAX_TEXT_LENGTH = Limits.MAX_TEXT_LENGTH;
    /** Separates sources in a spreadsheet cell. */
    public static final String SOURCE_SEPARATOR = " ;; ";
    /** Separates a source's citation from its url in a spreadsheet cell. */
    public static final String CITATION_URL_SEPARATOR = " | ";

    private FieldRules() {
    }

    /**
     * What is wrong with a source, or {@code null}: the rules of {@link Source} itself. Urls must be absolute
     * http(s): the UI renders them as links, and a {@code javascript:} url would run in the reader's browser.
     */
    public static String sourceProblem(String citation, String url) {
        return Source.problem(citation, url);
    }

    /** What is wrong with a web address, or {@code null} if it is an absolute http or https url. */
    public static String httpUrlProblem(String url) {
        return WebAddress.problem(url);
    }
}
