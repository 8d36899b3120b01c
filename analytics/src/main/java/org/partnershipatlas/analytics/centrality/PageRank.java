package org.partnershipatlas.analytics.centrality;

import java.util.Objects;

import org.partnershipatlas.analytics.graph.NetworkGraph;
import org.partnershipatlas.analytics.graph.WeightMode;

/**
 * PageRank of an undirected graph (each tie a pair of arcs), by power iteration on the CSR projection.
 *
 * <p>Definition: the stationary distribution of a walk that, with probability α = {@value #DAMPING_FACTOR}, follows
 * a tie chosen in proportion to its strength and otherwise jumps to a vertex chosen uniformly; from a vertex with no
 * ties (dangling) it always jumps uniformly. Iterated from the uniform vector until the L1 change is below
 * {@value #TOLERANCE} — the fixed point NetworkX's {@code pagerank} approaches (its default tolerance is looser,
 * {@code n·1e-6}). JGraphT's {@code PageRank} defaults to 100 iterations and 1e-4. Scores sum to 1. Tie strengths
 * are the weights only in {@link WeightMode#STRENGTH} mode.
 *
 * <p>Paper: S. Brin and L. Page, "The anatomy of a large-scale hypertextual Web search engine", Computer Networks
 * and ISDN Systems 30, 1998.
 *
 * <p>Complexity: O(m) per iteration, about log(tolerance)/log(α) ≈ 140 iterations; memory O(n) beside the graph.
 */
public final class PageRank {
    public static final double DAMPING_FACTOR = 0.85;
    public static final double TOLERANCE = 1e-10;
    public static final int MAX_ITERATIONS = 10_000;

    private final double[] scores;
    private final int iterations;

    public PageRank(NetworkGraph graph, WeightMode mode) {
        Objects.requireNonNull(graph, "graph");
        int n = graph.nodeCount();
        int[] offsets = graph.csrOffsets();
        int[] targets = graph.csrTargets();
        double[] strengths = graph.tieStrengths(Objects.requireNonNull(mode, "mode"));
        double[] outStrength = new double[n];
        for (int v = 0; v < n; v++) {
            if (strengths == null) {
                outStrength[v] = offsets[v + 1] - offsets[v];
            } else {
                for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                    outStrength[v] += strengths[e];
                }
            }
        }
        double[] x = new double[n];
        double[] next = new double[n];
        double[] share = new double[n];
        java.util.Arrays.fill(x, n == 0 ? 0 : 1.0 / n);
        int iteration = 0;
        while (n > 0 && iteration < MAX_ITERATIONS) {
            iteration++;
            double dangling = 0;
            for (int v = 0; v < n; v++) {
                if (outStrength[v] == 0) {
                    dangling += x[v];
                    share[v] = 0;
                } else {
                    share[v] = x[v] / outStrength[v];
                }
            }
            double base = (DAMPING_FACTOR * dangling + (1.0 - DAMPING_FACTOR)) / n;
            double change = 0;
            for (int v = 0; v < n; v++) {
                double sum = 0;
                if (strengths == null) {
                    for (int e = offsets[v], end = offsets[v + 1]; e < end; e++) {
                        sum += share[targets[e]];
                    }
                } else {
                    for (int e = offsets[v], end = offsets[v + 1]; e < end; e++) {
                        sum += share[targets[e]] * strengths[e];
                    }
                }
                double value = base + DAMPING_FACTOR * sum;
                change += Math.abs(value - x[v]);
                next[v] = value;
            }
            double[] t = x;
            x = next;
            next = t;
            if (change < TOLERANCE) {
                break;
            }
        }
        this.scores = x;
        this.iterations = iteration;
    }

    public double[] scores() {
        return scores.clone();
    }

    public int iterations() {
        return iterations;
    }
}
