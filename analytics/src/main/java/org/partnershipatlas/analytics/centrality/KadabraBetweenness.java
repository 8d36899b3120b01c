package org.partnershipatlas.analytics.centrality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.partnershipatlas.analytics.graph.NetworkGraph;
import org.partnershipatlas.analytics.graph.ParallelSources;

/**
 * Betweenness estimated by adaptive sampling of shortest paths, with a stopping rule that carries an (ε, δ)
 * guarantee: KADABRA.
 *
 * <p>Definition estimated: {@code b̃(v) = c(v) / τ}, where {@code τ} pairs {@code (s, t)}, {@code s ≠ t}, are drawn
 * uniformly, one shortest path between them is drawn uniformly (none if they are not connected), and {@code c(v)}
 * counts the sampled paths with {@code v} strictly inside. Its expectation is
 * {@code Σ_{s≠t} σ_st(v)/σ_st / (n(n−1))} = raw betweenness / (n(n−1)/2), so {@link #raw()} reports
 * {@code b̃(v)·n(n−1)/2}, on the scale of {@link BetweennessCentrality#raw()} (each unordered pair once), and
 * {@link #normalized()} {@code b̃(v)·n/(n−2)} (NetworkX's normalisation). <b>ε is an absolute error on b̃</b>, that is
 * on raw betweenness divided by {@code n(n−1)/2}.
 *
 * <p>Paper: M. Borassi and E. Natale, "KADABRA is an ADaptive Algorithm for Betweenness via Random Approximation",
 * ESA 2016 (LIPIcs 57). Each sample is a <em>balanced bidirectional breadth-first search</em>: the side whose
 * frontier has the smaller degree sum expands one whole level at a time until the two searches touch; the edges
 * where they touch, weighted by σ_s·σ_t, give the number of shortest paths, one is drawn in proportion, and the path
 * is walked back to both ends choosing predecessors in proportion to σ. On low-diameter networks a sample touches a
 * small part of the graph (about √m ties rather than m).
 *
 * <p>Stopping rule (the paper's Theorem): with {@code ω = (0.5/ε²)(⌊log₂(VD−2)⌋ + 1 + ln(2/δ))}, VD an upper bound
 * of the vertex diameter (2·eccentricity + 1 from the highest-degree vertex of each component), and for every vertex
 * lower and upper deviations
 * {@code f = (L/τ)(−(ω/τ−1/3) + √((ω/τ−1/3)² + 2b̃ω/L))}, {@code g = (L/τ)((ω/τ+1/3) + √((ω/τ+1/3)² + 2b̃ω/L))},
 * {@code L = ln(1/δ_v)}, sampling stops at the first check where
 * <ul>
 *   <li><b>absolute</b> ({@code k = 0}): every vertex has {@code f < ε} and {@code g < ε}; or</li>
 *   <li><b>top k</b> (the set of the k highest, as a broker list needs it): each vertex among the k highest
 *   estimates either has a lower bound {@code b̃ − f} above every upper bound {@code b̃ + g} outside, or is known
 *   within ε (f, g &lt; ε); and each vertex outside either has an upper bound below every lower bound inside, or is
 *   known within ε. (The paper's top-k rule also separates the ranks inside the set from each other, which costs
 *   several times the samples when neighbouring ranks are close; the order inside is here the estimates'.)</li>
 *   <li>{@code τ ≥ ω} (then every vertex is within ε by the VC-dimension bound of Riondato and Kornaropoulos).</li>
 * </ul>
 * With probability at least 1 − δ the stated property holds at the stop. The paper guesses a per-vertex share of δ
 * from a first sampling phase; here δ/2 is shared equally among the 2n one-sided bounds ({@code δ_v = δ/(4n)}), which
 * is sound and slightly more conservative (a few more samples), and needs no first phase.
 *
 * <p>Determinism: samples are drawn in batches of {@value #BATCH} whose random stream depends only on the seed and
 * the batch number; the counts are checked after whole rounds of batches whose sizes depend only on how many samples
 * came before. So the estimates depend on the seed alone, not on the number of threads or their timing.
 *
 * <p>Unweighted only (hop-count shortest paths): with weights the caller keeps exact or source-sampled betweenness
 * ({@link BetweennessCentrality}).
 *
 * <p>Complexity: per sample O(the ties the two searches scan), at most O(m); τ ≤ ω samples; a check O(n log k);
 * memory O(n) per thread.
 */
