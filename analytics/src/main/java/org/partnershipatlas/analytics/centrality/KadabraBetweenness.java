package org.partnershipatlas.analytics.centrality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.partnershipatlas.analytics.graph.BreadthFirstOrder;
import org.partnershipatlas.analytics.graph.NetworkGraph;
import org.partnershipatlas.analytics.graph.ParallelSources;

/**
 * Betweenness estimated by adaptive sampling of shortest paths, with a stopping rule that carries an (ε, δ)
 * guarantee: KADABRA. Constructing one is cheap (the arguments are checked); the estimate is computed on the first
 * call that needs it ({@link #raw()}, {@link #normalized()}, {@link #top(int)}, {@link #samples()}, …), once, and
 * kept — as JGraphT's scorers compute on the first {@code getScores()}. Thread-safe.
 *
 * <p>Definition estimated: {@code b̃(v) = c(v) / τ}, where τ pairs {@code (s, t)}, {@code s ≠ t}, are drawn
 * uniformly and {@code c(v)} adds up, over the sampled pairs, v's share {@code σ_st(v)/σ_st} of the shortest s–t paths
 * (0 for a pair that is not connected) — or, for an estimate that {@linkplain #recording records} its samples, counts
 * the pairs for which one shortest path drawn uniformly has v strictly inside (the paper's estimator; the share is its
 * expectation given the pair, so both are unbiased, and the share's variance is never larger). The expectation is
 * {@code Σ_{s≠t} σ_st(v)/σ_st / (n(n−1))} = raw betweenness / (n(n−1)/2), so {@link #raw()} reports
 * {@code b̃(v)·n(n−1)/2}, on the scale of {@link BetweennessCentrality#raw()} (each unordered pair once), and
 * {@link #normalized()} {@code b̃(v)·n/(n−2)} (NetworkX's normalisation). <b>ε is an absolute error on b̃</b>, that is
 * on raw betweenness divided by {@code n(n−1)/2}, the share of ordered pairs whose shortest paths run through v.
 *
 * <p>Paper: M. Borassi and E. Natale, "KADABRA is an ADaptive Algorithm for Betweenness via Random Approximation",
 * ESA 2016 (LIPIcs 57), journal version ACM JEA 24, 2019. One sample is a balanced bidirectional breadth-first search
 * ({@link KadabraSampler}): on low-diameter networks it touches a small part of the graph, about √m ties rather than
 * m. Counting every vertex's share of the pair's paths instead of one path is the "ab" estimator of Cousins,
 * Wohlgemuth and Riondato (Bavarian, KDD 2021); the stopping rule's bounds hold for it unchanged — they need only that
 * each sample's count lies in [0, 1] — and so does ω, the pseudo-dimension of these shares being bounded as the
 * one-path ranges' VC dimension is (Riondato and Upfal, ABRA, ACM TKDD 2018).
 *
 * <p>Guarantee ({@link KadabraRule}; ω = (0.5/ε²)(⌊log₂(VD−2)⌋ + 1 + ln(2/δ)), VD an upper bound of the vertex
 * diameter): sampling stops at the first check where
 * <ul>
 *   <li><b>absolute</b> ({@code k = 0}): every vertex's confidence interval is narrower than ε on both sides — with
 *   probability at least 1 − δ every estimate is within ε of the true value; or</li>
 *   <li><b>top k</b> (the set of the k highest, as a broker list needs it): each vertex among the k highest
 *   estimates either has a lower bound above every upper bound outside, or is known within ε; and each vertex outside
 *   either has an upper bound below every lower bound inside, or is known within ε. With probability at least 1 − δ,
 *   each vertex reported truly lies above every vertex left out or has its estimate within ε, and vice versa. (The
 *   paper's top-k rule also separates the ranks inside the set from each other, which costs several times the samples
 *   when neighbouring ranks are close; the order inside is here the estimates'.)</li>
 *   <li>{@code τ ≥ ω}: then every vertex is within ε with probability at least 1 − δ/2 by the VC-dimension bound of
 *   Riondato and Kornaropoulos (2016).</li>
 * </ul>
 *
 * <p>Sampling: batches of {@value #BATCH} pairs, each drawn from a random stream keyed by the seed and the batch
 * number, are handed out to the worker threads by {@link ParallelSources} (the pool the exact kernels use), each
 * worker summing into its own counters; the rule is checked after rounds of batches — the first of
 * {@value #FIRST_ROUND} samples, each later one 1/{@value #ROUND_GROWTH} of the samples so far — on the counters
 * added up. Round sizes depend only on the samples before them, so the estimate depends on the seed alone, not on the
 * number of threads or their timing. The searches run on a copy of the graph renumbered in breadth-first order
 * ({@link BreadthFirstOrder}), whose sweep also gives the components and VD: 2·ecc + 1 from each component's
 * highest-degree vertex.
 *
 * <p>Unweighted only (hop-count shortest paths): with weights the caller keeps exact or source-sampled betweenness
 * ({@link BetweennessCentrality}).
 *
 * <p>Complexity: O(n + m) to prepare; per sample O(the ties the two searches scan), at most O(m), typically O(√m) on
 * low-diameter networks; τ ≤ ω + {@value #BATCH} samples; a check O(n log k); memory O(n) per thread (and, recording,
 * about 7 ints per sample).
 */
