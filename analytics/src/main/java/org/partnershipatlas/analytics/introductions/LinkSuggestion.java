package org.partnershipatlas.analytics.introductions;

/**
 * A suggested new link.
 *
 * @param source   the organisation asked for (or the Welsh side, or the smaller id)
 * @param target   the suggested partner
 * @param score    the method's score (NetworkX's definition); for {@code first-partner} the number of partner
 *                 organisations of the hub it comes through
 * @param method   the CLI name of the method, or {@code first-partner} for the fallback
 * @param evidence shared neighbours, or the hub, and a plain-words reason
 */
public record LinkSuggestion(String source, String target, double score, String method, Evidence evidence) {
}
