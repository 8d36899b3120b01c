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
 * dependency accumulation in reverse order. Sources are shared out among threads, each with its own arrays; the
 * per-thread sums are added at the end (so the last bits of a score may differ between runs with different thread
 * counts).
 *
 * <p>Exact speed-up, every weight mode: degree-1 vertices are folded away first ({@link LeafFolding}: M. Baglioni,
 * F. Geraci, M. Pellegrini and E. Lastres, "Fast exact computation of betweenness centrality in social networks",
 * ASONAM 2012): the trees hanging off the network are counted in closed form and Brandes runs, with vertex
 * multiplicities, only on the rest, so a network of n organisations of which l have one partner costs about
 * ((n−l)/n)² of the full search. With no degree-1 vertex (the synthetic benchmark networks: every organisation has
 * three or more ties) nothing changes. Results equal plain Brandes' to rounding (tested to 1e-9 on random graphs
 * with many leaves and cut vertices, in all three weight modes). One caveat for weights, folded or not: with
 * {@code strength} the lengths are 1/w, which for most w are not exact binary fractions, so whether two paths of
 * mathematically equal length tie can depend on the order of the additions — the folded run adds tree lengths
 * separately and may then count a tie that plain Brandes misses, or the reverse (the test uses weights 1, 2, 4,
 * where the sums are exact). Cut vertices inside the 2-core (biconnected-component decomposition, Sarıyüce et al.
 * 2013) are not exploited.
 *
 * <p>Unweighted kernel: vertices are renumbered in breadth-first order (better cache locality) and each vertex's ties
 * padded to a multiple of four with a vertex no search reaches, so that the loop over a typical vertex's ties runs
 * once or twice (a predictable exit); each tie is examined without a conditional jump (an unreached vertex has
 * distance {@code Integer.MAX_VALUE}, so "new" is {@code d > next} and "on the DAG" {@code d ≥ next}, two sign bits
 * that decide by arithmetic what is kept), since those tests are unpredictable. The search is direction-optimising
 * (S. Beamer, K. Asanović and D. Patterson, "Direction-optimizing breadth-first search", SC 2012): once the vertices
 * not yet reached have fewer ties than the frontier — on low-diameter networks, for the last one or two levels,
 * which otherwise scan a third of all ties only to look back — the next levels are found from the unreached side,
 * each new vertex summing σ over its parents and keeping them in a parent list, through which the accumulation
 * pushes its coefficient back (−37% CPU on the 10k synthetic network). Each
 * search records its shortest-path DAG successors per vertex (padded to fours likewise) in one int array, which the
 * accumulation reads backwards, pulling each vertex's dependency from its successors (one division per vertex) and
 * resetting the vertex for the next search as it goes. Weighted, the accumulation rescans each vertex's neighbours
 * for those on a shortest path.
 *
 * <p>Approximation: with {@code samples = k < n}, only {@code k} sources drawn uniformly without replacement
 * (seeded) are used and the sums scaled by {@code n/k} (U. Brandes and C. Pich, "Centrality estimation in large
 * networks", International Journal of Bifurcation and Chaos 17(7), 2007; NetworkX {@code k=}).
 *
 * <p>Complexity: time O(nm) unweighted, O(nm + n² log n) weighted (O(km…) sampled; exact, n and m those of the
 * graph left after folding), divided among the threads; memory O(n + m) per thread.
 */
public final class BetweennessCentrality {
    /** Seed of the source sample when none is given, so that approximate runs repeat. */
    public static final long DEFAULT_SEED = 42L;

    private final NetworkGraph graph;
    private final double[] raw;
    private final int sourcesUsed;
    private final int folded;

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
        LeafFolding folding = sources.length == n ? LeafFolding.of(graph) : null;
        if (folding != null) {
            this.folded = folding.foldedCount();
            sum = folding.betweenness(lengths, threads);
        } else {
            this.folded = 0;
            sum = brandes(graph.csrOffsets(), graph.csrTargets(), lengths, null, sources, threads);
            // every unordered pair was seen from both ends: halve; a sample stands for n/k times as many sources
            double scale = 0.5 * (sources.length == 0 ? 0 : (double) n / sources.length);
            for (int v = 0; v < n; v++) {
                sum[v] *= scale;
            }
        }
        this.raw = sum;
    }

    /**
     * Σ over {@code sources} s of {@code m(s)·δ_s(v)}, where {@code δ_s(v) = Σ_t m(t)·σ_st(v)/σ_st} — Brandes with
     * vertex multiplicities {@code m} (all 1 when {@code multiplicity} is null), on a bare CSR: each ordered pair once.
     */
    static double[] brandes(int[] offsets, int[] targets, double[] lengths, double[] multiplicity, int[] sources,
                            int threads) {
        int n = offsets.length - 1;
        if (lengths == null) {
            return unweighted(offsets, targets, multiplicity, sources, threads);
        }
        var workers = ParallelSources.run(sources, threads,
                () -> new Worker(offsets, targets, lengths, multiplicity));
        double[] sum = new double[n];
        for (Worker w : workers) {
            for (int v = 0; v < n; v++) {
                sum[v] += w.score[v];
            }
        }
        return sum;
    }

    /**
     * The unweighted kernel on a relabelled copy of the CSR: vertices renumbered in breadth-first order from the
     * highest-degree vertex (Cuthill–McKee style), so that a search touches nearby array slots; each search records
     * its shortest-path DAG edges and the accumulation walks them backwards, visiting only DAG edges.
     */
    private static double[] unweighted(int[] offsets, int[] targets, double[] multiplicity, int[] sources,
                                       int threads) {
        int n = offsets.length - 1;
        int[] newOf = new int[n];
        int[] oldOf = new int[n];
        java.util.Arrays.fill(newOf, -1);
        // vertices by degree, highest first, ties in vertex order (a counting sort: no boxing, no comparator calls
        // in a cold JVM)
        int maxDegree = 0;
        for (int v = 0; v < n; v++) {
            maxDegree = Math.max(maxDegree, offsets[v + 1] - offsets[v]);
        }
        int[] slot = new int[maxDegree + 2];
        for (int v = 0; v < n; v++) {
            slot[maxDegree - (offsets[v + 1] - offsets[v]) + 1]++;
        }
        for (int d = 1; d < slot.length; d++) {
            slot[d] += slot[d - 1];
        }
        int[] byDegree = new int[n];
        for (int v = 0; v < n; v++) {
            byDegree[slot[maxDegree - (offsets[v + 1] - offsets[v])]++] = v;
        }
        int next = 0;
        // each component gets a contiguous range of new numbers: component[i], and the range [first, end)
        int[] component = new int[n];
        int[] componentFirst = new int[n + 1];
        int components = 0;
        for (int root : byDegree) {
            if (newOf[root] >= 0) {
                continue;
            }
            componentFirst[components++] = next;
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
        componentFirst[components] = n;
        int[] degree = new int[n];
        long[] componentArcs = new long[components];
        for (int c = 0; c < components; c++) {
            for (int i = componentFirst[c]; i < componentFirst[c + 1]; i++) {
                component[i] = c;
                int v = oldOf[i];
                degree[i] = offsets[v + 1] - offsets[v];
                componentArcs[c] += degree[i];
            }
        }
        // each vertex's ties padded to a multiple of four with the extra vertex n, which no search ever reaches
        int[] off = new int[n + 1];
        for (int i = 0; i < n; i++) {
            int v = oldOf[i];
            off[i + 1] = off[i] + ((offsets[v + 1] - offsets[v] + 3) & ~3);
        }
        int[] tgt = new int[off[n]];
        java.util.Arrays.fill(tgt, n);
        for (int i = 0; i < n; i++) {
            int v = oldOf[i];
            int k = off[i];
            for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                tgt[k++] = newOf[targets[e]];
            }
        }
        double[] mult = null;
        if (multiplicity != null) {
            mult = new double[n];
            for (int i = 0; i < n; i++) {
                mult[i] = multiplicity[oldOf[i]];
            }
        }
        int[] relabelled = new int[sources.length];
        for (int i = 0; i < sources.length; i++) {
            relabelled[i] = newOf[sources[i]];
        }
        int arcs = targets.length;
        double[] m = mult;
        var shape = new Shape(degree, component, componentFirst, componentArcs);
        var workers = ParallelSources.run(relabelled, threads, () -> new DagWorker(off, tgt, arcs, m, shape));
        double[] sum = new double[n];
        for (DagWorker w : workers) {
            for (int i = 0; i < n; i++) {
                sum[oldOf[i]] += w.score[i];
            }
        }
        return sum;
    }

    /** What every worker of the unweighted kernel shares: degrees, components as ranges, ties per component. */
    private record Shape(int[] degree, int[] component, int[] componentFirst, long[] componentArcs) {
    }

    /**
     * One thread's arrays for the unweighted kernel. The search records, for the vertex at each breadth-first
     * position, where its DAG successors start in {@code successors}; the accumulation then pulls, in reverse order,
     * {@code δ(v) = σ(v) · Σ_{w succ v} (1 + δ(w)) / σ(w)}, one division per vertex, reading successors sequentially.
     */
    private static final class DagWorker implements IntConsumer {
        /** The distance of an unreached vertex: above every level. */
        private static final int UNREACHED = Integer.MAX_VALUE;
        /** The padding vertex's distance: below every level a search looks for (≥ 1), so it is never kept. */
        private static final int PADDING = -1;

        private final int n;
        private final int[] offsets;
        private final int[] targets;
        private final double[] multiplicity;
        private final int[] dist;
        private final double[] sigma;
        private final double[] coefficient;
        private final double[] score;
        private final int[] order;
        private final int[] successorsStart;
        private final int[] successors;
        private final Shape shape;
        /** Bottom-up steps: the component's vertices not reached yet. */
        private final int[] remaining;
        /** Bottom-up steps: parents of the vertex at each breadth-first position, {@code [predFrom, predTo)}. */
        private final int[] preds;
        private final int[] predFrom;
        private final int[] predTo;
        /** Dependency pushed to a vertex by its bottom-up children (their coefficients), reset as it is read. */
        private final double[] pushed;

        /**
         * @param offsets      padded CSR offsets (multiples of four)
         * @param targets      padded CSR targets, padding = n
         * @param arcs         the number of real half-edges
         * @param multiplicity per-vertex multiplicity, or null for 1
         */
        DagWorker(int[] offsets, int[] targets, int arcs, double[] multiplicity, Shape shape) {
            int n = offsets.length - 1;
            this.shape = shape;
            this.remaining = new int[n];
            this.preds = new int[arcs / 2 + 1];
            this.predFrom = new int[n + 1];
            this.predTo = new int[n + 1];
            this.pushed = new double[n + 1];
            this.n = n;
            this.offsets = offsets;
            this.targets = targets;
            this.multiplicity = multiplicity;
            this.dist = new int[n + 1];
            java.util.Arrays.fill(dist, UNREACHED);
            dist[n] = PADDING;
            // σ and the coefficient of the padding vertex stay 0
            this.sigma = new double[n + 1];
            this.coefficient = new double[n + 1];
            this.score = new double[n];
            // one slot more: the branch-free search writes a candidate one past the last vertex reached
            this.order = new int[n + 1];
            this.successorsStart = new int[n + 1];
            // each tie is a DAG edge in at most one direction; each vertex's list is padded by at most four
            this.successors = new int[arcs / 2 + 4 * n + 8];
        }

        @Override
        public void accept(int s) {
            final int[] offsets = this.offsets;
            final int[] targets = this.targets;
            final int[] dist = this.dist;
            final double[] sigma = this.sigma;
            final int[] order = this.order;
            final int[] successors = this.successors;
            final int pad = n;
            int tail = 0;
            int k = 0;
            order[tail++] = s;
            dist[s] = 0;
            sigma[s] = 1;
            final int[] degree = shape.degree;
            final int c = shape.component[s];
            long unseenArcs = shape.componentArcs[c] - degree[s];
            int remainingCount = -1;
            int predTop = 0;
            int head = 0;
            int level = 0;
            predFrom[0] = 0;
            predTo[0] = 0;
            while (head < tail) {
                int levelEnd = tail;
                long frontierArcs = 0;
                for (int i = head; i < levelEnd; i++) {
                    frontierArcs += degree[order[i]];
                }
                if (remainingCount < 0 && unseenArcs + ((shape.componentFirst[c + 1] - shape.componentFirst[c]) >> 3)
                        < frontierArcs) {
                    // direction-optimising (Beamer, Asanović and Patterson, SC 2012): when the vertices not yet
                    // reached have fewer ties than the frontier, find the next level from their side; this and every
                    // later level are found so, and their DAG edges kept as parent lists instead of successor lists
                    remainingCount = 0;
                    for (int w = shape.componentFirst[c], end = shape.componentFirst[c + 1]; w < end; w++) {
                        remaining[remainingCount] = w;
                        remainingCount += dist[w] == UNREACHED ? 1 : 0;
                    }
                }
                if (remainingCount < 0) {
                    for (; head < levelEnd; head++) {
                        int v = order[head];
                        int first = k;
                        successorsStart[head] = first;
                        int next = dist[v] + 1;
                        double sv = sigma[v];
                        // branch-free, four ties at a time: whether w is new, or on the DAG (new, or one level down),
                        // decides by arithmetic what is kept, so the unpredictable tests cost no mispredicted jumps,
                        // and most vertices (3 to 8 ties) take the loop once or twice. σ of an unreached vertex is 0.
                        for (int e = offsets[v], end = offsets[v + 1]; e < end; e += 4) {
                            for (int u = 0; u < 4; u++) {
                                int w = targets[e + u];
                                int dw = dist[w];
                                // a reached vertex lies at most one level down (dw ≤ next) and an unreached one
                                // above every level: w is new iff dw > next, on the DAG iff dw ≥ next (dw ≥ −1: no
                                // overflow)
                                int fresh = (next - dw) >>> 31;
                                int onDag = (next - 1 - dw) >>> 31;
                                dist[w] = Math.min(dw, next);
                                order[tail] = w;
                                tail += fresh;
                                successors[k] = w;
                                k += onDag;
                                sigma[w] += onDag * sv;
                            }
                        }
                        // pad the successor list to a multiple of four (at least four) with the padding vertex
                        int count = k - first;
                        successors[k] = pad;
                        successors[k + 1] = pad;
                        successors[k + 2] = pad;
                        successors[k + 3] = pad;
                        k = first + ((count + 3) & ~3) + (((count - 1) >>> 31) << 2);
                    }
                    for (int i = levelEnd; i < tail; i++) {
                        unseenArcs -= degree[order[i]];
                        // found top-down: no parent list
                        predFrom[i] = 0;
                        predTo[i] = 0;
                    }
                } else {
                    for (; head < levelEnd; head++) {
                        successorsStart[head] = k;
                    }
                    int kept = 0;
                    for (int r = 0; r < remainingCount; r++) {
                        int w = remaining[r];
                        int from = predTop;
                        double sw = 0;
                        for (int e = offsets[w], end = offsets[w + 1]; e < end; e += 4) {
                            for (int u = 0; u < 4; u++) {
                                int p = targets[e + u];
                                int x = dist[p] ^ level;
                                int parent = ((x | -x) >>> 31) ^ 1;
                                preds[predTop] = p;
                                predTop += parent;
                                sw += parent * sigma[p];
                            }
                        }
                        if (sw > 0) {
                            dist[w] = level + 1;
                            sigma[w] = sw;
                            predFrom[tail] = from;
                            predTo[tail] = predTop;
                            order[tail++] = w;
                        } else {
                            predTop = from;
                            remaining[kept++] = w;
                        }
                    }
                    remainingCount = kept;
                }
                level++;
            }
            successorsStart[head] = k;
            final double[] coefficient = this.coefficient;
            final double[] score = this.score;
            final double[] multiplicity = this.multiplicity;
            double sourceWeight = multiplicity == null ? 1.0 : multiplicity[s];
            for (int i = tail - 1; i > 0; i--) {
                int v = order[i];
                double p0 = 0;
                double p1 = 0;
                for (int j = successorsStart[i], end = successorsStart[i + 1]; j < end; j += 4) {
                    p0 += coefficient[successors[j]] + coefficient[successors[j + 1]];
                    p1 += coefficient[successors[j + 2]] + coefficient[successors[j + 3]];
                }
                double sv = sigma[v];
                double delta = sv * (p0 + p1 + pushed[v]);
                pushed[v] = 0;
                score[v] += sourceWeight * delta;
                double cv = ((multiplicity == null ? 1.0 : multiplicity[v]) + delta) / sv;
                coefficient[v] = cv;
                for (int j = predFrom[i], end = predTo[i]; j < end; j++) {
                    pushed[preds[j]] += cv;
                }
                // done with v: reset it for the next search (dist marks visits, σ must start at 0; the coefficient
                // is assigned before it is read)
                dist[v] = UNREACHED;
                sigma[v] = 0;
            }
            dist[s] = UNREACHED;
            sigma[s] = 0;
            pushed[s] = 0;
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

    /** How many degree-1 vertices were folded away before the searches (0 when sampled or when none). */
    public int foldedVertices() {
        return folded;
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

    /** One thread's sums and arrays for weighted lengths (Dijkstra). */
    private static final class Worker implements IntConsumer {
        private final ShortestPathTree tree;
        private final int[] offsets;
        private final int[] targets;
        private final double[] lengths;
        private final double[] multiplicity;
        private final double[] delta;
        private final double[] score;

        Worker(int[] offsets, int[] targets, double[] lengths, double[] multiplicity) {
            this.tree = new ShortestPathTree(offsets, targets, lengths);
            this.offsets = offsets;
            this.targets = targets;
            this.lengths = lengths;
            this.multiplicity = multiplicity;
            this.delta = new double[offsets.length - 1];
            this.score = new double[offsets.length - 1];
        }

        @Override
        public void accept(int source) {
            tree.run(source);
            int[] order = tree.orderArray();
            double[] dist = tree.distArray();
            double[] sigma = tree.sigmaArray();
            int reached = tree.reached();
            double sourceWeight = multiplicity == null ? 1.0 : multiplicity[source];
            for (int i = reached - 1; i > 0; i--) {
                int w = order[i];
                double coefficient = ((multiplicity == null ? 1.0 : multiplicity[w]) + delta[w]) / sigma[w];
                double dw = dist[w];
                for (int e = offsets[w], end = offsets[w + 1]; e < end; e++) {
                    int v = targets[e];
                    if (dist[v] + lengths[e] == dw) {
                        delta[v] += sigma[v] * coefficient;
                    }
                }
                score[w] += sourceWeight * delta[w];
            }
            for (int i = 0; i < reached; i++) {
                delta[order[i]] = 0;
            }
        }
    }
}
