package org.partnershipatlas.model;

/**
 * A citation for a fact: the seed paper by title and section (no url), or a web page. The rules live here, so
 * that a form, an import, a return and the API cannot store a source that breaks them.
 *
 * @param citation what is cited: one line of 1–{@value #MAX_CITATION_LENGTH} characters ({@link Text}), without
 *                 {@value #SEPARATOR}
 * @param url      where it can be read: an http(s) address ({@link WebAddress}), or {@code null}
 */
public record Source(String citation, String url) {
    /** See {@link Limits#MAX_CITATION_LENGTH}. */
    public static final int MAX_CITATION_LENGTH = Limits.MAX_CITATION_LENGTH;
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
        String text = Text.problem(citation, Text.Kind.LINE, MAX_CITATION_LENGTH);
        if (text != null) {
            return "citation " + text;
        }
        if (url == null || url.isBlank()) {
            return null;
        }
        return WebAddress.problem(url);
    }
}
