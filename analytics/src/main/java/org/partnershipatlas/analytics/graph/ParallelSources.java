package org.partnershipatlas.analytics.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Runs one computation per item (a source vertex, a batch of samples) on a fixed number of threads, each with its own
 * workspace (arrays sized to the graph), handing out items in small chunks so that threads finish together. The
 * all-pairs kernels (betweenness, closeness, harmonic, diameter) run one item per source; KADABRA runs one item per
 * batch of sampled pairs, round after round on the same workers. Results are summed over the workers afterwards.
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
        forEach(sources.length, CHUNK, result, (w, i) -> w.accept(sources[i]));
        return result;
    }

    /** What a worker does with one item of {@link #forEach}. */
    @FunctionalInterface
    public interface Task<W> {
        void run(W worker, int item);
    }

    /**
     * Runs {@code task} for the items {@code 0 … count−1} on the given workers, one thread each (the calling thread
     * when there is one worker), each taking {@code chunk} items at a time in increasing order; returns when all are
     * done. Which worker gets which item depends on timing: a caller that needs a repeatable result makes each item's
     * outcome independent of its worker (KADABRA keys each batch's random stream by the batch number).
     */
    public static <W> void forEach(int count, int chunk, List<W> workers, Task<W> task) {
        if (chunk < 1) {
            throw new IllegalArgumentException("chunk must be at least 1: " + chunk);
        }
        if (workers.size() == 1 || count <= chunk) {
            W w = workers.get(0);
            for (int i = 0; i < count; i++) {
                task.run(w, i);
            }
            return;
        }
        var next = new AtomicInteger();
        var futures = new ArrayList<Future<?>>();
        ExecutorService pool = Executors.newFixedThreadPool(workers.size(), r -> {
            Thread thread = new Thread(r, "analytics-sources");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (W w : workers) {
                futures.add(pool.submit(() -> {
                    for (int begin; (begin = next.getAndAdd(chunk)) < count; ) {
                        int end = Math.min(count, begin + chunk);
                        for (int i = begin; i < end; i++) {
                            task.run(w, i);
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
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
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
