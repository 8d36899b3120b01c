package org.partnershipatlas.analytics.centrality;

import java.util.Arrays;
import java.util.Objects;

import org.partnershipatlas.analytics.graph.NetworkGraph;
import org.partnershipatlas.analytics.graph.WeightMode;

/**
 * PageRank of an undirected graph (each tie a pair of arcs), by over-relaxed Gauss–Seidel sweeps on the CSR
 * projection.
 *
 * <p>Definition: the stationary distribution of a walk that, with probability α = {@value #DAMPING_FACTOR}, follows
 * a tie chosen in proportion to its strength and otherwise jumps to a vertex chosen uniformly; from a vertex with no
 * ties (dangling) it always jumps uniformly. Iterated until the L1 change of one sweep is below {@value #TOLERANCE} —
 * the fixed point NetworkX's {@code pagerank} approaches (its default tolerance is looser, {@code n·1e-6}). JGraphT's
 * {@code PageRank} defaults to 100 iterations and 1e-4. Scores sum to 1. Tie strengths are the weights only in
 * {@link WeightMode#STRENGTH} mode.
 *
 * <p>Paper: S. Brin and L. Page, "The anatomy of a large-scale hypertextual Web search engine", Computer Networks
 * and ISDN Systems 30, 1998.
 *
 * <p>Iteration: the fixed point is the unique solution of the linear system
 * {@code x = αPx + ((α·dangling(x) + 1 − α)/n)·1} (which sums to 1). It is reached by successive over-relaxation
 * (SOR) Gauss–Seidel sweeps instead of the power method: each sweep updates the scores in place, in vertex order, a
 * vertex reading the values its predecessors got in the same sweep, and moves {@value #RELAXATION} times the
 * Gauss–Seidel step ({@code x_v ← x_v + ω(gs_v − x_v)}); the dangling mass is the sweep's start value. Because the
 * graph is undirected, {@code I − αP} is similar, by the diagonal scaling {@code D^½}, to a symmetric positive definite
 * matrix (eigenvalues in [1−α, 1+α]), so SOR converges for any 0 &lt; ω &lt; 2 (Ostrowski–Reich), to the same fixed
 * point; ω = {@value #RELAXATION} takes 24 sweeps on the synthetic 100k network where the power method takes about
 * 140 to the same rule, plain Gauss–Seidel 58, ω = 1.3 27 and ω = 1.5 31. The iteration starts from {@code (1−α)/n + α·s(v)/Σs}, the PageRank of a
 * graph without teleport bias, closer to the answer than the uniform vector. The stopping rule is the power
 * method's: L1 change of a sweep below {@value #TOLERANCE}. Gauss–Seidel for PageRank: A. Arasu, J. Novak,
 * A. Tomkins and J. Tomlin, "PageRank computation and the structure of the web", WWW 2002; SOR: D. M. Young,
 * "Iterative methods for solving partial difference equations of elliptic type", 1950.
 *
 * <p>Kernel: unweighted, each vertex's ties are read in fours from a copy of the CSR padded with a vertex of share 0,
 * so that the loop over a typical vertex (3–8 ties) runs once or twice and its exit is predictable. One thread;
 * deterministic.
 *
 * <p>Complexity: O(m) per sweep; memory O(n + m) beside the graph (the padded copy).
 */
public final class PageRank {
    public static final double DAMPING_FACTOR = 0.85;
    public static final double TOLERANCE = 1e-10;
    public static final int MAX_ITERATIONS = 10_000;
    /** The over-relaxation factor ω of the sweeps (1 would be plain Gauss–Seidel). */
    public static final double RELAXATION = 1.4;

    private final double[] scores;
    private final int iterations;

