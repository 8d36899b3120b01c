package org.partnershipatlas.analytics.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Runs one computation per source vertex on a fixed number of threads, each with its own workspace (arrays sized
 * to the graph), handing out sources in small chunks so that threads finish together. The all-pairs kernels
 * (betweenness, closeness, harmonic, diameter) use it; their results are summed over the workers afterwards.
 */
public final class ParallelSources {
    /** Sources taken per hand-out: small enough to balance, large enough that the counter is not contended. */
    private static final int CHUNK = 16;

    private ParallelSources() {
    }

    /** The default: one thread per available processor. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Calls {@code worker.accept(source)} for every source in {@code sources} on {@code threads} threads, each
     * worker made by {@code workers} and used by one thread only.
     *
     * @return the workers, one per thread, for their results to be combined
     */
    public static <W extends IntConsumer> List<W> run(int[] sources, int threads, Supplier<W> workers) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        int t = Math.max(1, Math.min(threads, (sources.length + CHUNK - 1) / CHUNK));
        var result = new ArrayList<W>(t);
        for (int i = 0; i < t; i++) {
            result.add(workers.get());
        }
        var next = new AtomicInteger();
        if (t == 1) {
            W w = result.get(0);
            for (int s : sources) {
                w.accept(s);
            }
            return result;
        }
        var futures = new ArrayList<java.util.concurrent.Future<?>>();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(t, r -> {
            Thread thread = new Thread(r, "analytics-sources");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (W w : result) {
                futures.add(pool.submit(() -> {
                    for (int begin; (begin = next.getAndAdd(CHUNK)) < sources.length; ) {
                        int end = Math.min(sources.length, begin + CHUNK);
                        for (int i = begin; i < end; i++) {
                            w.accept(sources[i]);
                        }
                    }
                }));
            }
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
        } finally {
            pool.shutdownNow();
        }
        return result;
    }

    /** {@code 0, 1, …, n-1}. */
    public static int[] all(int n) {
        int[] sources = new int[n];
        for (int i = 0; i < n; i++) {
            sources[i] = i;
        }
        return sources;
    }
}
