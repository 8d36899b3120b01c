package org.partnershipatlas.analytics.centrality;

import java.util.Objects;

import org.partnershipatlas.analytics.graph.NetworkGraph;
import org.partnershipatlas.analytics.graph.WeightMode;

/**
 * Degree (ties, each linked pair once) and strength (weighted degree: the sum of the weights of a vertex's ties;
 * equal to the degree in {@link WeightMode#NONE} mode), and the density {@code 2m / (n(n−1))} (0 for n ≤ 1), as
 * NetworkX's {@code degree}, {@code degree(weight=)} and {@code density}.
 *
 * <p>Complexity: O(n + m) time, O(n) memory.
 */
public final class Degrees {
    private Degrees() {
    }

    public static int[] degree(NetworkGraph graph) {
        Objects.requireNonNull(graph, "graph");
        int[] d = new int[graph.nodeCount()];
        for (int v = 0; v < d.length; v++) {
            d[v] = graph.degree(v);
        }
        return d;
    }

    public static double[] strength(NetworkGraph graph, WeightMode mode) {
        Objects.requireNonNull(graph, "graph");
        double[] s = new double[graph.nodeCount()];
        for (int v = 0; v < s.length; v++) {
            if (mode == WeightMode.NONE) {
                s[v] = graph.degree(v);
            } else {
                for (int e = graph.start(v); e < graph.end(v); e++) {
                    s[v] += graph.weight(e);
                }
            }
        }
        return s;
    }

    public static double density(NetworkGraph graph) {
        long n = graph.nodeCount();
        return n <= 1 ? 0.0 : 2.0 * graph.edgeCount() / (n * (n - 1.0));
    }
}
