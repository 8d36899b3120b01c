package org.partnershipatlas.analytics.graph;

import java.util.Objects;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The same projection as {@link NetworkGraph} as a JGraphT graph, vertices the string ids and edge weights the path
 * lengths of a {@link WeightMode}: for the JGraphT algorithms used as they are (Yen's k shortest paths) and as the
 * reference the CSR kernels are tested against.
 *
 * <p>Complexity: O(n + m) time and memory (JGraphT's maps: about 200 bytes per tie).
 */
public final class JGraphTProjection {
    private JGraphTProjection() {
    }

    public static Graph<String, DefaultWeightedEdge> of(NetworkGraph graph, WeightMode mode) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(mode, "mode");
        var g = new SimpleWeightedGraph<String, DefaultWeightedEdge>(DefaultWeightedEdge.class);
        for (int v = 0; v < graph.nodeCount(); v++) {
            g.addVertex(graph.id(v));
        }
        for (int v = 0; v < graph.nodeCount(); v++) {
            for (int e = graph.start(v); e < graph.end(v); e++) {
                int w = graph.target(e);
                if (v < w) {
                    g.setEdgeWeight(g.addEdge(graph.id(v), graph.id(w)), mode.length(graph.weight(e)));
                }
            }
        }
        return g;
    }
}
