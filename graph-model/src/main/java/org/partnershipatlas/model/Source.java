package org.partnershipatlas.model;

import java.util.Objects;

/**
 * A citation for a fact: the seed paper by title and section (no url), or a web page.
 *
 * @param citation what is cited, never blank
 * @param url      where it can be read, or {@code null}
 */
public record Source(String citation, String url) {
    public Source {
        Objects.requireNonNull(citation, "citation");
        citation = citation.strip();
        if (citation.isEmpty()) {
            throw new IllegalArgumentException("source citation is blank");
        }
        url = url == null || url.isBlank() ? null : url.strip();
    }
}
