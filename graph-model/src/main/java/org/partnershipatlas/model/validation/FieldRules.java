package org.partnershipatlas.model.validation;

import java.net.URI;
import java.net.URISyntaxException;

/** Field rules shared by both formats that are not a record's own invariants. */
public final class FieldRules {
    public static final int MAX_TEXT_LENGTH = 10_000;
    public static final int MAX_CITATION_LENGTH = 2_000;
    public static final int MAX_URL_LENGTH = 2_000;
    /** Separates sources in a spreadsheet cell. */
    public static final String SOURCE_SEPARATOR = " ;; ";
    /** Separates a source's citation from its url in a spreadsheet cell. */
    public static final String CITATION_URL_SEPARATOR = " | ";

    private FieldRules() {
    }

    /**
     * What is wrong with a source, or {@code null}. Urls must be absolute http(s): the UI renders them as links, and
     * a {@code javascript:} url would run in the reader's browser.
     */
    public static String sourceProblem(String citation, String url) {
        if (citation == null || citation.isBlank()) {
            return "a source needs a citation";
        }
        if (citation.contains(SOURCE_SEPARATOR.strip())) {
            return "a citation cannot contain \"" + SOURCE_SEPARATOR.strip() + "\" (it separates sources in a spreadsheet)";
        }
        if (citation.length() > MAX_CITATION_LENGTH) {
            return "citation longer than " + MAX_CITATION_LENGTH + " characters";
        }
        if (url == null || url.isBlank()) {
            return null;
        }
        if (url.length() > MAX_URL_LENGTH) {
            return "url longer than " + MAX_URL_LENGTH + " characters";
        }
        return httpUrlProblem(url);
    }

    /** What is wrong with a web address, or {@code null} if it is an absolute http or https url. */
    public static String httpUrlProblem(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null) {
                return "not an http(s) address";
            }
            return null;
        } catch (URISyntaxException e) {
            return "not a valid address (" + e.getReason() + ")";
        }
    }
}