public final class KadabraBetweenness {
    /** Samples per batch: the unit of work handed to a thread, with its own random stream. */
    public static final int BATCH = 1024;
    /** The first check comes after this many samples; later rounds add 1/{@value #ROUND_GROWTH} of those so far. */
    public static final int FIRST_ROUND = 8 * BATCH;
    public static final int ROUND_GROWTH = 16;
    /** ε when none is given (see {@code analytics/README.md} for how it was chosen). */
    public static final double DEFAULT_EPSILON = 0.0015;
    /** δ when none is given. */
    public static final double DEFAULT_DELTA = 0.1;

    /** Why sampling stopped. */
    public enum Stop {
        /** the adaptive rule was met */
        RULE,
        /** τ reached ω */
        OMEGA,
        /** no vertex can lie inside a shortest path (vertex diameter ≤ 2): every betweenness is 0, no sample */
        TRIVIAL
    }

    private final int n;
    private final double epsilon;
    private final double delta;
    private final int k;
    private final long seed;
    private final double omega;
    private final int vertexDiameterBound;
    private final long samples;
    private final long[] counts;
    private final Stop stop;
    /** With {@link #recording(NetworkGraph, double, double, int, int, long)}: the graph and every sample, per batch. */
    private final NetworkGraph recordedGraph;
    private final List<int[]> recorded;

    /**
     * @param graph   the graph (weights are not used: shortest paths count hops)
     * @param epsilon absolute error on b̃ (raw / (n(n−1)/2)), in (0, 1)
     * @param delta   failure probability, in (0, 1)
     * @param k       0 for the absolute guarantee on every vertex, else the size of the top set to separate
     * @param threads worker threads, at least 1
     * @param seed    seed of the samples
     */
    public KadabraBetweenness(NetworkGraph graph, double epsilon, double delta, int k, int threads, long seed) {
        this(graph, epsilon, delta, k, threads, seed, false);
    }

    /**
     * The same estimate, keeping every sampled pair and path (about 7 ints a sample: some 8 MB for the 285,000 samples
     * of 10,000 organisations), so that {@link #normalizedAfterRemoval} can estimate the graph after a removal from
     * them instead of sampling it afresh.
     */
    public static KadabraBetweenness recording(NetworkGraph graph, double epsilon, double delta, int k, int threads,
                                               long seed) {
        return new KadabraBetweenness(graph, epsilon, delta, k, threads, seed, true);
    }

