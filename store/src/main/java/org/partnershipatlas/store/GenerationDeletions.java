package org.partnershipatlas.store;

import java.util.concurrent.RejectedExecutionException;
import static org.partnershipatlas.store.NetworkCypher.*;
import static org.partnershipatlas.store.NetworkStore.*;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deleting generations that are not the network: a replaced one after the switch, one a crash left half-written,
 * one a failed replace wrote — in the background, one after another, in batches. Part of {@link NetworkStore}.
 */
final class GenerationDeletions {
    private static final Logger log = LoggerFactory.getLogger(GenerationDeletions.class);
    private final NetworkStore store;
    /** Deletes retired generations one after another, in the background (its one thread ends when idle). */
    private final ThreadPoolExecutor deletions;
    /** Generations queued for deletion and not yet done, so that the janitor does not queue one twice. */
    private final Set<Long> queuedDeletions = ConcurrentHashMap.newKeySet();

    GenerationDeletions(NetworkStore store) {
        this.store = store;
        this.deletions = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "atlas-generation-deletions");
            thread.setDaemon(true);
            return thread;
        });
        deletions.allowCoreThreadTimeOut(true);
    }

    /**
     * How long a generation being written may go without a heartbeat before it counts as left behind by a crashed
     * instance. Writers beat every {@link #HEARTBEAT}; a batch never takes this long.
     */
    static final Duration ORPHANED_AFTER = Duration.ofMinutes(2);
    /** How often a generation being written says it is alive. */
    static final Duration HEARTBEAT = Duration.ofSeconds(10);

    /**
     * Queues for deletion every generation that is neither the network nor being written by a live instance: one a
     * crash or kill left half-written (its heartbeat stopped over {@link #ORPHANED_AFTER} ago), or a replaced network
     * not yet deleted. Run at start-up and, by the application, every minute, so a crashed instance's leftovers do
     * not wait for a restart. @return how many were queued
     */
    int cleanOrphans() {
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(ORPHANED_AFTER);
        List<Long> orphans;
        try (Session session = store.session()) {
            orphans = session.executeRead(tx -> tx.run(ORPHANED_GENERATIONS, Map.of("cutoff", cutoff)).single()
                    .get("generations").asList(Value::asLong));
        }
        int queued = 0;
        for (long generation : orphans) {
            if (deleteLater(generation)) {
                log.info("Deleting generation {}: left by a write that stopped (a crash or kill, here or on another "
                        + "instance), or a replaced network; the current network is untouched", generation);
                queued++;
            }
        }
        return queued;
    }

    /**
     * Queues a generation that is not the network for deletion in the background: readers never look at it, and a
     * generation left by a crash half-way through its deletion is deleted again at the next start-up.
     */
    boolean deleteLater(long generation) {
        if (!queuedDeletions.add(generation)) {
            return false;
        }
        deletions.execute(() -> {
            long started = System.nanoTime();
            try {
                long deleted = deleteGeneration(generation);
                log.info("Deleted generation {} ({} organisations with their links) in {} ms", generation, deleted,
                        millisSince(started));
            } catch (RuntimeException e) {
                log.warn("Generation {} was not deleted (the janitor tries again): {}", generation, e.toString());
            } finally {
                queuedDeletions.remove(generation);
            }
        });
        return true;
    }

    /** Waits until every generation queued for deletion so far is deleted (for tests, benchmarks and shutdown). */
    void awaitDeletions() {
        try {
            deletions.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | RejectedExecutionException e) {
            throw new IllegalStateException("generation deletions stopped", e);
        }
    }

    /**
     * Deletes a generation that is not the current one, in batches (each its own transaction, so a crash half-way
     * leaves a smaller generation for the next start-up to delete). The current generation is never deleted: it is
     * first marked retired under the version lock, which the switch also holds. Answers the organisations deleted.
     */
    long deleteGeneration(long generation) {
        try (Session session = store.session()) {
            boolean retired = session.executeWrite(tx -> !tx.run(RETIRE_GENERATION, Map.of("gen", generation)).list().isEmpty());
            if (!retired) {
                log.warn("Generation {} is the current network; not deleted", generation);
                return 0;
            }
            long total = 0;
            long deleted;
            do {
                deleted = session.executeWrite(tx -> tx.run(DELETE_GENERATION_ORGANISATIONS,
                        Map.of("gen", generation, "limit", DELETE_BATCH_SIZE)).single().get("deleted").asLong());
                total += deleted;
            } while (deleted > 0);
            session.executeWrite(tx -> tx.run(DELETE_GENERATION_REST, Map.of("gen", generation)).consume());
            return total;
        }
    }

    /** Stops deleting retired generations (what is left is deleted at the next start-up); the driver stays open. */
    void close() {
        deletions.shutdownNow();
        try {
            deletions.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
