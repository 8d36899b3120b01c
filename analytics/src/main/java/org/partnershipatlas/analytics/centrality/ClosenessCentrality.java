package org.partnershipatlas.analytics.centrality;

import org.partnershipatlas.analytics.graph.ShortestPathTree;
import java.util.Objects;

import org.partnershipatlas.analytics.graph.NetworkGraph;
import org.partnershipatlas.analytics.graph.WeightMode;

/**
 * Closeness centrality with the Wasserman–Faust correction for disconnected graphs, exactly as NetworkX's
 * {@code closeness_centrality} (its default {@code wf_improved=True}).
 *
 * <p>Definition: with {@code r(u)} the number of other vertices reachable from {@code u} and {@code S(u)} the sum of
 * their distances, {@code C(u) = (r/S) · (r/(n−1))}; 0 when {@code r = 0} (an isolated vertex or n = 1). In a
 * connected graph this is {@code (n−1)/Σd}. Distances count hops, or use the weights as lengths per
 * {@link WeightMode}. JGraphT's {@code ClosenessCentrality} instead takes only the reachable part without the
 * second factor.
 *
 * <p>Paper: S. Wasserman and K. Faust, "Social Network Analysis: Methods and Applications", Cambridge University
 * Press, 1994 (the correction); L. C. Freeman, "Centrality in social networks: conceptual clarification", Social
 * Networks 1(3), 1979.
 *
 * <p>Complexity: one BFS (Dijkstra) per vertex, O(nm) (O(nm + n² log n)) time over the threads; O(n) memory per
 * thread.
 */
public final class ClosenessCentrality {
    private final double[] scores;

    public ClosenessCentrality(NetworkGraph graph, WeightMode mode, int threads) {
        Objects.requireNonNull(graph, "graph");
        var sums = new DistanceSums(graph, Objects.requireNonNull(mode, "mode"), threads);
        int n = graph.nodeCount();
        scores = new double[n];
        for (int v = 0; v < n; v++) {
            int r = sums.reachedOthers[v];
            double total = sums.distanceSum[v];
            scores[v] = r > 0 && total > 0 ? (r / total) * (r / (n - 1.0)) : 0.0;
        }
    }

    /**
     * One vertex's closeness by one search from it (the same definition): what a detail panel needs, without the
     * O(nm) sweep over every vertex.
     */
    public static double of(NetworkGraph graph, WeightMode mode, int v) {
        var tree = new ShortestPathTree(graph, graph.lengths(mode));
        tree.run(v);
        int n = graph.nodeCount();
        int r = tree.reached() - 1;
        double total = 0;
        for (int i = 1; i < tree.reached(); i++) {
            total += tree.distance(tree.order(i));
        }
        return r > 0 && total > 0 ? (r / total) * (r / (n - 1.0)) : 0.0;
    }

    public double[] scores() {
        return scores.clone();
    }
}
