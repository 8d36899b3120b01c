package org.partnershipatlas.store;

import java.util.concurrent.atomic.AtomicReference;
import static org.partnershipatlas.store.NetworkCypher.*;
import static org.partnershipatlas.store.NetworkStore.*;
import static org.partnershipatlas.store.MergeWrite.*;
import static org.partnershipatlas.store.ChangeLog.*;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.partnershipatlas.model.Countries;
import org.partnershipatlas.model.Country;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.validation.NetworkChange;

/**
 * A replace: the new network written as a new generation beside the current one, in parallel batches, then switched
 * to in one small transaction (see {@link NetworkStore}'s class comment). Part of {@link NetworkStore}.
 */
final class ReplaceWrite {
    private static final Logger log = LoggerFactory.getLogger(ReplaceWrite.class);
    private final NetworkStore store;
    private final GenerationDeletions deletions;
    private final int writers;
    /** The network the last replace wrote, until {@link #takeWritten} takes it. */
    private final AtomicReference<VersionedSnapshot> written = new AtomicReference<>();

    ReplaceWrite(NetworkStore store, GenerationDeletions deletions, int writers) {
        this.store = store;
        this.deletions = deletions;
        this.writers = writers;
    }

    /** Forgets what the last replace wrote: a merge changed the network since. */
    void forget() {
        written.set(null);
    }

    // --- a replace: a new generation, then the switch ---------------------------------------------------------

    /** What a replace needs from the generation it replaces, read at the version it was prepared against. */
    record Replaced(long generation, Set<String> organisationIds, Set<String> linkIds,
                            Map<String, Country> countries) {
    }

    /**
     * A replace: writes the new network as a new generation in parallel batches, switches to it in one small
     * transaction, then deletes the generation it replaced. Nothing a reader sees changes before the switch; a
     * failure before it deletes the new generation (or, if this process dies, the next start-up does).
     */
    WriteResult replace(StoreWrite write) {
        long started = System.nanoTime();
        NetworkChange change = write.upserts();
        requireDistinct(change.links().stream().map(Link::id).toList(), "link");
        // Refused at once if already stale, rather than after writing a large network.
        Replaced replaced = readReplaced(write.baseVersion());
        long version = write.nextVersion(write.baseVersion());
        long generation = allocateGeneration();
        List<Country> countries = countriesFor(change, replaced.countries());
        WriteResult result;
        long staged;
        try {
            log.info("Writing generation {} for version {}: {} organisations and {} links, {} writers", generation,
                    version, change.organisations().size(), change.links().size(), writers);
            stage(generation, change, countries, version);
            staged = System.nanoTime();
            log.info("Switching from generation {} to generation {}", replaced.generation(), generation);
            result = switchTo(generation, write, version, replaced);
        } catch (RuntimeException | Error e) {
            deletions.deleteLater(generation);
            throw e;
        }
        deletions.deleteLater(replaced.generation());
        // Exactly what read() would give at this version: the generation holds this network and these countries.
        written.set(new VersionedSnapshot(result.version(),
                NetworkSnapshot.sortedById(countries, change.organisations(), change.links())));
        log.info("Wrote version {} ({} REPLACE{}): {} organisations and {} links as generation {} in {} ms, switched "
                        + "in {} ms; the replaced generation {} ({} organisations, {} links) is deleted in the background",
                version, write.note().kind(), write.replacesHistory() ? " with the history" : "",
                change.organisations().size(), change.links().size(), generation, (staged - started) / 1_000_000,
                millisSince(staged), replaced.generation(), replaced.organisationIds().size(),
                replaced.linkIds().size());
        return result;
    }

    /**
     * The whole network as the last replace wrote it, at the version it produced, equal to what {@link #read()} gives
     * at that version — without reading it back (a replace writes a generation holding exactly its network and
     * countries; reading 100,000 organisations back takes seconds). Empty unless the last replace produced
     * {@code version}; given once.
     */
    Optional<VersionedSnapshot> takeWritten(long version) {
        VersionedSnapshot last = written.get();
        if (last == null || last.version() != version || !written.compareAndSet(last, null)) {
            return Optional.empty();
        }
        return Optional.of(last);
    }

    /** The current generation's ids and countries, if the version is still {@code baseVersion}. */
    Replaced readReplaced(long baseVersion) {
        return store.readCurrent((tx, meta) -> {
            if (meta.version() != baseVersion) {
                throw new StaleNetworkException(baseVersion, meta.version());
            }
            Map<String, Object> gen = Map.of("gen", meta.generation());
            Record ids = tx.run(GENERATION_IDS, gen).single();
            var countries = new HashMap<String, Country>();
            tx.run(READ_COUNTRIES, gen).forEachRemaining(r -> {
                Country c = NetworkRecords.toCountry(r);
                countries.put(c.code(), c);
            });
            return new Replaced(meta.generation(), NetworkRecords.stringSet(ids.get("organisations")),
                    NetworkRecords.stringSet(ids.get("links")), countries);
        });
    }

