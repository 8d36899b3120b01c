package org.partnershipatlas.reads;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Values computed once per key however many ask at the same moment, kept until they age out (Caffeine, size- or
 * weight-bounded): for answers that take long to compute from one network version — a routes search, a what-if, the
 * whole network as JSON. Keys name the network version, so a write makes the next question a new one.
 *
 * <p>It is the one cache of the server: every value that depends on a network version (snapshots, layouts,
 * analyses, answers, bodies) is kept in a {@code Memo} keyed by that version, so there is one style to read and one
 * set of rules to trust.
 *
 * <p>The value is computed on the thread that asks first, outside the cache's locks (a long computation inside a
 * plain {@code Cache.get} would also hold up unrelated keys that share its lock); whoever asks for the same key
 * meanwhile waits for it. A computation that throws is not kept: the next asker tries again, and every waiter gets
 * the same exception.
 */
public final class Memo<K, V> {
    private final AsyncCache<K, V> values;

    private Memo(AsyncCache<K, V> values) {
        this.values = values;
    }

    /** At most {@code size} values. */
    public static <K, V> Memo<K, V> ofSize(long size) {
        return new Memo<>(Caffeine.newBuilder().maximumSize(size).buildAsync());
    }

    /** Values weighing at most {@code maximum} together (a body: its bytes). */
    public static <K, V> Memo<K, V> ofWeight(long maximum, ToIntFunction<V> weight) {
        return new Memo<>(Caffeine.newBuilder().maximumWeight(maximum)
                .<K, V>weigher((key, value) -> weight.applyAsInt(value)).buildAsync());
    }

    public V get(K key, Supplier<V> compute) {
        var mine = new CompletableFuture<V>();
        var earlier = values.asMap().putIfAbsent(key, mine);
        if (earlier != null) {
            try {
                return earlier.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            V value = compute.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /**
     * The value for {@code key}, computed in the background on {@code executor} unless it is computed or being
     * computed already: the future completes when it is ready. A computation that throws is not kept.
     */
    public CompletableFuture<V> inBackground(K key, Executor executor, Supplier<V> compute) {
        var mine = new CompletableFuture<V>();
        var earlier = values.asMap().putIfAbsent(key, mine);
        if (earlier != null) {
            return earlier;
        }
        CompletableFuture.supplyAsync(compute, executor).whenComplete((value, failure) -> {
            if (failure != null) {
                values.asMap().remove(key, mine);
                mine.completeExceptionally(failure instanceof CompletionException c ? c.getCause() : failure);
            } else {
                mine.complete(value);
            }
        });
        return mine;
    }

    /** Keeps a value computed elsewhere (what a write already holds), replacing any kept for the key. */
    public void put(K key, V value) {
        values.put(key, CompletableFuture.completedFuture(value));
    }

    /** The value kept for {@code key} if it is ready, else {@code null}. */
    public V getIfReady(K key) {
        var kept = values.getIfPresent(key);
        return kept != null && kept.isDone() && !kept.isCompletedExceptionally() ? kept.join() : null;
    }
}
