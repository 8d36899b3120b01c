package org.partnershipatlas.analytics.centrality;

import java.util.Arrays;
import java.util.Objects;

import org.partnershipatlas.analytics.graph.NetworkGraph;
import org.partnershipatlas.analytics.graph.WeightMode;

/**
 * Eigenvector centrality by NetworkX's power iteration ({@code eigenvector_centrality}).
 *
 * <p>Definition: the limit of {@code x ← (A + I)x / ‖(A + I)x‖₂} from the uniform vector, A the adjacency matrix
 * (tie strengths in {@link WeightMode#STRENGTH} mode, else 0/1); the shift by I makes the iteration converge on
 * bipartite graphs without changing the leading eigenvector. Scores have Euclidean norm 1. On a disconnected graph
 * the limit depends on the start, as in NetworkX: components whose leading eigenvalue is the largest keep weight,
 * the others decay towards 0. Stops when the L1 change is below {@code n·}{@value #TOLERANCE_PER_NODE} or after
 * {@value #MAX_ITERATIONS} iterations ({@link #converged()} tells which).
 *
 * <p>Paper: P. Bonacich, "Factoring and weighting approaches to status scores and clique identification", Journal of
 * Mathematical Sociology 2(1), 1972.
 *
 * <p>Complexity: O(n + m) per iteration; the number of iterations grows with 1/log(λ₁+1)/(λ₂+1)); memory O(n).
 */
public final class EigenvectorCentrality {
    public static final double TOLERANCE_PER_NODE = 1e-13;
    public static final int MAX_ITERATIONS = 10_000;

    private final double[] scores;
    private final boolean converged;

    public EigenvectorCentrality(NetworkGraph graph, WeightMode mode) {
        Objects.requireNonNull(graph, "graph");
        int n = graph.nodeCount();
        int[] offsets = graph.csrOffsets();
        int[] targets = graph.csrTargets();
        double[] strengths = graph.tieStrengths(Objects.requireNonNull(mode, "mode"));
        double[] x = new double[n];
        double[] next = new double[n];
        Arrays.fill(x, n == 0 ? 0 : 1.0 / n);
        boolean done = n == 0;
        for (int iteration = 0; !done && iteration < MAX_ITERATIONS; iteration++) {
            double norm = 0;
            for (int v = 0; v < n; v++) {
                double sum = x[v];
                if (strengths == null) {
                    for (int e = offsets[v], end = offsets[v + 1]; e < end; e++) {
                        sum += x[targets[e]];
                    }
                } else {
                    for (int e = offsets[v], end = offsets[v + 1]; e < end; e++) {
                        sum += x[targets[e]] * strengths[e];
                    }
                }
                next[v] = sum;
                norm += sum * sum;
            }
            norm = norm == 0 ? 1 : Math.sqrt(norm);
            double change = 0;
            for (int v = 0; v < n; v++) {
                next[v] /= norm;
                change += Math.abs(next[v] - x[v]);
            }
            double[] t = x;
            x = next;
            next = t;
            done = change < n * TOLERANCE_PER_NODE;
        }
        this.scores = x;
        this.converged = done;
    }

    public double[] scores() {
        return scores.clone();
    }

    public boolean converged() {
        return converged;
    }
}