public final class KadabraBetweenness {
    /** Samples per batch: the unit of work handed to a thread, with its own random stream. */
    public static final int BATCH = 128;
    /** The first check comes after this many samples; later rounds add 1/{@value #ROUND_GROWTH} of those so far. */
    public static final int FIRST_ROUND = 64 * BATCH;
    public static final int ROUND_GROWTH = 8;
    /** ε when none is given (see {@code analytics/README.md} for how it was chosen). */
    public static final double DEFAULT_EPSILON = 0.0035;
    /**
     * ε for an estimate that {@linkplain #recording records} its samples: one path per pair has about twice the
     * variance of the shares, so it takes about the samples the shares need at {@link #DEFAULT_EPSILON}.
     */
    public static final double RECORDING_EPSILON = 0.0025;
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

    /** What the computation found; counts in the graph's own vertex numbering. */
    record Estimate(long[] counts, long samples, double omega, int vertexDiameterBound, Stop stop,
                    BreadthFirstOrder order, List<int[]> recorded) {
    }

    private final NetworkGraph graph;
    private final int n;
    private final double epsilon;
    private final double delta;
    private final int k;
    private final int threads;
    private final long seed;
    private final boolean record;
    private volatile Estimate estimate;

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
     * An estimate that keeps every sampled pair and path (about 7 ints a sample), so that
     * {@link #normalizedAfterRemoval} can estimate the graph after a removal from them instead of sampling afresh. It
     * counts one shortest path drawn uniformly per pair (a path can be kept or redrawn after a removal; a pair's
     * shares cannot), the paper's estimator, with the same guarantee as the shares and about twice their variance.
     */
    public static KadabraBetweenness recording(NetworkGraph graph, double epsilon, double delta, int k, int threads,
                                               long seed) {
        return new KadabraBetweenness(graph, epsilon, delta, k, threads, seed, true);
    }

    private KadabraBetweenness(NetworkGraph graph, double epsilon, double delta, int k, int threads, long seed,
                               boolean record) {
        this.graph = Objects.requireNonNull(graph, "graph");
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
        this.threads = threads;
        this.seed = seed;
        this.record = record;
    }

    /** The estimate, computed on the first call. */
    Estimate estimate() {
        Estimate e = estimate;
        if (e == null) {
            synchronized (this) {
                e = estimate;
                if (e == null) {
                    e = compute();
                    estimate = e;
                }
            }
        }
        return e;
    }

    private Estimate compute() {
        var order = BreadthFirstOrder.of(graph);
        int vertexDiameter = order.vertexDiameterBound();
        List<int[]> recorded = record ? new ArrayList<>() : null;
        if (n < 3 || vertexDiameter <= 2) {
            return new Estimate(new long[n], 0, 0, vertexDiameter, Stop.TRIVIAL, order, recorded);
        }
        var rule = new KadabraRule(epsilon, delta, k, n, vertexDiameter);
        double omega = rule.omega();
        int[] offsets = order.offsets();
        int[] targets = order.targets(offsets);
        int[] component = order.componentOfNumbers();
        var samplers = new ArrayList<KadabraSampler>(threads);
        for (int i = 0; i < threads; i++) {
            samplers.add(new KadabraSampler(offsets, targets, component, record));
        }
        long[] total = new long[n];
        long done = 0;
        long nextBatch = 0;
        long cap = (long) Math.ceil(omega);
        Stop why;
        while (true) {
            long round = done == 0 ? FIRST_ROUND : Math.max(BATCH, done / ROUND_GROWTH);
            round = Math.min(round, Math.max(1, cap - done));
            int batches = (int) ((round + BATCH - 1) / BATCH);
            long first = nextBatch;
            int[][] records = new int[batches][];
            ParallelSources.forEach(batches, 1, samplers, (s, b) -> records[b] = s.batch(seed, first + b));
            if (recorded != null) {
                recorded.addAll(Arrays.asList(records));
            }
            nextBatch += batches;
            done += (long) batches * BATCH;
            Arrays.fill(total, 0);
            for (KadabraSampler s : samplers) {
                long[] c = s.counts;
                for (int v = 0; v < n; v++) {
                    total[v] += c[v];
                }
            }
            if (done >= omega) {
                why = Stop.OMEGA;
                break;
            }
            if (rule.finished(total, done)) {
                why = Stop.RULE;
                break;
            }
        }
        long[] counts = new long[n];
        for (int i = 0; i < n; i++) {
            counts[order.oldOf(i)] = total[i];
        }
        return new Estimate(counts, done, omega, vertexDiameter, why, order, recorded);
    }

    /** Estimated raw betweenness (each unordered pair once): b̃·n(n−1)/2. */
    public double[] raw() {
        var e = estimate();
        return raw(e.counts(), e.samples());
    }

    static double[] raw(long[] counts, long samples) {
        int n = counts.length;
        double[] result = new double[n];
        if (samples == 0) {
            return result;
        }
        double scale = n * (n - 1.0) / 2.0 / samples / KadabraSampler.UNIT;
        for (int v = 0; v < n; v++) {
            result[v] = counts[v] * scale;
        }
        return result;
    }

    /** Estimated NetworkX-normalised betweenness: raw / ((n−1)(n−2)/2) = b̃·n/(n−2); raw when n ≤ 2. */
    public double[] normalized() {
        var e = estimate();
        return normalized(e.counts(), e.samples());
    }

    static double[] normalized(long[] counts, long samples) {
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
     * ties, with the same ids — from this estimate's own samples instead of fresh ones (see {@link KadabraRemoval}).
     *
     * @throws IllegalStateException unless this estimate was made {@link #recording}
     */
    public double[] normalizedAfterRemoval(NetworkGraph after) {
        Objects.requireNonNull(after, "after");
        if (!record) {
            throw new IllegalStateException("this estimate did not record its samples");
        }
        var e = estimate();
        if (e.stop() == Stop.TRIVIAL) {
            // no sample to start from (every component a clique): removing a tie can make a path, so sample afresh
            return new KadabraBetweenness(after, epsilon, delta, k, 1, seed).normalized();
        }
        return KadabraRemoval.normalizedAfter(graph, e.order(), e.recorded(), after, seed);
    }

    /** The vertices of the {@code size} highest estimates, highest first (ties by lower index). */
    public int[] top(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        return topIndices(estimate().counts(), Math.min(size, n));
    }

    /** The indices of the {@code size} largest counts, highest first, ties by lower index. */
    static int[] topIndices(long[] values, int size) {
        return TopIndices.of(values, size);
    }

    /**
     * Whether each sampled pair counts one shortest path drawn uniformly ({@link #recording}), rather than every
     * vertex's share of the pair's shortest paths.
     */
    public boolean countsOnePath() {
        return record;
    }

    /** Pairs sampled (τ). */
    public long samples() {
        return estimate().samples();
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

    /** The sample count at which sampling stops in any case (0 when trivial). */
    public double omega() {
        return estimate().omega();
    }

    /** The vertex-diameter bound used in ω. */
    public int vertexDiameterBound() {
        return estimate().vertexDiameterBound();
    }

    public Stop stoppedBy() {
        return estimate().stop();
    }

    /**
     * What the CLI writes under {@code approximation}: method, samples (pairs), epsilon, delta, and the rule's
     * details (k, ω, the vertex-diameter bound, why it stopped, the seed, the guarantee in words).
     */
    public Map<String, Object> description() {
        var d = new LinkedHashMap<String, Object>();
        d.put("method", record
                ? "KADABRA adaptive sampling (Borassi-Natale 2016), balanced bidirectional BFS per sampled pair, one "
                + "uniform shortest path counted per pair"
                : "KADABRA adaptive sampling (Borassi-Natale 2016), balanced bidirectional BFS per sampled pair, every "
                + "vertex's share of the pair's shortest paths counted (Cousins-Wohlgemuth-Riondato 2021)");
        d.put("samples", samples());
        d.put("epsilon", epsilon);
        d.put("delta", delta);
        d.put("k", k);
        d.put("omega", Math.ceil(omega()));
        d.put("vertexDiameterBound", vertexDiameterBound());
        d.put("stoppedBy", stoppedBy().name().toLowerCase(Locale.ROOT));
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
