package org.partnershipatlas.analytics;

import java.util.ArrayList;
import java.util.Locale;

/**
 * Every per-organisation measure of {@link NetworkAnalytics#metrics()}: the fields of the CLI's {@code metrics}
 * node objects. Definitions are in {@link Conventions} and the algorithm classes' javadoc.
 *
 * @param id                    organisation (vertex) id
 * @param degree                ties (linked pairs)
 * @param strength              sum of tie weights (= degree when weights are ignored)
 * @param betweenness           raw, each unordered pair once (estimated when sampled)
 * @param betweennessNormalized raw / ((n−1)(n−2)/2)
 * @param closeness             Wasserman–Faust
 * @param harmonic              Σ 1/d, not normalised
 * @param pageRank              α 0.85
 * @param eigenvector           Euclidean norm 1
 * @param coreNumber            k-core number
 * @param clustering            local clustering coefficient
 * @param triangles             triangles through the vertex
 * @param constraint            Burt's constraint, {@code null} for an organisation without ties
 * @param effectiveSize         Burt's effective size, {@code null} for an organisation without ties
 * @param community             Louvain community number
 */
public record NodeMetrics(
        String id,
        int degree,
        double strength,
        double betweenness,
        double betweennessNormalized,
        double closeness,
        double harmonic,
        double pageRank,
        double eigenvector,
        int coreNumber,
        double clustering,
        long triangles,
        Double constraint,
        Double effectiveSize,
        int community) {

    /** The measures in plain words, for a detail panel. */
    public String explain() {
        var parts = new ArrayList<String>();
        parts.add(degree == 1 ? "1 tie" : degree + " ties");
        if (betweenness > 0) {
            parts.add(String.format(Locale.ROOT, "on shortest routes between %.0f pairs of other organisations "
                    + "(%.1f%% of all such pairs)", betweenness, 100 * betweennessNormalized));
        } else {
            parts.add("on no shortest route between others");
        }
        if (triangles > 0) {
            parts.add(String.format(Locale.ROOT, "%d of its partner pairs are partners too (clustering %.2f)",
                    triangles, clustering));
        }
        if (constraint != null) {
            parts.add(String.format(Locale.ROOT, "constraint %.2f (%s)", constraint,
                    constraint < 0.5 ? "contacts mostly unconnected to each other: a broker position"
                            : "contacts tied to each other: little brokerage"));
        }
        parts.add("k-core " + coreNumber + ", community " + community);
        return String.join("; ", parts);
    }
}
