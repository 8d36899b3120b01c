package org.partnershipatlas.analytics.whatif;

/**
 * The headline measures a what-if compares before and after a removal, typed (never a name in a string). On a
 * large network betweenness is estimated ({@link #BETWEENNESS_ESTIMATED}); the others are always exact. Each is one
 * of the analytics' per-organisation measures ({@code org.partnershipatlas.analytics.Measure}), named by its
 * {@link #field()}.
 */
public enum WhatIfMeasure {
    DEGREE("degree", false),
    BETWEENNESS("betweennessNormalized", false),
    /** Normalised betweenness from a sample with a stated error bound (KADABRA or sampled sources). */
    BETWEENNESS_ESTIMATED("betweennessNormalized", true),
    CLOSENESS("closeness", false),
    PAGE_RANK("pageRank", false);

    private final String field;
    private final boolean estimated;

    WhatIfMeasure(String field, boolean estimated) {
        this.field = field;
        this.estimated = estimated;
    }

    /** The analytics' field and CLI column it is ({@code betweennessNormalized}). */
    public String field() {
        return field;
    }

    /** Whether its values are an estimate. */
    public boolean estimated() {
        return estimated;
    }
}
