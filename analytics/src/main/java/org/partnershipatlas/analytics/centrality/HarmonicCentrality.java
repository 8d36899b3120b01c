package org.partnershipatlas.analytics.centrality;

import java.util.Objects;

import org.partnershipatlas.analytics.graph.NetworkGraph;
import org.partnershipatlas.analytics.graph.WeightMode;

/**
 * Harmonic centrality, not normalised, as NetworkX's {@code harmonic_centrality}.
 *
 * <p>Definition: {@code H(u) = Σ_{v≠u} 1/d(u,v)}, where unreachable vertices add 0. Distances count hops, or use the
 * weights as lengths per {@link WeightMode}. JGraphT's {@code HarmonicCentrality} divides by n−1 by default; this
 * class does not.
 *
 * <p>Paper: M. Marchiori and V. Latora, "Harmony in the small-world", Physica A 285, 2000; P. Boldi and S. Vigna,
 * "Axioms for centrality", Internet Mathematics 10, 2014.
 *
 * <p>Complexity: one BFS (Dijkstra) per vertex, O(nm) (O(nm + n² log n)) time over the threads; O(n) memory per
 * thread.
 */
public final class HarmonicCentrality {
    private final double[] scores;

    public HarmonicCentrality(NetworkGraph graph, WeightMode mode, int threads) {
        Objects.requireNonNull(graph, "graph");
        scores = new DistanceSums(graph, Objects.requireNonNull(mode, "mode"), threads).reciprocalSum;
    }

    public double[] scores() {
        return scores.clone();
    }
}
