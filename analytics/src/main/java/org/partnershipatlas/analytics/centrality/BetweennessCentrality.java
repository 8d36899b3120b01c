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
 * dependency accumulation in reverse order. Unweighted, vertices are first renumbered in breadth-first order (better
 * cache locality) and each search records its shortest-path DAG successors per vertex in one int array, which the
 * accumulation reads backwards, pulling each vertex's dependency from its successors (one division per vertex); weighted, the accumulation rescans each vertex's neighbours for those on a shortest path.
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
        double[] sum;
        if (lengths == null) {
            sum = unweighted(graph, sources, threads);
        } else {
            var workers = ParallelSources.run(sources, threads, () -> new Worker(graph, lengths));
            sum = new double[n];
            for (Worker w : workers) {
                for (int v = 0; v < n; v++) {
                    sum[v] += w.score[v];
                }
            }
        }
        // every unordered pair was seen from both ends: halve; a sample stands for n/k times as many sources
        double scale = 0.5 * (sources.length == 0 ? 0 : (double) n / sources.length);
        for (int v = 0; v < n; v++) {
            sum[v] *= scale;
        }
        this.raw = sum;
    }

    /**
     * The unweighted kernel on a relabelled copy of the CSR: vertices renumbered in breadth-first order from the
     * highest-degree vertex (Cuthill–McKee style), so that a search touches nearby array slots; each search records
     * its shortest-path DAG edges and the accumulation walks them backwards, visiting only DAG edges.
     */
    private static double[] unweighted(NetworkGraph graph, int[] sources, int threads) {
        int n = graph.nodeCount();
        int[] offsets = graph.csrOffsets();
        int[] targets = graph.csrTargets();
        int[] newOf = new int[n];
        int[] oldOf = new int[n];
        java.util.Arrays.fill(newOf, -1);
        Integer[] byDegree = new Integer[n];
        for (int v = 0; v < n; v++) {
            byDegree[v] = v;
        }
        java.util.Arrays.sort(byDegree, (a, b) -> graph.degree(b) - graph.degree(a));
        int next = 0;
        for (int root : byDegree) {
            if (newOf[root] >= 0) {
                continue;
            }
            int head = next;
            newOf[root] = next;
            oldOf[next++] = root;
            while (head < next) {
                int v = oldOf[head++];
                for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                    int w = targets[e];
                    if (newOf[w] < 0) {
                        newOf[w] = next;
                        oldOf[next++] = w;
                    }
                }
            }
        }
        int[] off = new int[n + 1];
        int[] tgt = new int[targets.length];
        for (int i = 0; i < n; i++) {
            int v = oldOf[i];
            off[i + 1] = off[i] + graph.degree(v);
            int k = off[i];
            for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                tgt[k++] = newOf[targets[e]];
            }
        }
        int[] relabelled = new int[sources.length];
        for (int i = 0; i < sources.length; i++) {
            relabelled[i] = newOf[sources[i]];
        }
        var workers = ParallelSources.run(relabelled, threads, () -> new DagWorker(off, tgt));
        double[] sum = new double[n];
        for (DagWorker w : workers) {
            for (int i = 0; i < n; i++) {
                sum[oldOf[i]] += w.score[i];
            }
        }
        return sum;
    }

    /**
     * One thread's arrays for the unweighted kernel. The search records, for the vertex at each breadth-first
     * position, where its DAG successors start in {@code successors}; the accumulation then pulls, in reverse order,
     * {@code δ(v) = σ(v) · Σ_{w succ v} (1 + δ(w)) / σ(w)}, one division per vertex, reading successors sequentially.
     */
    private static final class DagWorker implements IntConsumer {
        private final int[] offsets;
        private final int[] targets;
        private final int[] dist;
        private final double[] sigma;
        private final double[] coefficient;
        private final double[] score;
        private final int[] order;
        private final int[] successorsStart;
        private final int[] successors;

        DagWorker(int[] offsets, int[] targets) {
            int n = offsets.length - 1;
            this.offsets = offsets;
            this.targets = targets;
            this.dist = new int[n];
            java.util.Arrays.fill(dist, -1);
            this.sigma = new double[n];
            this.coefficient = new double[n];
            this.score = new double[n];
            this.order = new int[n];
            this.successorsStart = new int[n + 1];
            // each tie is a DAG edge in at most one direction
            this.successors = new int[targets.length / 2 + 1];
        }

        @Override
        public void accept(int s) {
            int tail = 0;
            int k = 0;
            order[tail++] = s;
            dist[s] = 0;
            sigma[s] = 1;
            int head = 0;
            for (; head < tail; head++) {
                int v = order[head];
                successorsStart[head] = k;
                int next = dist[v] + 1;
                double sv = sigma[v];
                for (int e = offsets[v], end = offsets[v + 1]; e < end; e++) {
                    int w = targets[e];
                    int dw = dist[w];
                    if (dw < 0) {
                        dist[w] = next;
                        sigma[w] = sv;
                        order[tail++] = w;
                        successors[k++] = w;
                    } else if (dw == next) {
                        sigma[w] += sv;
                        successors[k++] = w;
                    }
                }
            }
            successorsStart[head] = k;
            for (int i = tail - 1; i > 0; i--) {
                int v = order[i];
                double pull = 0;
                for (int j = successorsStart[i], end = successorsStart[i + 1]; j < end; j++) {
                    pull += coefficient[successors[j]];
                }
                double delta = sigma[v] * pull;
                score[v] += delta;
                coefficient[v] = (1.0 + delta) / sigma[v];
            }
            // σ and the coefficient are assigned before they are read in the next search; only dist marks visits
            for (int i = 0; i < tail; i++) {
                dist[order[i]] = -1;
            }
        }
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

    /**
     * How the scores were obtained, as the CLI writes it under {@code approximation}: {@code method} (exact, or
     * Brandes–Pich source sampling), {@code samples} (sources used), and {@code epsilon}/{@code delta}: 0 when exact,
     * {@code null} when sampled (a fixed sample carries no stated guarantee).
     */
    public java.util.Map<String, Object> description() {
        var d = new java.util.LinkedHashMap<String, Object>();
        d.put("method", isExact() ? "exact (Brandes 2001)"
                : "source sampling (Brandes-Pich 2007), scaled by n/k");
        d.put("samples", sourcesUsed);
        d.put("epsilon", isExact() ? 0.0 : null);
        d.put("delta", isExact() ? 0.0 : null);
        return d;
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
