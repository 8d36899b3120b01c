package org.partnershipatlas.analytics;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The registry of per-organisation measures a picture can be sized by, a table sorted by and an explanation given
 * for (JGraphT's {@code VertexScoringAlgorithm} idea: one typed list instead of strings in many places). Each has
 * the {@link NodeMetrics} field it fills ({@link #field()}), a URL and message token ({@link #token()}: the UI's
 * texts are {@code metric.<token>} and {@code metric.<token>.explain}), a short English label, what it measures
 * and how it is normalised; {@link NetworkAnalytics#values(Measure)} computes one without the others.
 */
public enum Measure {
    DEGREE("degree", "Links", "how many organisations it is directly linked to",
            "a count of distinct neighbours (not divided by n − 1)", true),
    STRENGTH("strength", "Strength", "the sum of the strengths of its links",
            "sum of tie weights (NetworkX degree(weight=)); equals degree when weights are ignored", true),
    BETWEENNESS("betweenness", "Betweenness",
            "how many shortest routes between other organisations pass through it: a broker scores high",
            "raw Brandes (2001): each unordered pair of other organisations counted once (igraph; NetworkX "
                    + "normalized=False); normalised: divided by (n−1)(n−2)/2", true),
    CLOSENESS("closeness", "Closeness", "how near it is, on average, to everyone it can reach",
            "Wasserman–Faust corrected closeness (NetworkX closeness_centrality)", true),
    HARMONIC("harmonic", "Harmonic closeness", "the sum of 1/distance to every other organisation",
            "Σ 1/d, unreachable adding 0, not divided by n − 1 (NetworkX harmonic_centrality)", true),
    PAGE_RANK("pageRank", "PageRank", "importance from being linked to important organisations",
            "α 0.85, uniform teleport, dangling mass spread uniformly; sums to 1", true),
    EIGENVECTOR("eigenvector", "Eigenvector", "linked to organisations that are themselves well linked",
            "NetworkX eigenvector_centrality of (A + I), Euclidean norm 1", true),
    CORE_NUMBER("coreNumber", "Core number",
            "the deepest k-core it belongs to: how embedded it is in the well-linked centre",
            "k-core number (Batagelj–Zaversnik 2003), a whole number", true),
    CLUSTERING("clustering", "Clustering", "the share of its partners who are also partners of each other",
            "local clustering 2T / (d(d − 1)), 0 for fewer than two partners", false),
    /** Low means a broker: sizing shows 1 − constraint. */
    CONSTRAINT("constraint", "Constraint",
            "Burt's constraint: low means its partners are not linked to each other, so it spans structural holes",
            "Burt (1992) as NetworkX constraint, 0 … about 1; undefined without ties", false),
    EFFECTIVE_SIZE("effectiveSize", "Effective size", "how many non-redundant partners it has (Burt)",
            "Burt (1992) as NetworkX effective_size; undefined without ties", true);

    private final String field;
    private final String label;
    private final String description;
    private final String normalisation;
    private final boolean higherIsMore;

    Measure(String field, String label, String description, String normalisation, boolean higherIsMore) {
        this.field = field;
        this.label = label;
        this.description = description;
        this.normalisation = normalisation;
        this.higherIsMore = higherIsMore;
    }

    /** The {@link NodeMetrics} field and CLI column it fills ({@code pageRank}). */
    public String field() {
        return field;
    }

    /** Lower case with hyphens ({@code page-rank}): URL values and message keys. */
    public String token() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A short English label; the UI shows {@code metric.<token>} from its bundles. */
    public String label() {
        return label;
    }

    /** What it measures, in one line of plain English. */
    public String description() {
        return description;
    }

    /** How it is computed and normalised. */
    public String normalisation() {
        return normalisation;
    }

    /**
     * The value that makes an organisation drawn larger: the measure itself, or {@code 1 − constraint} for
     * constraint (low constraint = broker); 0 where undefined.
     */
    public double sizeValue(double raw) {
        if (Double.isNaN(raw)) {
            return 0;
        }
        return this == CONSTRAINT ? 1 - Math.min(1, raw) : raw;
    }

    /** Whether a higher value means more central or more of a broker (false for clustering and constraint). */
    public boolean higherIsMore() {
        return higherIsMore;
    }

    /** By {@link #token()} or {@link #field()} or enum name, ignoring case. */
    public static Optional<Measure> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip();
        return Arrays.stream(values()).filter(m -> m.token().equalsIgnoreCase(wanted)
                || m.field.equalsIgnoreCase(wanted) || m.name().equalsIgnoreCase(wanted)).findFirst();
    }
}
