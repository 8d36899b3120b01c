package org.partnershipatlas.analytics.centrality;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

import org.partnershipatlas.analytics.graph.NetworkGraph;
import org.partnershipatlas.analytics.graph.ParallelSources;
import org.partnershipatlas.analytics.graph.ShortestPathTree;
import org.partnershipatlas.analytics.graph.WeightMode;

/**
 * Shortest-path betweenness centrality of every vertex of an undirected graph, on the compact CSR projection,
 * parallel over sources.
 *
 * <p>Definition: {@code b(v) = Σ_{s<t, s≠v≠t} σ_st(v) / σ_st}, where {@code σ_st} is the number of shortest paths
 * between {@code s} and {@code t} and {@code σ_st(v)} the number passing through {@code v}; each unordered pair is
 * counted once ("raw", as igraph and NetworkX {@code normalized=False}). {@link #normalized()} divides by
 * {@code (n-1)(n-2)/2}, the number of pairs not containing {@code v} (NetworkX {@code normalized=True}); for
 * {@code n ≤ 2} it equals the raw value (0). JGraphT's own normalisation differs (it halves NetworkX's).
 *
 * <p>Algorithm: U. Brandes, "A faster algorithm for betweenness centrality", Journal of Mathematical Sociology
 * 25(2), 2001 — one breadth-first search (or Dijkstra with a binary heap for weighted lengths) per source, then
 * dependency accumulation in reverse order. Predecessors are not stored: the accumulation rescans each vertex's
 * neighbours and keeps those one step closer, which trades a second pass over the edges for no allocation.
 * Sources are shared out among threads, each with its own arrays; the per-thread sums are added at the end (so the
 * last bits of a score may differ between runs with different thread counts).
 *
 * <p>Approximation: with {@code samples = k < n}, only {@code k} sources drawn uniformly without replacement
 * (seeded) are used and the sums scaled by {@code n/k} (U. Brandes and C. Pich, "Centrality estimation in large
 * networks", International Journal of Bifurcation and Chaos 17(7), 2007; NetworkX {@code k=}).
 *
 * <p>Complexity: time O(nm) unweighted, O(nm + n² log n) weighted (O(km…) sampled), divided among the threads;
 * memory O(n + m) per thread (five arrays of n).
 */
public final class BetweennessCentrality {
    /** Seed of the source sample when none is given, so that approximate runs repeat. */
    public static final long DEFAULT_SEED = 42L;

    private final NetworkGraph graph;
    private final double[] raw;
    private final int sourcesUsed;

    /** Exact, unweighted, on every available processor. */
    public BetweennessCentrality(NetworkGraph graph) {
        this(graph, WeightMode.NONE, ParallelSources.defaultThreads(), 0, DEFAULT_SEED);
    }

    /**
     * @param graph   the graph
     * @param mode    how weights become path lengths
     * @param threads worker threads, at least 1
     * @param samples 0 (or ≥ n) for exact; else the number of sampled sources
     * @param seed    seed of the source sample
     */
    public BetweennessCentrality(NetworkGraph graph, WeightMode mode, int threads, int samples, long seed) {
        this.graph = Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(mode, "mode");
        if (samples < 0) {
            throw new IllegalArgumentException("samples must not be negative: " + samples);
        }
        int n = graph.nodeCount();
        int[] sources = samples == 0 || samples >= n ? ParallelSources.all(n) : sample(n, samples, seed);
        this.sourcesUsed = sources.length;
        double[] lengths = graph.lengths(mode);
        var workers = ParallelSources.run(sources, threads, () -> new Worker(graph, lengths));
        double[] sum = new double[n];
        for (Worker w : workers) {
            for (int v = 0; v < n; v++) {
                sum[v] += w.score[v];
            }
        }
        // every unordered pair was seen from both ends: halve; a sample stands for n/k times as many sources
        double scale = 0.5 * (sources.length == 0 ? 0 : (double) n / sources.length);
        for (int v = 0; v < n; v++) {
            sum[v] *= scale;
        }
        this.raw = sum;
    }

    /** {@code k} distinct vertices drawn uniformly (partial Fisher–Yates shuffle). */
    static int[] sample(int n, int k, long seed) {
        int[] all = ParallelSources.all(n);
        var random = new SplittableRandom(seed);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return java.util.Arrays.copyOf(all, k);
    }

    /** Raw betweenness per vertex (each unordered pair once); estimated when sampled. */
    public double[] raw() {
        return raw.clone();
    }

    /** Raw / ((n−1)(n−2)/2), NetworkX's normalisation; the raw value when n ≤ 2. */
    public double[] normalized() {
        int n = graph.nodeCount();
        double[] result = raw.clone();
        if (n > 2) {
            double pairs = (n - 1.0) * (n - 2.0) / 2.0;
            for (int v = 0; v < n; v++) {
                result[v] /= pairs;
            }
        }
        return result;
    }

    /** How many sources were used: n when exact. */
    public int sourcesUsed() {
        return sourcesUsed;
    }

    public boolean isExact() {
        return sourcesUsed == graph.nodeCount();
    }

    /** One thread's sums and arrays. */
    private static final class Worker implements IntConsumer {
        private final ShortestPathTree tree;
        private final int[] offsets;
        private final int[] targets;
        private final double[] lengths;
        private final double[] delta;
        private final double[] score;

        Worker(NetworkGraph graph, double[] lengths) {
            this.tree = new ShortestPathTree(graph, lengths);
            this.offsets = graph.csrOffsets();
            this.targets = graph.csrTargets();
            this.lengths = lengths;
            this.delta = new double[graph.nodeCount()];
            this.score = new double[graph.nodeCount()];
        }

        @Override
        public void accept(int source) {
            tree.run(source);
            int[] order = tree.orderArray();
            double[] dist = tree.distArray();
            double[] sigma = tree.sigmaArray();
            int reached = tree.reached();
            for (int i = reached - 1; i > 0; i--) {
                int w = order[i];
                double coefficient = (1.0 + delta[w]) / sigma[w];
                double dw = dist[w];
                if (lengths == null) {
                    double previous = dw - 1;
                    for (int e = offsets[w], end = offsets[w + 1]; e < end; e++) {
                        int v = targets[e];
                        if (dist[v] == previous) {
                            delta[v] += sigma[v] * coefficient;
                        }
                    }
                } else {
                    for (int e = offsets[w], end = offsets[w + 1]; e < end; e++) {
                        int v = targets[e];
                        if (dist[v] + lengths[e] == dw) {
                            delta[v] += sigma[v] * coefficient;
                        }
                    }
                }
                score[w] += delta[w];
            }
            for (int i = 0; i < reached; i++) {
                delta[order[i]] = 0;
            }
        }
    }
}
