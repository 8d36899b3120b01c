package org.partnershipatlas.store;

import static org.partnershipatlas.store.NetworkCypher.*;
import static org.partnershipatlas.store.ChangeLog.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.partnershipatlas.model.Country;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;

/**
 * The partnership network and its history in Neo4j. One instance per application, over the application's one
 * {@link Driver} (which the caller owns and closes). Reads and writes are transaction functions that return plain
 * values (the Neo4j driver manual's style); record mapping is {@link NetworkRecords}', Cypher {@link NetworkCypher}'s.
 *
 * <p>There is one write method, {@link #write(StoreWrite)}: it takes a write the application's door has already
 * validated and authorised, checks that nothing changed since the write was prepared, writes, records the change
 * and raises the version, all or nothing.
 *
 * <p><b>Generations.</b> The network is one <em>generation</em>: every {@code Organisation} and {@code Country} node
 * carries its generation number ({@code gen}; a link belongs to the generation of its ends), and the meta node names
 * the current one. Readers read the meta node's version and generation, then that generation, then the version
 * again, and read again if a write landed in between ({@link #readCurrent}). A merge or an edit changes the current
 * generation in one transaction. A replace (an import with {@code mode=replace}, a restore) writes the new network as
 * a new generation beside the current one, in parallel batches of their own transactions that no reader looks at;
 * then one small transaction locks and checks the version, checks that the new generation holds exactly what was
 * written, makes it current and records the change; then the old generation is deleted in batches. A crash before
 * that switch leaves the old network current and an unfinished generation, one after it the new network and the old
 * generation (or what is left of it): {@link #initialise()} deletes every generation but the current one at start-up.
 * So a replace is as all-or-nothing as one transaction, without one transaction's cost: Neo4j commits 400,000
 * entities in one transaction several times slower than in forty, and one transaction cannot use a second core.
 */