    /**
     * The countries of the new network: those it declares, and for its organisations' other countries the one
     * stored now (keeping a name declared earlier) or else the product's own.
     */
    static List<Country> countriesFor(NetworkChange change, Map<String, Country> stored) {
        var result = new LinkedHashMap<String, Country>();
        change.countries().forEach(c -> result.put(c.code(), c));
        for (Organisation o : change.organisations()) {
            String code = o.country();
            if (code != null && !result.containsKey(code)) {
                Country country = stored.containsKey(code) ? stored.get(code) : Countries.known(code).orElse(null);
                if (country != null) {
                    result.put(code, country);
                }
            }
        }
        return List.copyOf(result.values());
    }

    long allocateGeneration() {
        try (Session session = store.session()) {
            return session.executeWrite(tx -> tx.run(ALLOCATE_GENERATION,
                            Map.of("started", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS)))
                    .single().get("generation").asLong());
        }
    }

    /** Writes a whole network into an empty generation: countries, then organisations, then links, each in batches. */
    void stage(long generation, NetworkChange change, List<Country> countries, long version) {
        try (Session session = store.session()) {
            session.executeWrite(tx -> tx.run(CREATE_COUNTRIES, Map.of("gen", generation,
                    "rows", countries.stream().map(NetworkRecords::countryRow).toList())).consume());
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers, runnable -> {
            Thread thread = new Thread(runnable, "atlas-replace-" + generation);
            thread.setDaemon(true);
            return thread;
        });
        ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "atlas-heartbeat-" + generation);
            thread.setDaemon(true);
            return thread;
        });
        beat.scheduleWithFixedDelay(() -> heartbeat(generation), HEARTBEAT.toMillis(), HEARTBEAT.toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            runAll(pool, organisationBatches(generation, change.organisations(), version));
            runAll(pool, linkBatches(generation, change.links(), version));
        } finally {
            beat.shutdownNow();
            pool.shutdownNow();
        }
    }

    void heartbeat(long generation) {
        try (Session session = store.session()) {
            session.executeWrite(tx -> tx.run(GENERATION_HEARTBEAT, Map.of("gen", generation,
                    "now", OffsetDateTime.now(ZoneOffset.UTC))).consume());
        } catch (RuntimeException e) {
            log.warn("Generation {} could not say it is still being written: {}", generation, e.toString());
        }
    }

    /** Runs each batch in its own write transaction on the pool; the first failure stops the rest and is thrown. */
    void runAll(ExecutorService pool, List<Batch> batches) {
        var futures = new ArrayList<Future<?>>();
        for (Batch batch : batches) {
            futures.add(pool.submit(() -> {
                try (Session session = store.session()) {
                    session.executeWrite(tx -> {
                        batch.run(tx);
                        return null;
                    });
                }
            }));
        }
        try {
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing a replaced network", e);
        }
    }

    /**
     * The switch, in one transaction: locks and checks the version, checks that the staged generation holds exactly
     * the write, makes it current, writes the restored history if any, records the change and raises the version.
     */
    WriteResult switchTo(long generation, StoreWrite write, long version, Replaced replaced) {
        NetworkChange change = write.upserts();
        try (Session session = store.session()) {
            return session.executeWrite(tx -> {
                Meta meta = lockVersion(tx, write.baseVersion());
                checkRevisions(tx, meta.generation(), write.expectedRevisions());
                Record staged = tx.run(STAGED_COUNTS, Map.of("gen", generation)).single();
                if (staged.get("organisations").asLong() != change.organisations().size()
                        || staged.get("links").asLong(0) != change.links().size()) {
                    throw new IllegalStateException("generation " + generation + " holds " + staged.get("organisations")
                            + " organisations and " + staged.get("links") + " links, not the "
                            + change.organisations().size() + " and " + change.links().size() + " written");
                }
                if (write.replacesHistory()) {
                    upsertChanges(tx, write.history());
                }
                if (tx.run(SWITCH_GENERATION, Map.of("gen", generation)).list().isEmpty()) {
                    throw new GenerationRetiredException(generation);
                }
                if (write.replacesHistory()) {
                    tx.run(DELETE_CHANGES_NOT_IN, Map.of("ids", write.history().stream().map(RecordedChange::id).toList()))
                            .consume();
                }
                writeAlongside(tx, write);
                recordChange(tx, version, write.note());
                tx.run(SET_VERSION, Map.of("version", version)).consume();
                int orgsExisting = countIn(change.organisations().stream().map(Organisation::id).toList(),
                        replaced.organisationIds());
                int linksExisting = countIn(change.links().stream().map(Link::id).toList(), replaced.linkIds());
                return new WriteResult(ImportMode.REPLACE,
                        change.organisations().size() - orgsExisting, orgsExisting,
                        replaced.organisationIds().size() - orgsExisting,
                        change.links().size() - linksExisting, linksExisting, replaced.linkIds().size() - linksExisting,
                        change.countries().size(), change.organisations().size(), change.links().size(), version);
            });
        }
    }

    static int countIn(List<String> ids, Set<String> in) {
        int count = 0;
        for (String id : ids) {
            if (in.contains(id)) {
                count++;
            }
        }
        return count;
    }

    static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
