package org.partnershipatlas.analytics.introductions;

import java.util.Objects;

/**
 * What to suggest: the method, how many, optionally for one organisation only, and whether only plausible pairs
 * (a Welsh body and a partner-country organisation) count.
 */
public record SuggestionRequest(LinkPredictionMethod method, int top, String forId, boolean plausibleOnly) {
    public static final int DEFAULT_TOP = 10;

    public SuggestionRequest {
        Objects.requireNonNull(method, "method");
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1: " + top);
        }
    }

    public static SuggestionRequest of(LinkPredictionMethod method) {
        return new SuggestionRequest(method, DEFAULT_TOP, null, false);
    }

    public SuggestionRequest top(int k) {
        return new SuggestionRequest(method, k, forId, plausibleOnly);
    }

    public SuggestionRequest forOrganisation(String id) {
        return new SuggestionRequest(method, top, id, plausibleOnly);
    }

    public SuggestionRequest plausibleOnly(boolean only) {
        return new SuggestionRequest(method, top, forId, only);
    }
}
