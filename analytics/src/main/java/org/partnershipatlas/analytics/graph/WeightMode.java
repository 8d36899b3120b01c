package org.partnershipatlas.analytics.graph;

import java.util.Locale;

/**
 * How the weight of a tie is read (issue 4). A tie's weight is its {@link org.partnershipatlas.model.Link#weight()
 * strength} (1 where none is recorded), or the third column of an edge list.
 *
 * <ul>
 *   <li>{@link #NONE}: weights are ignored; every tie has length 1 and strength 1 (strength = degree).</li>
 *   <li>{@link #DISTANCE}: the weight is a path length (betweenness, closeness, harmonic, routes); PageRank,
 *       eigenvector and Burt's measures stay unweighted; strength is the sum of weights.</li>
 *   <li>{@link #STRENGTH}: the weight is a tie strength; paths have length 1/w; PageRank, eigenvector, strength and
 *       Burt's constraint and effective size use w.</li>
 * </ul>
 */
public enum WeightMode {
    NONE, DISTANCE, STRENGTH;

    /** The CLI spelling: {@code none}, {@code distance}, {@code strength}. */
    public static WeightMode parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown weights mode \"" + text + "\" (expected none, distance or strength)");
        }
    }

    /** Whether shortest paths count hops (a breadth-first search suffices). */
    public boolean unweightedPaths() {
        return this == NONE;
    }

    /** Whether tie strengths (PageRank, eigenvector, constraint) use the weights. */
    public boolean weightedTies() {
        return this == STRENGTH;
    }

    /** The length of a tie of weight {@code w} on a path. */
    public double length(double w) {
        return switch (this) {
            case NONE -> 1.0;
            case DISTANCE -> w;
            case STRENGTH -> 1.0 / w;
        };
    }

    /** The strength of a tie of weight {@code w} for PageRank, eigenvector and Burt's measures. */
    public double tieStrength(double w) {
        return this == STRENGTH ? w : 1.0;
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