    public PageRank(NetworkGraph graph, WeightMode mode) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(mode, "mode");
        int n = graph.nodeCount();
        int[] offsets = graph.csrOffsets();
        int[] targets = graph.csrTargets();
        double[] strengths = graph.tieStrengths(mode);
        double[] x = new double[n];
        // one more slot: the padding vertex of the four-wide unweighted sweep, share 0
        double[] share = new double[n + 1];
        double[] inverse = new double[n];
        double total = 0;
        for (int v = 0; v < n; v++) {
            double s = strength(offsets, strengths, v);
            inverse[v] = s == 0 ? 0 : 1.0 / s;
            total += s;
        }
        for (int v = 0; v < n; v++) {
            double s = strength(offsets, strengths, v);
            x[v] = (1 - DAMPING_FACTOR) / n + DAMPING_FACTOR * (total == 0 ? 1.0 / n : s / total);
            share[v] = x[v] * inverse[v];
        }
        int[] paddedOffsets = null;
        int[] paddedTargets = null;
        if (strengths == null) {
            paddedOffsets = new int[n + 1];
            int size = 0;
            for (int v = 0; v < n; v++) {
                paddedOffsets[v] = size;
                size += (offsets[v + 1] - offsets[v] + 3) & ~3;
            }
            paddedOffsets[n] = size;
            paddedTargets = new int[size];
            Arrays.fill(paddedTargets, n);
            for (int v = 0; v < n; v++) {
                System.arraycopy(targets, offsets[v], paddedTargets, paddedOffsets[v], offsets[v + 1] - offsets[v]);
            }
        }
        // the vertices without ties, whose mass is spread uniformly (none in most networks: no pass over all)
        int[] dangling = new int[n];
        int danglingCount = 0;
        for (int v = 0; v < n; v++) {
            if (inverse[v] == 0) {
                dangling[danglingCount++] = v;
            }
        }
        int iteration = 0;
        while (n > 0 && iteration < MAX_ITERATIONS) {
            iteration++;
            double danglingMass = 0;
            for (int i = 0; i < danglingCount; i++) {
                danglingMass += x[dangling[i]];
            }
            // the dangling mass of the sweep's start; at the fixed point it equals the current one
            double base = (DAMPING_FACTOR * danglingMass + (1.0 - DAMPING_FACTOR)) / n;
            double change = strengths == null
                    ? sweep(paddedOffsets, paddedTargets, x, share, inverse, base)
                    : sweepWeighted(offsets, targets, strengths, x, share, inverse, base);
            if (change < TOLERANCE) {
                break;
            }
        }
        this.scores = x;
        this.iterations = iteration;
    }

    private static double strength(int[] offsets, double[] strengths, int v) {
        if (strengths == null) {
            return offsets[v + 1] - offsets[v];
        }
        double s = 0;
        for (int e = offsets[v]; e < offsets[v + 1]; e++) {
            s += strengths[e];
        }
        return s;
    }

    /** One over-relaxed Gauss–Seidel sweep over unit-strength ties, read in fours; returns the L1 change. */
    private static double sweep(int[] offsets, int[] targets, double[] x, double[] share, double[] inverse,
                                double base) {
        double change = 0;
        int n = x.length;
        for (int v = 0; v < n; v++) {
            // two sums halve the chain of dependent additions
            double s0 = 0;
            double s1 = 0;
            for (int e = offsets[v], end = offsets[v + 1]; e < end; e += 4) {
                s0 += share[targets[e]] + share[targets[e + 1]];
                s1 += share[targets[e + 2]] + share[targets[e + 3]];
            }
            double old = x[v];
            double value = old + RELAXATION * (base + DAMPING_FACTOR * (s0 + s1) - old);
            change += Math.abs(value - old);
            x[v] = value;
            share[v] = value * inverse[v];
        }
        return change;
    }

    /** One over-relaxed Gauss–Seidel sweep with tie strengths; returns the L1 change. */
    private static double sweepWeighted(int[] offsets, int[] targets, double[] strengths, double[] x, double[] share,
                                        double[] inverse, double base) {
        double change = 0;
        int n = x.length;
        for (int v = 0; v < n; v++) {
            double sum = 0;
            for (int e = offsets[v], end = offsets[v + 1]; e < end; e++) {
                sum += share[targets[e]] * strengths[e];
            }
            double old = x[v];
            double value = old + RELAXATION * (base + DAMPING_FACTOR * sum - old);
            change += Math.abs(value - old);
            x[v] = value;
            share[v] = value * inverse[v];
        }
        return change;
    }

    public double[] scores() {
        return scores.clone();
    }

    /** The number of sweeps done. */
    public int iterations() {
        return iterations;
    }
}
