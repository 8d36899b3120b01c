package org.partnershipatlas.analytics.centrality;

import java.util.Arrays;
import java.util.Objects;

import org.partnershipatlas.analytics.graph.NetworkGraph;

/**
 * Triangles through every vertex and the clustering measures built on them, unweighted, as NetworkX's
 * {@code triangles}, {@code clustering}, {@code transitivity} and {@code average_clustering}.
 *
 * <p>Definitions: {@code T(v)} = triangles containing v; local clustering {@code c(v) = 2T(v) / (d(d−1))}, 0 when
 * {@code d < 2}; transitivity = 3 × triangles / connected triples = {@code ΣT(v) / Σ d(d−1)/2}, 0 without
 * triangles; average clustering = mean of {@code c(v)} over all vertices, zeros included (0 for an empty graph).
 * Weights are ignored in every mode.
 *
 * <p>Algorithm: each tie is oriented from the lower to the higher (degree, index) rank and each vertex's higher
 * neighbours are marked, so every triangle is found once from its lowest vertex (M. Latapy, "Main-memory triangle
 * computations for very large (sparse (power-law)) graphs", Theoretical Computer Science 407, 2008).
 *
 * <p>Complexity: O(m^1.5) time, O(n + m) memory.
 */
public final class Triangles {
    private final long[] triangles;
    private final double[] clustering;
    private final double transitivity;
    private final double averageClustering;

    public Triangles(NetworkGraph graph) {
        Objects.requireNonNull(graph, "graph");
        int n = graph.nodeCount();
        int[] offsets = graph.csrOffsets();
        int[] targets = graph.csrTargets();
        int[] rank = rankByDegree(graph);
        int[] upOffsets = new int[n + 1];
        for (int v = 0; v < n; v++) {
            int count = 0;
            for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                if (rank[targets[e]] > rank[v]) {
                    count++;
                }
            }
            upOffsets[v + 1] = upOffsets[v] + count;
        }
        int[] up = new int[upOffsets[n]];
        for (int v = 0; v < n; v++) {
            int k = upOffsets[v];
            for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                if (rank[targets[e]] > rank[v]) {
                    up[k++] = targets[e];
                }
            }
        }
        long[] t = new long[n];
        int[] mark = new int[n];
        Arrays.fill(mark, -1);
        for (int v = 0; v < n; v++) {
            for (int e = upOffsets[v]; e < upOffsets[v + 1]; e++) {
                mark[up[e]] = v;
            }
            for (int e = upOffsets[v]; e < upOffsets[v + 1]; e++) {
                int u = up[e];
                for (int f = upOffsets[u]; f < upOffsets[u + 1]; f++) {
                    int w = up[f];
                    if (mark[w] == v) {
                        t[v]++;
                        t[u]++;
                        t[w]++;
                    }
                }
            }
        }
        this.triangles = t;
        this.clustering = new double[n];
        double triples = 0;
        double closed = 0;
        double sum = 0;
        for (int v = 0; v < n; v++) {
            long d = graph.degree(v);
            if (d >= 2) {
                clustering[v] = 2.0 * t[v] / (d * (d - 1.0));
            }
            sum += clustering[v];
            triples += d * (d - 1) / 2.0;
            closed += t[v];
        }
        this.transitivity = closed == 0 ? 0 : closed / triples;
        this.averageClustering = n == 0 ? 0 : sum / n;
    }

    /** Vertices ranked by (degree, index): the position of each in that order. */
    private static int[] rankByDegree(NetworkGraph graph) {
        int n = graph.nodeCount();
        long[] keys = new long[n];
        for (int v = 0; v < n; v++) {
            keys[v] = ((long) graph.degree(v) << 32) | v;
        }
        Arrays.sort(keys);
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            rank[(int) keys[i]] = i;
        }
        return rank;
    }

    public long[] triangles() {
        return triangles.clone();
    }

    public double[] clustering() {
        return clustering.clone();
    }

    public double transitivity() {
        return transitivity;
    }

    public double averageClustering() {
        return averageClustering;
    }
}
