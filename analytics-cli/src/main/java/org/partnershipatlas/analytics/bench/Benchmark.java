package org.partnershipatlas.analytics.bench;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

import org.partnershipatlas.analytics.brokerage.ArticulationPointsAndBridges;
import org.partnershipatlas.analytics.centrality.BetweennessCentrality;
import org.partnershipatlas.analytics.centrality.KadabraBetweenness;
import org.partnershipatlas.analytics.centrality.PageRank;
import org.partnershipatlas.analytics.graph.NetworkGraph;
import org.partnershipatlas.analytics.graph.WeightMode;

/**
 * The timings the peer comparison asks for, on one graph, one run each (as {@code analytics/bench/compare-peers.sh}
 * reports them): exact betweenness, sampled betweenness (fixed sources, and KADABRA) and the overlap of each top 100
 * with the exact top 100, articulation points with bridges (one search) and PageRank. Wall times in milliseconds, JIT warm-up included (a command-line run is
 * what users wait for).
 */
public final class Benchmark {
    public static final int TOP = 100;

    private Benchmark() {
    }

    /**
     * @param samples sampled sources for the approximate run, 0 to skip it
     * @param exact   whether to run exact betweenness (the overlap needs it)
     */
    public static Map<String, Object> run(NetworkGraph graph, int threads, int samples, boolean exact, long seed) {
        return run(graph, threads, samples, false, exact, seed);
    }

    /**
     * @param samples  sampled sources for the fixed-sample run, 0 to skip it
     * @param adaptive whether to run KADABRA (default ε and δ, top {@value #TOP})
     * @param exact    whether to run exact betweenness (the overlaps need it)
     */
    public static Map<String, Object> run(NetworkGraph graph, int threads, int samples, boolean adaptive,
                                          boolean exact, long seed) {
        Objects.requireNonNull(graph, "graph");
        var timings = new LinkedHashMap<String, Long>();
        var result = new LinkedHashMap<String, Object>();
        result.put("nodes", graph.nodeCount());
        result.put("edges", graph.edgeCount());
        result.put("threads", threads);
        double[] exactScores = null;
        if (exact) {
            long t = System.nanoTime();
            exactScores = new BetweennessCentrality(graph, WeightMode.NONE, threads, 0, seed).raw();
            timings.put("betweenness", millis(t));
        }
        if (samples > 0) {
            long t = System.nanoTime();
            double[] approx = new BetweennessCentrality(graph, WeightMode.NONE, threads, samples, seed).raw();
            timings.put("betweennessApproximate", millis(t));
            result.put("approximateSamples", samples);
            if (exactScores != null) {
                result.put("top" + TOP + "Overlap", overlap(exactScores, approx, TOP));
            }
        }
        if (adaptive) {
            long t = System.nanoTime();
            var k = new KadabraBetweenness(graph, KadabraBetweenness.DEFAULT_EPSILON, KadabraBetweenness.DEFAULT_DELTA,
                    TOP, threads, seed);
            k.samples();
            timings.put("betweennessAdaptive", millis(t));
            result.put("adaptiveSamples", k.samples());
            result.put("adaptiveEpsilon", k.epsilon());
            result.put("adaptiveDelta", k.delta());
            if (exactScores != null) {
                result.put("adaptiveTop" + TOP + "Overlap", overlap(exactScores, k.raw(), TOP));
            }
        }
        // one depth-first search finds both
        long t = System.nanoTime();
        var cuts = new ArticulationPointsAndBridges(graph);
        cuts.articulationPoints();
        cuts.bridgeCount();
        timings.put("articulationPointsAndBridges", millis(t));
        t = System.nanoTime();
        new PageRank(graph, WeightMode.NONE).scores();
        timings.put("pageRank", millis(t));
        result.put("timingsMs", timings);
        return result;
    }

    /** The share of the exact top k found in the approximate top k (ties broken by vertex index). */
    public static double overlap(double[] exact, double[] approximate, int k) {
        int n = Math.min(k, exact.length);
        if (n == 0) {
            return 1.0;
        }
        Set<Integer> a = top(exact, n);
        Set<Integer> b = top(approximate, n);
        a.retainAll(b);
        return (double) a.size() / n;
    }

    private static Set<Integer> top(double[] scores, int k) {
        return new HashSet<>(IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(v -> -scores[v]).thenComparingInt(v -> v))
                .limit(k).toList());
    }

    private static long millis(long start) {
        return Math.round((System.nanoTime() - start) / 1e6);
    }
}