public class NetworkStore implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(NetworkStore.class);
    /** Rows per UNWIND statement: large enough to amortise round trips, small enough to keep each message modest. */
    static final int BATCH_SIZE = 10_000;
    /** Organisations deleted per transaction when a generation is deleted (with their links, about four times as many). */
    static final int DELETE_BATCH_SIZE = 10_000;
    /** Characters of recorded JSON per statement when a history is restored: keeps each message modest. */
    static final long HISTORY_BATCH_CHARACTERS = 16_000_000;
    /** Reads that overlapped a write are repeated; this many in a row means writes never stop, and the read fails. */
    static final int READ_ATTEMPTS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Driver driver;
    private final String database;
    private final int writers;
    private final ChangeLog changeLog = new ChangeLog(this);
    private final GenerationDeletions deletions = new GenerationDeletions(this);
    private final ReplaceWrite replaces;

    /**
     * @param driver   the application's driver (embedded Bolt or an external server/cluster)
     * @param database database name, or {@code null} for the server's default
     */
    public NetworkStore(Driver driver, String database) {
        this(driver, database, defaultWriters());
    }

    /**
     * @param writers sessions writing a replaced network's batches at once (at least 1)
     */
    public NetworkStore(Driver driver, String database, int writers) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.database = database;
        if (writers < 1) {
            throw new IllegalArgumentException("writers must be at least 1: " + writers);
        }
        this.writers = writers;
        this.replaces = new ReplaceWrite(this, deletions, writers);
    }

    /** One writer per core, at most four: more only queue behind each other on the database's locks and cores. */
    static int defaultWriters() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    Session session() {
        return database == null ? driver.session() : driver.session(SessionConfig.forDatabase(database));
    }

    /**
     * Creates the constraints, indexes and version node if missing, marks a network written before generations as
     * generation 0, and deletes every generation that is neither the current one nor being written by a live
     * instance ({@link #cleanOrphans}). Idempotent; run at start-up, before the first write.
     */
    public void initialise() {
        try (Session session = session()) {
            for (String statement : SCHEMA) {
                session.executeWrite(tx -> tx.run(statement).consume());
            }
            session.executeWrite(tx -> tx.run(ENSURE_META).consume());
            session.executeWrite(tx -> {
                long generation = tx.run(ADOPT_META_GENERATION).single().get("generation").asLong();
                tx.run(ADOPT_ORGANISATIONS, Map.of("gen", generation)).consume();
                tx.run(ADOPT_COUNTRIES, Map.of("gen", generation)).consume();
                return generation;
            });
        }
        cleanOrphans();
    }


    // --- reads -------------------------------------------------------------------------------------------------

    /** The network version and the generation that holds the network at that version. */
    record Meta(long version, long generation) {
        static Meta of(Record r) {
            return new Meta(r.get("version").asLong(0), r.get("generation").asLong(0));
        }
    }

    /** A read of the current generation inside a read transaction. */
    @FunctionalInterface
    interface GenerationRead<T> {
        T read(TransactionContext tx, Meta meta);
    }

    /**
     * Runs {@code read} against the current generation and returns what it read only if no write landed meanwhile
     * (the version is the same after as before; otherwise it reads again). Neo4j reads committed data, statement by
     * statement: without the check, a read overlapping a write could mix before and after, or find a replaced
     * generation half deleted.
     */
    <T> T readCurrent(GenerationRead<T> read) {
        try (Session session = session()) {
            for (int attempt = 1; attempt <= READ_ATTEMPTS; attempt++) {
                Optional<T> value = session.executeRead(tx -> {
                    Meta meta = Meta.of(tx.run(VERSION).single());
                    T result = read.read(tx, meta);
                    return readVersion(tx) == meta.version() ? Optional.of(result) : Optional.<T>empty();
                });
                if (value.isPresent()) {
                    return value.get();
                }
            }
        }
        throw new IllegalStateException("the network changed during each of " + READ_ATTEMPTS + " reads in a row");
    }

    public long version() {
        try (Session session = session()) {
            return session.executeRead(NetworkStore::readVersion);
        }
    }

    private static long readVersion(TransactionContext tx) {
        var result = tx.run(VERSION);
        return result.hasNext() ? result.single().get("version").asLong(0) : 0L;
    }

    /** Counts of what is stored. */
    public StoreCounts counts() {
        return readCurrent((tx, meta) -> {
            Record r = tx.run(COUNTS, Map.of("gen", meta.generation())).single();
            return new StoreCounts(r.get("organisations").asLong(), r.get("links").asLong(),
                    r.get("countries").asLong(), meta.version());
        });
    }

    public boolean isEmpty() {
        StoreCounts counts = counts();
        return counts.organisations() == 0 && counts.links() == 0;
    }

    /** The whole network, sorted by id, with the version it was read at (nothing written during the read). */
    public VersionedSnapshot read() {
        return readCurrent(NetworkStore::readNetwork);
    }

    /** The whole network and the whole history, oldest change first, read at one version (what a backup holds). */
    public NetworkWithHistory readWithHistory() {
        return readCurrent((tx, meta) -> new NetworkWithHistory(readNetwork(tx, meta),
                tx.run(ALL_CHANGES).list(r -> toChange(r.get("c")))));
    }

    private static VersionedSnapshot readNetwork(TransactionContext tx, Meta meta) {
        Map<String, Object> gen = Map.of("gen", meta.generation());
        List<Country> countries = tx.run(READ_COUNTRIES, gen).list(NetworkRecords::toCountry);
        List<Organisation> organisations = tx.run(READ_ORGANISATIONS, gen).list(NetworkRecords::toOrganisation);
        List<Link> links = tx.run(READ_LINKS, gen).list(NetworkRecords::toLink);
        // Sorting here is cheaper than ORDER BY in Cypher, and gives a stable order for output and caches.
        return new VersionedSnapshot(meta.version(), NetworkSnapshot.sortedById(countries, organisations, links));
    }

    /** One organisation with its revision. */
    public Optional<Revised<Organisation>> organisation(String id) {
        return readCurrent((tx, meta) -> tx.run(READ_ORGANISATION, Map.of("gen", meta.generation(), "id", id)).stream()
                .findFirst()
                .map(r -> new Revised<>(NetworkRecords.toOrganisation(r), NetworkRecords.revision(r.get("o")))));
    }

    /** One link with its revision. */
    public Optional<Revised<Link>> link(String id) {
        return readCurrent((tx, meta) -> tx.run(READ_LINK, Map.of("gen", meta.generation(), "id", id)).stream()
                .findFirst()
                .map(r -> new Revised<>(NetworkRecords.toLink(r), NetworkRecords.revision(r.get("r")))));
    }

    // --- the one write -----------------------------------------------------------------------------------------

    /**
     * Runs a prepared write: checks the version and the revisions the writer saw, writes, records the change and
     * raises the version, all or nothing. Anything that fails (a stale version, a conflict, a constraint, a lost
     * connection, the process killed) leaves the network, the version and the history as they were.
     *
     * <p>A merge runs in one transaction. A replace is written as a new generation and switched to in one
     * transaction (see the class comment); when it also replaces the history (restoring a backup), the switch writes
     * the restored changes by id, deletes every change the restored history does not hold, and records its own
     * change on top with an id above all of them ({@link StoreWrite#nextVersion}).
     *
     * @throws StaleNetworkException     if another write came after {@code write.baseVersion()}
     * @throws RevisionConflictException if an edited entity is no longer at the revision the writer saw
     */
    public WriteResult write(StoreWrite write) {
        Objects.requireNonNull(write, "write");
        if (write.mode() == ImportMode.REPLACE) {
            return replaces.replace(write);
        }
        replaces.forget(); // a merge changes the network: what a replace wrote before is no longer current
        try (Session session = session()) {
            return session.executeWrite(tx -> {
                Meta meta = lockVersion(tx, write.baseVersion());
                long version = write.nextVersion(meta.version());
                checkRevisions(tx, meta.generation(), write.expectedRevisions());
                WriteResult result = MergeWrite.merge(tx, write, meta.generation(), version);
                writeAlongside(tx, write);
                ChangeLog.recordChange(tx, version, write.note());
                tx.run(SET_VERSION, Map.of("version", version)).consume();
                return result;
            });
        }
    }

    /** What the write does alongside, in its transaction (a restore's accounts, returns and stories). */
    static void writeAlongside(TransactionContext tx, StoreWrite write) {
        if (write.alongside() != null) {
            write.alongside().write(tx);
        }
    }

    /** Takes the version lock and checks that no write came after {@code baseVersion}. */
    static Meta lockVersion(TransactionContext tx, long baseVersion) {
        Meta meta = Meta.of(tx.run(LOCK_VERSION).single());
        if (meta.version() != baseVersion) {
            throw new StaleNetworkException(baseVersion, meta.version());
        }
        return meta;
    }

    static void checkRevisions(TransactionContext tx, long generation, Map<EntityKey, Long> expected) {
        if (expected.isEmpty()) {
            return;
        }
        var stored = new HashMap<EntityKey, Long>();
        for (EntityType type : List.of(EntityType.ORGANISATION, EntityType.LINK)) { // countries have no revisions
            var ids = expected.keySet().stream().filter(k -> k.type() == type).map(EntityKey::id).toList();
            if (!ids.isEmpty()) {
                tx.run(type == EntityType.ORGANISATION ? ORGANISATION_REVISIONS : LINK_REVISIONS,
                                Map.of("gen", generation, "ids", ids))
                        .forEachRemaining(r -> stored.put(new EntityKey(type, r.get("id").asString()), r.get("rev").asLong()));
            }
        }
        expected.forEach((key, revision) -> {
            long actual = stored.getOrDefault(key, 0L);
            if (actual != revision) {
                throw new RevisionConflictException(key, revision, actual);
            }
        });
    }



    // --- parts: the change log, a merge, a replace and deleting generations ------------------------------------

    /**
     * How long a generation being written may go without a heartbeat before it counts as left behind by a crashed
     * instance. Writers beat every {@link #HEARTBEAT}; a batch never takes this long.
     */
    static final Duration ORPHANED_AFTER = GenerationDeletions.ORPHANED_AFTER;
    /** How often a generation being written says it is alive. */
    static final Duration HEARTBEAT = GenerationDeletions.HEARTBEAT;

    /**
     * Queues for deletion every generation that is neither the network nor being written by a live instance: one a
     * crash or kill left half-written, or a replaced network not yet deleted. Run at start-up and, by the
     * application, every minute. @return how many were queued
     */
    public int cleanOrphans() {
        return deletions.cleanOrphans();
    }

    /**
     * The whole network as the last replace wrote it, at the version it produced, equal to what {@link #read()} gives
     * at that version, without reading it back. Empty unless the last replace produced {@code version}; given once.
     */
    public Optional<VersionedSnapshot> takeWritten(long version) {
        return replaces.takeWritten(version);
    }

    /** Waits until every generation queued for deletion so far is deleted (for tests, benchmarks and shutdown). */
    public void awaitDeletions() {
        deletions.awaitDeletions();
    }

    /** Deletes a generation that is not the current one, in batches; answers the organisations deleted. */
    long deleteGeneration(long generation) {
        return deletions.deleteGeneration(generation);
    }

    /** Stops deleting retired generations (what is left is deleted at the next start-up); the driver stays open. */
    @Override
    public void close() {
        deletions.close();
    }

    /** Ids a change touched, for filtering by entity: each entity's id, and for links the ids of both ends. */
    public static List<String> touches(List<EntityChange> entities) {
        return ChangeLog.touches(entities);
    }

    /** Recorded changes, newest first. */
    public List<RecordedChange> changes(ChangeQuery query) {
        return changeLog.changes(query);
    }

    /** As {@link #changes} but each without its entities and details: what a list of changes needs. */
    public List<RecordedChange> changeSummaries(ChangeQuery query) {
        return changeLog.changeSummaries(query);
    }

    public Optional<RecordedChange> change(long id) {
        return changeLog.change(id);
    }

    /** Changes made after {@code after} that touched any of the ids (what undoing {@code after} would contradict). */
    public List<RecordedChange> changesTouchingAfter(long after, Set<String> ids) {
        return changeLog.changesTouchingAfter(after, ids);
    }

    /**
     * The network version now, if no change since {@code after} touched any of {@code ids}: a write prepared at
     * {@code after} that touches only these ids is as valid at that version. Empty otherwise.
     */
    public Optional<Long> versionIfUntouchedSince(long after, Set<String> ids) {
        return changeLog.versionIfUntouchedSince(after, ids);
    }

    /** The whole history, oldest first. */
    public List<RecordedChange> allChanges() {
        return changeLog.allChanges();
    }
    static <T> List<List<T>> batches(List<T> items, int size) {
        var result = new ArrayList<List<T>>();
        for (int i = 0; i < items.size(); i += size) {
            result.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        return result;
    }
}
