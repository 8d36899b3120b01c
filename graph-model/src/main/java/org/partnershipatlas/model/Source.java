package org.partnershipatlas.model;

/**
 * A citation for a fact: the seed paper by title and section (no url), or a web page. The rules live here, so
 * that a form, an import, a return and the API cannot store a source that breaks them.
 *
 * @param citation what is cited: 1–{@value #MAX_CITATION_LENGTH} characters, without {@value #SEPARATOR}
 * @param url      where it can be read: an http(s) address ({@link WebAddress}), or {@code null}
 */
public record Source(String citation, String url) {
    public static final int MAX_CITATION_LENGTH = 2_000;
    /** Separates sources in a spreadsheet cell (with a space either side), so no citation may contain it. */
    public static final String SEPARATOR = ";;";

    public Source {
        citation = citation == null ? null : citation.strip();
        url = url == null || url.isBlank() ? null : url.strip();
        String problem = problem(citation, url);
        if (problem != null) {
            throw new IllegalArgumentException("source: " + problem);
        }
    }

    /** What is wrong with a source, or {@code null} if nothing is. */
    public static String problem(String citation, String url) {
        if (citation == null || citation.isBlank()) {
            return "a source needs a citation";
        }
        if (citation.contains(SEPARATOR)) {
            return "a citation cannot contain \"" + SEPARATOR + "\" (it separates sources in a spreadsheet)";
        }
        if (citation.length() > MAX_CITATION_LENGTH) {
            return "citation longer than " + MAX_CITATION_LENGTH + " characters";
        }
        if (url == null || url.isBlank()) {
            return null;
        }
        return WebAddress.problem(url);
    }
}
