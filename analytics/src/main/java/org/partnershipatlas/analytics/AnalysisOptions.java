package org.partnershipatlas.analytics;

import java.util.Objects;

import org.partnershipatlas.analytics.graph.ParallelSources;
import org.partnershipatlas.analytics.graph.WeightMode;

/**
 * How {@link NetworkAnalytics} computes: the weight mode, the threads of the all-pairs kernels, exact or sampled
 * betweenness, and the seed of everything random (betweenness sample, Louvain order).
 *
 * @param weights            how tie weights are read
 * @param threads            worker threads for betweenness, closeness and harmonic (at least 1)
 * @param betweennessSamples 0 for exact betweenness, else the number of sampled sources (Brandes–Pich)
 * @param seed               seed of the source sample and of Louvain's visiting order
 */
public record AnalysisOptions(WeightMode weights, int threads, int betweennessSamples, long seed) {
    public static final long DEFAULT_SEED = 42L;

    public AnalysisOptions {
        Objects.requireNonNull(weights, "weights");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (betweennessSamples < 0) {
            throw new IllegalArgumentException("betweennessSamples must not be negative: " + betweennessSamples);
        }
    }

    /** Unweighted, exact, every processor, seed {@value #DEFAULT_SEED}. */
    public static AnalysisOptions defaults() {
        return new AnalysisOptions(WeightMode.NONE, ParallelSources.defaultThreads(), 0, DEFAULT_SEED);
    }

    public AnalysisOptions withWeights(WeightMode mode) {
        return new AnalysisOptions(mode, threads, betweennessSamples, seed);
    }

    public AnalysisOptions withThreads(int n) {
        return new AnalysisOptions(weights, n, betweennessSamples, seed);
    }

    public AnalysisOptions withBetweennessSamples(int samples) {
        return new AnalysisOptions(weights, threads, samples, seed);
    }

    public AnalysisOptions withSeed(long newSeed) {
        return new AnalysisOptions(weights, threads, betweennessSamples, newSeed);
    }
}