    private KadabraBetweenness(NetworkGraph graph, double epsilon, double delta, int k, int threads, long seed,
                               boolean record) {
        Objects.requireNonNull(graph, "graph");
        if (!(epsilon > 0 && epsilon < 1)) {
            throw new IllegalArgumentException("epsilon must be in (0, 1): " + epsilon);
        }
        if (!(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("delta must be in (0, 1): " + delta);
        }
        if (k < 0) {
            throw new IllegalArgumentException("k must not be negative: " + k);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.n = graph.nodeCount();
        this.epsilon = epsilon;
        this.delta = delta;
        this.k = Math.min(k, n);
        this.seed = seed;
        this.counts = new long[n];
        this.recordedGraph = record ? graph : null;
        this.recorded = record ? new ArrayList<>() : null;
        var components = new Components(graph);
        this.vertexDiameterBound = vertexDiameterBound(graph, components);
        if (n < 3 || vertexDiameterBound <= 2) {
            this.omega = 0;
            this.samples = 0;
            this.stop = Stop.TRIVIAL;
            return;
        }
        this.omega = 0.5 / (epsilon * epsilon)
                * (Math.floor(log2(vertexDiameterBound - 2)) + 1 + Math.log(2 / delta));
        int[] component = new int[n];
        for (int v = 0; v < n; v++) {
            component[v] = components.componentOf(v);
        }
        double logInverseDelta = Math.log(4.0 * n / delta);
        int t = Math.max(1, threads);
        var samplers = new ArrayList<Sampler>(t);
        for (int i = 0; i < t; i++) {
            samplers.add(new Sampler(graph, component, record));
        }
        long done = 0;
        long nextBatch = 0;
        Stop why;
        ExecutorService pool = t == 1 ? null : Executors.newFixedThreadPool(t, r -> {
            Thread thread = new Thread(r, "analytics-kadabra");
            thread.setDaemon(true);
            return thread;
        });
        try {
            while (true) {
                long round = done == 0 ? FIRST_ROUND : Math.max(BATCH, done / ROUND_GROWTH);
                long cap = (long) Math.ceil(omega);
                round = Math.min(round, Math.max(0, cap - done));
                int batches = (int) ((round + BATCH - 1) / BATCH);
                runRound(samplers, pool, nextBatch, batches);
                nextBatch += batches;
                done += (long) batches * BATCH;
                Arrays.fill(counts, 0);
                for (Sampler s : samplers) {
                    for (int v = 0; v < n; v++) {
                        counts[v] += s.counts[v];
                    }
                }
                if (done >= omega) {
                    why = Stop.OMEGA;
                    break;
                }
                if (finished(done, logInverseDelta)) {
                    why = Stop.RULE;
                    break;
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        this.samples = done;
        this.stop = why;
    }

    private void runRound(ArrayList<Sampler> samplers, ExecutorService pool, long firstBatch, int batches) {
        var next = new AtomicInteger();
        int[][] records = new int[batches][];
        if (pool == null) {
            Sampler s = samplers.get(0);
            for (int b = 0; b < batches; b++) {
                records[b] = s.batch(seed, firstBatch + b);
            }
            keep(records);
            return;
        }
        var futures = new ArrayList<Future<?>>();
        for (Sampler s : samplers) {
            futures.add(pool.submit(() -> {
                for (int b; (b = next.getAndIncrement()) < batches; ) {
                    records[b] = s.batch(seed, firstBatch + b);
                }
            }));
        }
        try {
            for (var f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
        keep(records);
    }

    private void keep(int[][] records) {
        if (recorded != null) {
            recorded.addAll(Arrays.asList(records));
        }
    }

    /** The stopping rule on the current counts (see the class comment). */
    private boolean finished(long tau, double logInverseDelta) {
        if (k == 0) {
            long max = 0;
            for (long c : counts) {
                max = Math.max(max, c);
            }
            double b = (double) max / tau;
            // f and g grow with b̃, and g ≥ f: the largest estimate decides
            return upper(b, tau, logInverseDelta) < epsilon && lower(b, tau, logInverseDelta) < epsilon;
        }
        int[] top = topIndices(counts, Math.min(n, k + 1));
        int size = top.length;
        double[] b = new double[size];
        double[] lo = new double[size];
        double[] up = new double[size];
        for (int i = 0; i < size; i++) {
            b[i] = (double) counts[top[i]] / tau;
            lo[i] = lower(b[i], tau, logInverseDelta);
            up[i] = upper(b[i], tau, logInverseDelta);
        }
        // the set of the k highest estimates against the rest: the smallest lower bound inside, the largest upper
        // bound outside (b̃ + g grows with b̃, so it is the (k+1)-th's)
        double lowestInside = Double.POSITIVE_INFINITY;
        for (int i = 0; i < k; i++) {
            lowestInside = Math.min(lowestInside, b[i] - lo[i]);
        }
        double highestOutside = size > k ? b[k] + up[k] : Double.NEGATIVE_INFINITY;
        for (int i = 0; i < k; i++) {
            boolean within = lo[i] < epsilon && up[i] < epsilon;
            if (!within && !(b[i] - lo[i] > highestOutside)) {
                return false;
            }
        }
        if (size > k) {
            // the highest vertex outside is the hardest of them (both tests are monotone in b̃)
            boolean within = lo[k] < epsilon && up[k] < epsilon;
            return within || highestOutside < lowestInside;
        }
        return true;
    }

    /** KADABRA's f: how far b̃ may lie above the true value. */
    private double lower(double b, long tau, double logInverseDelta) {
        double a = omega / tau - 1.0 / 3;
        double f = logInverseDelta / tau * (-a + Math.sqrt(a * a + 2 * b * omega / logInverseDelta));
        return Math.min(f, b);
    }

    /** KADABRA's g: how far the true value may lie above b̃. */
    private double upper(double b, long tau, double logInverseDelta) {
        double a = omega / tau + 1.0 / 3;
        double g = logInverseDelta / tau * (a + Math.sqrt(a * a + 2 * b * omega / logInverseDelta));
        return Math.min(g, 1 - b);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /**
     * An upper bound on the number of vertices of a shortest path: 2·ecc(r) + 1 from the highest-degree vertex r of
     * each component (any two vertices are within ecc(r) of r), the largest over components.
     */
    static int vertexDiameterBound(NetworkGraph graph, Components components) {
        int n = graph.nodeCount();
        int[] offsets = graph.csrOffsets();
        int[] targets = graph.csrTargets();
        int[] root = new int[components.count()];
        Arrays.fill(root, -1);
        for (int v = 0; v < n; v++) {
            int c = components.componentOf(v);
            if (root[c] < 0 || graph.degree(v) > graph.degree(root[c])) {
                root[c] = v;
            }
        }
        int[] dist = new int[n];
        Arrays.fill(dist, -1);
        int[] queue = new int[n];
        int best = n == 0 ? 0 : 1;
        for (int r : root) {
            int head = 0;
            int tail = 0;
            queue[tail++] = r;
            dist[r] = 0;
            int ecc = 0;
            while (head < tail) {
                int v = queue[head++];
                ecc = dist[v];
                for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                    int w = targets[e];
                    if (dist[w] < 0) {
                        dist[w] = dist[v] + 1;
                        queue[tail++] = w;
                    }
                }
            }
            // a path inside a component has at most min(size, 2·ecc + 1) vertices
            best = Math.max(best, Math.min(tail, 2 * ecc + 1));
        }
        return best;
    }

    /** The indices of the {@code size} largest counts, highest first, ties by lower index. */
    static int[] topIndices(long[] values, int size) {
        if (size <= 0) {
            return new int[0];
        }
        // a min-heap of the best so far, worst at the root
        int[] heap = new int[size];
        int filled = 0;
        for (int v = 0; v < values.length; v++) {
            if (filled < size) {
                heap[filled] = v;
                siftUp(heap, filled++, values);
            } else if (better(v, heap[0], values)) {
                heap[0] = v;
                siftDown(heap, 0, filled, values);
            }
        }
        int[] result = Arrays.copyOf(heap, filled);
        Integer[] boxed = new Integer[filled];
        for (int i = 0; i < filled; i++) {
            boxed[i] = result[i];
        }
        Arrays.sort(boxed, (a, b) -> better(a, b, values) ? -1 : better(b, a, values) ? 1 : 0);
        for (int i = 0; i < filled; i++) {
            result[i] = boxed[i];
        }
        return result;
    }

    private static boolean better(int a, int b, long[] values) {
        return values[a] > values[b] || (values[a] == values[b] && a < b);
    }

    private static void siftUp(int[] heap, int i, long[] values) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (better(heap[parent], heap[i], values)) {
                int t = heap[parent];
                heap[parent] = heap[i];
                heap[i] = t;
                i = parent;
            } else {
                return;
            }
        }
    }

    private static void siftDown(int[] heap, int i, int size, long[] values) {
        while (true) {
            int l = 2 * i + 1;
            if (l >= size) {
                return;
            }
            int worst = l;
            if (l + 1 < size && better(heap[l], heap[l + 1], values)) {
                worst = l + 1;
            }
            if (better(heap[i], heap[worst], values)) {
                int t = heap[i];
                heap[i] = heap[worst];
                heap[worst] = t;
                i = worst;
            } else {
                return;
            }
        }
    }

    /**
     * One thread's workspace: the two searches share the arrays, a vertex belonging to the side that reached it
     * first; everything touched is reset from the two visit lists after each sample.
     */
    private static final class Sampler {
        private static final byte NONE = 0;
        private static final byte FROM_S = 1;
        private static final byte FROM_T = 2;

        private final int n;
        private final int[] offsets;
        private final int[] targets;
        private final int[] component;
        private final byte[] side;
        private final int[] level;
        private final double[] sigma;
        private final int[] visitedS;
        private final int[] visitedT;
        final long[] counts;
        /**
         * With recording on, each sample of the batch as {@code s, t, length, the path's inner vertices from s's
         * side} ({@code length} −1: s and t are not connected).
         */
        private int[] record;
        private int recordSize;

        Sampler(NetworkGraph graph, int[] component, boolean recording) {
            this(graph, component);
            this.record = recording ? new int[8 * BATCH] : null;
        }

        Sampler(NetworkGraph graph, int[] component) {
            this.n = graph.nodeCount();
            this.offsets = graph.csrOffsets();
            this.targets = graph.csrTargets();
            this.component = component;
            this.side = new byte[n];
            this.level = new int[n];
            this.sigma = new double[n];
            this.visitedS = new int[n];
            this.visitedT = new int[n];
            this.counts = new long[n];
        }

        /** @return the batch's samples when recording (see {@link #record}), else null */
        int[] batch(long seed, long batch) {
            var random = new SplittableRandom(mix(seed, batch));
            recordSize = 0;
            for (int i = 0; i < BATCH; i++) {
                int s = random.nextInt(n);
                int t = random.nextInt(n - 1);
                if (t >= s) {
                    t++;
                }
                sample(s, t, random);
            }
            return record == null ? null : Arrays.copyOf(record, recordSize);
        }

        /** One sample of the pair (s, t): a uniform shortest path counted, if they are connected. */
        void sample(int s, int t, SplittableRandom random) {
            int start = recordSize;
            append(s);
            append(t);
            append(-1);
            if (component[s] == component[t]) {
                samplePath(s, t, random);
                if (record != null) {
                    record[start + 2] = recordSize - start - 3;
                }
            }
        }

        private void append(int value) {
            if (record == null) {
                return;
            }
            if (recordSize == record.length) {
                record = Arrays.copyOf(record, record.length * 2);
            }
            record[recordSize++] = value;
        }

        private static long mix(long seed, long batch) {
            long z = seed * 0x9E3779B97F4A7C15L + (batch + 1) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        /** One balanced bidirectional search between connected s ≠ t, then one uniform shortest path counted. */
        private void samplePath(int s, int t, SplittableRandom random) {
            int endS = 0;
            int endT = 0;
            visitedS[endS++] = s;
            visitedT[endT++] = t;
            side[s] = FROM_S;
            side[t] = FROM_T;
            level[s] = 0;
            level[t] = 0;
            sigma[s] = 1;
            sigma[t] = 1;
            int frontierS = 0;
            int frontierT = 0;
            long degreeS = offsets[s + 1] - offsets[s];
            long degreeT = offsets[t + 1] - offsets[t];
            double paths = 0;
            int pickU = -1;
            int pickW = -1;
            while (true) {
                boolean expandS = degreeS <= degreeT;
                int[] visited = expandS ? visitedS : visitedT;
                byte own = expandS ? FROM_S : FROM_T;
                int begin = expandS ? frontierS : frontierT;
                int end = expandS ? endS : endT;
                int next = level[visited[begin]] + 1;
                long degreeNext = 0;
                int tail = end;
                for (int i = begin; i < end; i++) {
                    int u = visited[i];
                    double su = sigma[u];
                    for (int e = offsets[u], stop = offsets[u + 1]; e < stop; e++) {
                        int w = targets[e];
                        byte sw = side[w];
                        if (sw == NONE) {
                            if (paths == 0) {
                                side[w] = own;
                                level[w] = next;
                                sigma[w] = su;
                                visited[tail++] = w;
                                degreeNext += offsets[w + 1] - offsets[w];
                            }
                        } else if (sw == own) {
                            if (level[w] == next) {
                                sigma[w] += su;
                            }
                        } else {
                            // the searches touch: u–w lies on a shortest s–t path; keep one in proportion to σ·σ
                            double weight = su * sigma[w];
                            paths += weight;
                            if (random.nextDouble() * paths < weight) {
                                pickU = u;
                                pickW = w;
                            }
                        }
                    }
                }
                if (expandS) {
                    frontierS = end;
                    endS = tail;
                    degreeS = degreeNext;
                } else {
                    frontierT = end;
                    endT = tail;
                    degreeT = degreeNext;
                }
                if (paths > 0) {
                    break;
                }
                if (tail == end) {
                    // cannot happen for s, t in one component; kept so a bad component array cannot loop forever
                    break;
                }
            }
            if (pickU >= 0) {
                // orient the touching edge as (S side, T side)
                int a = side[pickU] == FROM_S ? pickU : pickW;
                int b = a == pickU ? pickW : pickU;
                int fromS = recordSize;
                walkBack(a, s, random);
                if (record != null) {
                    // recorded from a back to s: turn it round, so the path reads s → … → a, b → … → t
                    for (int i = fromS, j = recordSize - 1; i < j; i++, j--) {
                        int x = record[i];
                        record[i] = record[j];
                        record[j] = x;
                    }
                }
                walkBack(b, t, random);
            }
            for (int i = 0; i < endS; i++) {
                side[visitedS[i]] = NONE;
            }
            for (int i = 0; i < endT; i++) {
                side[visitedT[i]] = NONE;
            }
        }

        /** Counts v and the vertices of a uniform shortest path from v back to its search's origin, origin excluded. */
        private void walkBack(int v, int origin, SplittableRandom random) {
            byte own = side[v];
            while (v != origin) {
                counts[v]++;
                append(v);
                double r = random.nextDouble() * sigma[v];
                int previous = level[v] - 1;
                int chosen = -1;
                for (int e = offsets[v], stop = offsets[v + 1]; e < stop; e++) {
                    int x = targets[e];
                    if (side[x] == own && level[x] == previous) {
                        chosen = x;
                        r -= sigma[x];
                        if (r < 0) {
                            break;
                        }
                    }
                }
                v = chosen;
            }
        }
    }

    /** Estimated raw betweenness (each unordered pair once): b̃·n(n−1)/2. */
    public double[] raw() {
        return raw(counts, samples);
    }

    private static double[] raw(long[] counts, long samples) {
        int n = counts.length;
        double[] result = new double[n];
        if (samples == 0) {
            return result;
        }
        double scale = n * (n - 1.0) / 2.0 / samples;
        for (int v = 0; v < n; v++) {
            result[v] = counts[v] * scale;
        }
        return result;
    }

    /** Estimated NetworkX-normalised betweenness: raw / ((n−1)(n−2)/2) = b̃·n/(n−2); raw when n ≤ 2. */
    public double[] normalized() {
        return normalized(counts, samples);
    }

    private static double[] normalized(long[] counts, long samples) {
        int n = counts.length;
        double[] result = raw(counts, samples);
        if (n > 2) {
            double pairs = (n - 1.0) * (n - 2.0) / 2.0;
            for (int v = 0; v < n; v++) {
                result[v] /= pairs;
            }
        }
        return result;
    }

    /**
     * Estimated NetworkX-normalised betweenness of {@code after} — this estimate's graph without some vertices and/or
     * ties, with the same ids — from this estimate's own samples instead of fresh ones. A sample whose pair lost an
     * end is dropped (the rest are a uniform sample of the pairs of {@code after}); one whose path lost a vertex or a
     * tie is drawn again, for the same pair, in {@code after}; every other is kept. A kept path is a uniform shortest
     * path of {@code after} conditioned on avoiding what was removed (if the pair's distance is unchanged, its
     * shortest paths in {@code after} are exactly the old ones that avoid it), so keeping it, else drawing again,
     * gives each shortest path of {@code after} probability 1/σ'_st: the estimate is unbiased, from about as many
     * samples as this one. The stopping rule is not run again, so no guarantee of its own is stated; the differences
     * from this estimate are far less noisy than two independent estimates' (the samples are shared: common random
     * numbers), and the cost is the share of samples that crossed what was removed, not a whole new estimate.
     *
     * <p>Complexity: O(the recorded samples' length) plus, per sample drawn again, one bidirectional search.
     *
     * @throws IllegalStateException unless this estimate was made {@link #recording}
     */
    public double[] normalizedAfterRemoval(NetworkGraph after) {
        Objects.requireNonNull(after, "after");
        if (recorded == null) {
            throw new IllegalStateException("this estimate did not record its samples");
        }
        if (stop == Stop.TRIVIAL) {
            // no sample to start from (every component a clique): removing a tie can make a path, so sample afresh
            return new KadabraBetweenness(after, epsilon, delta, k, 1, seed).normalized();
        }
        int[] map = new int[n];
        for (int v = 0; v < n; v++) {
            map[v] = after.indexOf(recordedGraph.id(v));
        }
        int[] offsets = recordedGraph.csrOffsets();
        int[] neighbours = recordedGraph.csrTargets();
        long survivingArcs = 0;
        for (int u = 0; u < n; u++) {
            for (int e = offsets[u]; e < offsets[u + 1]; e++) {
                if (map[u] >= 0 && map[neighbours[e]] >= 0) {
                    survivingArcs++;
                }
            }
        }
        boolean tiesRemoved = after.csrTargets().length < survivingArcs;
        var components = new Components(after);
        int[] component = new int[after.nodeCount()];
        for (int v = 0; v < component.length; v++) {
            component[v] = components.componentOf(v);
        }
        var redraw = new Sampler(after, component);
        long[] kept = new long[after.nodeCount()];
        long tau = 0;
        long index = 0;
        for (int[] batch : recorded) {
            for (int i = 0; i < batch.length; index++) {
                int s = batch[i];
                int t = batch[i + 1];
                int length = batch[i + 2];
                int first = i + 3;
                int inner = Math.max(length, 0);
                i = first + inner;
                if (map[s] < 0 || map[t] < 0) {
                    continue;
                }
                tau++;
                if (length >= 0 && !survives(batch, first, inner, s, t, map, after, tiesRemoved)) {
                    redraw.sample(map[s], map[t], new SplittableRandom(Sampler.mix(~seed, index)));
                    continue;
                }
                for (int j = first; j < first + inner; j++) {
                    kept[map[batch[j]]]++;
                }
            }
        }
        for (int v = 0; v < kept.length; v++) {
            kept[v] += redraw.counts[v];
        }
        return normalized(kept, tau);
    }

    /** Whether a recorded path s → inner… → t has every vertex, and every tie when ties were removed, in {@code after}. */
    private static boolean survives(int[] batch, int first, int inner, int s, int t, int[] map, NetworkGraph after,
                                    boolean tiesRemoved) {
        for (int j = first; j < first + inner; j++) {
            if (map[batch[j]] < 0) {
                return false;
            }
        }
        if (!tiesRemoved) {
            return true;
        }
        int previous = s;
        for (int j = first; j <= first + inner; j++) {
            int next = j < first + inner ? batch[j] : t;
            if (!after.adjacent(map[previous], map[next])) {
                return false;
            }
            previous = next;
        }
        return true;
    }

    /** The vertices of the {@code size} highest estimates, highest first (ties by lower index). */
    public int[] top(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        return topIndices(counts, Math.min(size, n));
    }

    /** Pairs sampled (τ). */
    public long samples() {
        return samples;
    }

    public double epsilon() {
        return epsilon;
    }

    public double delta() {
        return delta;
    }

    /** The size of the top set the rule separates; 0 for the absolute guarantee. */
    public int k() {
        return k;
    }

    public long seed() {
        return seed;
    }

    /** The sample count at which sampling stops in any case. */
    public double omega() {
        return omega;
    }

    /** The vertex-diameter bound used in ω. */
    public int vertexDiameterBound() {
        return vertexDiameterBound;
    }

    public Stop stoppedBy() {
        return stop;
    }

    /**
     * What the CLI writes under {@code approximation}: method, samples (pairs), epsilon, delta, and the rule's
     * details (k, ω, the vertex-diameter bound, why it stopped, the seed, the guarantee in words).
     */
    public java.util.Map<String, Object> description() {
        var d = new java.util.LinkedHashMap<String, Object>();
        d.put("method", "KADABRA adaptive sampling (Borassi-Natale 2016), balanced bidirectional BFS per sampled pair");
        d.put("samples", samples);
        d.put("epsilon", epsilon);
        d.put("delta", delta);
        d.put("k", k);
        d.put("omega", Math.ceil(omega));
        d.put("vertexDiameterBound", vertexDiameterBound);
        d.put("stoppedBy", stop.name().toLowerCase(java.util.Locale.ROOT));
        d.put("seed", seed);
        d.put("guarantee", guarantee());
        return d;
    }

    /** The (ε, δ) guarantee in words. */
    public String guarantee() {
        String scale = "betweenness / (n(n-1)/2)";
        if (k == 0) {
            return "with probability at least " + (1 - delta) + ", every estimate of " + scale + " is within "
                    + epsilon + " of the true value";
        }
        return "with probability at least " + (1 - delta) + ", each vertex reported among the top " + k + " either "
                + "truly lies above every vertex left out or has its estimate of " + scale + " within " + epsilon
                + ", and each vertex left out either truly lies below every reported one or is within " + epsilon;
    }
}
