package org.partnershipatlas.store;

import java.util.Locale;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.neo4j.driver.SimpleQueryRunner;
import static org.partnershipatlas.store.NetworkCypher.*;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.partnershipatlas.model.Countries;
import org.partnershipatlas.model.Country;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.validation.NetworkChange;

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
    /** The network the last replace wrote, until {@link #takeWritten} takes it. */
    private final AtomicReference<VersionedSnapshot> written =
            new AtomicReference<>();
    /** Deletes retired generations one after another, in the background (its one thread ends when idle). */
    private final ThreadPoolExecutor deletions;
    /** Generations queued for deletion and not yet done, so that the janitor does not queue one twice. */
    private final Set<Long> queuedDeletions = ConcurrentHashMap.newKeySet();

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
        this.deletions = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "atlas-generation-deletions");
            thread.setDaemon(true);
            return thread;
        });
        deletions.allowCoreThreadTimeOut(true);
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
    public int cleanOrphans() {
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(ORPHANED_AFTER);
        List<Long> orphans;
        try (Session session = session()) {
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

    // --- reads -------------------------------------------------------------------------------------------------

    /** The network version and the generation that holds the network at that version. */
    private record Meta(long version, long generation) {
        static Meta of(Record r) {
            return new Meta(r.get("version").asLong(0), r.get("generation").asLong(0));
        }
    }

    /** A read of the current generation inside a read transaction. */
    @FunctionalInterface
    private interface GenerationRead<T> {
        T read(TransactionContext tx, Meta meta);
    }

    /**
     * Runs {@code read} against the current generation and returns what it read only if no write landed meanwhile
     * (the version is the same after as before; otherwise it reads again). Neo4j reads committed data, statement by
     * statement: without the check, a read overlapping a write could mix before and after, or find a replaced
     * generation half deleted.
     */
    private <T> T readCurrent(GenerationRead<T> read) {
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
            return replace(write);
        }
        written.set(null); // a merge changes the network: what a replace wrote before is no longer current
        try (Session session = session()) {
            return session.executeWrite(tx -> {
                Meta meta = lockVersion(tx, write.baseVersion());
                long version = write.nextVersion(meta.version());
                checkRevisions(tx, meta.generation(), write.expectedRevisions());
                WriteResult result = merge(tx, write, meta.generation(), version);
                writeAlongside(tx, write);
                recordChange(tx, version, write.note());
                tx.run(SET_VERSION, Map.of("version", version)).consume();
                return result;
            });
        }
    }

    /** What the write does alongside, in its transaction (a restore's accounts, returns and stories). */
    private static void writeAlongside(TransactionContext tx, StoreWrite write) {
        if (write.alongside() != null) {
            write.alongside().write(tx);
        }
    }

    /** Takes the version lock and checks that no write came after {@code baseVersion}. */
    private static Meta lockVersion(TransactionContext tx, long baseVersion) {
        Meta meta = Meta.of(tx.run(LOCK_VERSION).single());
        if (meta.version() != baseVersion) {
            throw new StaleNetworkException(baseVersion, meta.version());
        }
        return meta;
    }

    private static void checkRevisions(TransactionContext tx, long generation, Map<EntityKey, Long> expected) {
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

    /**
     * A merge, in the caller's transaction, into the current generation. Into an empty one everything is created in
     * bulk; otherwise records are upserted by id, replaced links deleted by element id, and the deletions made last.
     * Nothing is deleted before the index lookups that need it are done: in Neo4j 5 every index seek in a
     * transaction copies the set of entities already deleted in it, so deleting first would make a large write
     * quadratic.
     */
    private WriteResult merge(TransactionContext tx, StoreWrite write, long generation, long version) {
        long started = System.nanoTime();
        NetworkChange change = write.upserts();
        List<String> orgIds = change.organisations().stream().map(Organisation::id).toList();
        List<String> linkIds = change.links().stream().map(Link::id).toList();
        requireDistinct(linkIds, "link");
        int orgsExisting = 0;
        int linksExisting = 0;
        long orgsDeleted = 0;
        long linksDeleted = 0;
        writeCountries(tx, generation, change);
        if (countOrganisations(tx, generation) == 0) {
            for (Batch batch : organisationBatches(generation, change.organisations(), version)) {
                batch.run(tx);
            }
            for (Batch batch : linkBatches(generation, change.links(), version)) {
                batch.run(tx);
            }
        } else {
            orgsExisting = countExisting(tx, generation, orgIds);
            List<String> replaced = elementIds(tx, LINK_ELEMENT_IDS, generation, linkIds);
            linksExisting = replaced.size();
            List<String> deletedLinks = elementIds(tx, LINK_ELEMENT_IDS, generation, write.deleteLinks());
            List<String> deletedOrganisations = elementIds(tx, ORGANISATION_ELEMENT_IDS, generation,
                    write.deleteOrganisations());
            linksDeleted = deletedLinks.size();
            var obsolete = new LinkedHashSet<>(replaced);
            obsolete.addAll(deletedLinks);
            upsertAll(tx, generation, change, List.copyOf(obsolete), version);
            for (var batch : batches(deletedOrganisations, BATCH_SIZE)) {
                tx.run(DELETE_ORGANISATIONS_BY_ELEMENT_ID, Map.of("elementIds", batch)).consume();
            }
            orgsDeleted = deletedOrganisations.size();
        }
        Record totals = tx.run(COUNTS, Map.of("gen", generation)).single();
        var result = new WriteResult(write.mode(),
                orgIds.size() - orgsExisting, orgsExisting, orgsDeleted,
                linkIds.size() - linksExisting, linksExisting, linksDeleted,
                change.countries().size(), totals.get("organisations").asLong(), totals.get("links").asLong(), version);
        log.info("Wrote version {} ({} {}): {} organisations and {} links upserted, {} and {} deleted, in {} ms",
                version, write.note().kind(), write.mode(), orgIds.size(), linkIds.size(), orgsDeleted, linksDeleted,
                millisSince(started));
        return result;
    }

    /** Link ids are unique by validation; the store checks again because it has no constraint to do it. */
    private static void requireDistinct(List<String> ids, String what) {
        var seen = new HashSet<String>(ids.size() * 2);
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("duplicate " + what + " id \"" + id + "\" in one write");
            }
        }
    }

    /**
     * Upserts by id into a generation that has data: organisations first, then the links to be replaced or deleted
     * are deleted by element id (looked up before any deletion) and the new ones created.
     */
    private static void upsertAll(TransactionContext tx, long generation, NetworkChange change,
                                  List<String> obsoleteLinks, long version) {
        for (var batch : batches(change.organisations(), BATCH_SIZE)) {
            tx.run(UPSERT_ORGANISATIONS, Map.of("gen", generation, "rows", batch.stream()
                    .map(o -> NetworkRecords.organisationRow(o, version)).toList())).consume();
        }
        for (var batch : batches(obsoleteLinks, BATCH_SIZE)) {
            tx.run(DELETE_LINKS_BY_ELEMENT_ID, Map.of("elementIds", batch)).consume();
        }
        for (Batch batch : linkBatches(generation, change.links(), version)) {
            batch.run(tx);
        }
    }

    private static List<String> elementIds(TransactionContext tx, String statement, long generation, List<String> ids) {
        var result = new ArrayList<String>();
        for (var batch : batches(ids, BATCH_SIZE)) {
            result.addAll(NetworkRecords.strings(tx.run(statement, Map.of("gen", generation, "ids", batch))
                    .single().get("elementIds")));
        }
        return result;
    }

    /**
     * One statement creating a batch of records in a generation that does not hold them yet; its rows are made when
     * it runs, so a large write never holds every row at once. It fails (rolling its transaction back) unless it
     * wrote every row: a link whose end is missing, a country not written.
     */
    private record Batch(String statement, Map<String, Object> fixed, List<?> records,
                         Function<Object, Map<String, Object>> row) {
        void run(SimpleQueryRunner runner) {
            var params = new HashMap<>(fixed);
            params.put("rows", records.stream().map(row).toList());
            long written = runner.run(statement, params).single().get("written").asLong();
            if (written != records.size()) {
                // Validation makes this impossible; if it happens, throwing rolls the write back.
                throw new IllegalStateException("only " + written + " of " + records.size() + " records written by "
                        + statement.strip().lines().findFirst().orElse("") + " (a link end or a country missing)");
            }
        }
    }

    /**
     * Organisations into a generation that holds none of them, grouped by country and Health Board label (fixed
     * statements, no per-row branching, no MERGE).
     */
    private static List<Batch> organisationBatches(long generation, List<Organisation> organisations, long version) {
        var groups = new LinkedHashMap<List<Object>, List<Organisation>>();
        for (Organisation o : organisations) {
            groups.computeIfAbsent(Arrays.asList(o.country(), o.isHealthBoard()), k -> new ArrayList<>()).add(o);
        }
        var result = new ArrayList<Batch>();
        groups.forEach((key, members) -> {
            String country = (String) key.get(0);
            boolean board = (Boolean) key.get(1);
            String statement = country == null
                    ? (board ? CREATE_BOARDS_NOWHERE : CREATE_ORGANISATIONS_NOWHERE)
                    : (board ? CREATE_BOARDS_IN_COUNTRY : CREATE_ORGANISATIONS_IN_COUNTRY);
            var fixed = new HashMap<String, Object>();
            fixed.put("gen", generation);
            fixed.put("country", country);
            for (var batch : batches(members, BATCH_SIZE)) {
                result.add(new Batch(statement, fixed, batch,
                        o -> NetworkRecords.organisationProperties((Organisation) o, version)));
            }
        });
        return result;
    }

    /** Links between organisations of the generation, looked up by id. */
    private static List<Batch> linkBatches(long generation, List<Link> links, long version) {
        var result = new ArrayList<Batch>();
        for (var batch : batches(links, BATCH_SIZE)) {
            result.add(new Batch(CREATE_LINKS, Map.of("gen", generation), batch,
                    l -> NetworkRecords.linkRow((Link) l, version)));
        }
        return result;
    }

    private static long countOrganisations(TransactionContext tx, long generation) {
        return tx.run(COUNTS, Map.of("gen", generation)).single().get("organisations").asLong();
    }

    private static int countExisting(TransactionContext tx, long generation, List<String> ids) {
        int existing = 0;
        for (var batch : batches(ids, BATCH_SIZE)) {
            existing += tx.run(EXISTING_ORGANISATION_IDS, Map.of("gen", generation, "ids", batch)).single().get("ids").size();
        }
        return existing;
    }

    private static void writeCountries(TransactionContext tx, long generation, NetworkChange change) {
        var declared = new LinkedHashMap<String, Country>();
        change.countries().forEach(c -> declared.put(c.code(), c));
        var known = new LinkedHashMap<String, Country>();
        for (Organisation o : change.organisations()) {
            if (o.country() != null && !declared.containsKey(o.country())) {
                Countries.known(o.country()).ifPresent(c -> known.put(c.code(), c));
            }
        }
        tx.run(UPSERT_DECLARED_COUNTRIES, Map.of("gen", generation,
                "rows", declared.values().stream().map(NetworkRecords::countryRow).toList())).consume();
        tx.run(ENSURE_KNOWN_COUNTRIES, Map.of("gen", generation,
                "rows", known.values().stream().map(NetworkRecords::countryRow).toList())).consume();
    }

    // --- a replace: a new generation, then the switch ---------------------------------------------------------

    /** What a replace needs from the generation it replaces, read at the version it was prepared against. */
    private record Replaced(long generation, Set<String> organisationIds, Set<String> linkIds,
                            Map<String, Country> countries) {
    }

    /**
     * A replace: writes the new network as a new generation in parallel batches, switches to it in one small
     * transaction, then deletes the generation it replaced. Nothing a reader sees changes before the switch; a
     * failure before it deletes the new generation (or, if this process dies, the next start-up does).
     */
    private WriteResult replace(StoreWrite write) {
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
            deleteLater(generation);
            throw e;
        }
        deleteLater(replaced.generation());
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
    public Optional<VersionedSnapshot> takeWritten(long version) {
        VersionedSnapshot last = written.get();
        if (last == null || last.version() != version || !written.compareAndSet(last, null)) {
            return Optional.empty();
        }
        return Optional.of(last);
    }

    /** The current generation's ids and countries, if the version is still {@code baseVersion}. */
    private Replaced readReplaced(long baseVersion) {
        return readCurrent((tx, meta) -> {
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
    private static List<Country> countriesFor(NetworkChange change, Map<String, Country> stored) {
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

    private long allocateGeneration() {
        try (Session session = session()) {
            return session.executeWrite(tx -> tx.run(ALLOCATE_GENERATION,
                            Map.of("started", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS)))
                    .single().get("generation").asLong());
        }
    }

    /** Writes a whole network into an empty generation: countries, then organisations, then links, each in batches. */
    private void stage(long generation, NetworkChange change, List<Country> countries, long version) {
        try (Session session = session()) {
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

    private void heartbeat(long generation) {
        try (Session session = session()) {
            session.executeWrite(tx -> tx.run(GENERATION_HEARTBEAT, Map.of("gen", generation,
                    "now", OffsetDateTime.now(ZoneOffset.UTC))).consume());
        } catch (RuntimeException e) {
            log.warn("Generation {} could not say it is still being written: {}", generation, e.toString());
        }
    }

    /** Runs each batch in its own write transaction on the pool; the first failure stops the rest and is thrown. */
    private void runAll(ExecutorService pool, List<Batch> batches) {
        var futures = new ArrayList<Future<?>>();
        for (Batch batch : batches) {
            futures.add(pool.submit(() -> {
                try (Session session = session()) {
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
    private WriteResult switchTo(long generation, StoreWrite write, long version, Replaced replaced) {
        NetworkChange change = write.upserts();
        try (Session session = session()) {
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

    private static int countIn(List<String> ids, Set<String> in) {
        int count = 0;
        for (String id : ids) {
            if (in.contains(id)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Queues a generation that is not the network for deletion in the background: readers never look at it, and a
     * generation left by a crash half-way through its deletion is deleted again at the next start-up.
     */
    private boolean deleteLater(long generation) {
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
    public void awaitDeletions() {
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
        try (Session session = session()) {
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
    @Override
    public void close() {
        deletions.shutdownNow();
        try {
            deletions.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    // --- the history -------------------------------------------------------------------------------------------

    private static void recordChange(TransactionContext tx, long id, ChangeNote note) {
        tx.run(CREATE_CHANGE, changeRow(id, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS), note))
                .consume();
    }

    /** A change's stored properties; entities and details are kept as JSON text (properties cannot hold maps). */
    private static Map<String, Object> changeRow(long id, OffsetDateTime at, ChangeNote note) {
        var row = new HashMap<String, Object>();
        row.put("id", id);
        row.put("at", at);
        row.put("actor", note.actor());
        row.put("kind", note.kind().name());
        row.put("reason", note.reason());
        row.put("source", note.source());
        row.put("summary", note.summary());
        row.put("details", toJson(note.details()));
        row.put("entities", toJson(entitiesJson(note.entities())));
        row.put("touches", touches(note.entities()));
        row.put("complete", note.complete());
        return row;
    }

    /**
     * Writes restored changes by id, in statements of at most {@link #HISTORY_BATCH_CHARACTERS} characters of
     * recorded entities (one large import's change can hold thousands). Upserting instead of deleting first keeps
     * every index seek of the write ahead of its deletions (see {@link #apply}).
     */
    private static void upsertChanges(TransactionContext tx, List<RecordedChange> history) {
        var rows = new ArrayList<Map<String, Object>>();
        long characters = 0;
        for (RecordedChange change : history) {
            var row = changeRow(change.id(), change.at().atOffset(ZoneOffset.UTC), new ChangeNote(change.actor(),
                    change.kind(), change.reason(), change.source(), change.summary(), change.details(),
                    change.entities(), change.complete()));
            long size = ((String) row.get("entities")).length() + ((String) row.get("details")).length();
            if (!rows.isEmpty() && (rows.size() == BATCH_SIZE || characters + size > HISTORY_BATCH_CHARACTERS)) {
                tx.run(UPSERT_CHANGES, Map.of("rows", rows)).consume();
                rows = new ArrayList<>();
                characters = 0;
            }
            rows.add(row);
            characters += size;
        }
        if (!rows.isEmpty()) {
            tx.run(UPSERT_CHANGES, Map.of("rows", rows)).consume();
        }
    }

    /** Ids a change touched, for filtering by entity: each entity's id, and for links the ids of both ends. */
    public static List<String> touches(List<EntityChange> entities) {
        var ids = new LinkedHashSet<String>();
        for (EntityChange e : entities) {
            ids.add(e.id());
            if (e.type() == EntityType.LINK) {
                for (JsonNode state : new JsonNode[] {e.before(), e.after()}) {
                    if (state != null) {
                        ids.add(state.path("from").asText());
                        ids.add(state.path("to").asText());
                    }
                }
            }
        }
        ids.remove("");
        return List.copyOf(ids);
    }

    private static ArrayNode entitiesJson(List<EntityChange> entities) {
        ArrayNode array = JSON.createArrayNode();
        for (EntityChange e : entities) {
            ObjectNode item = array.addObject();
            item.put("type", e.type().token());
            item.put("id", e.id());
            item.set("before", e.before());
            item.set("after", e.after());
        }
        return array;
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot record " + value, e);
        }
    }

    /** Recorded changes, newest first. */
    public List<RecordedChange> changes(ChangeQuery query) {
        return readChanges(READ_CHANGES, query);
    }

    /**
     * As {@link #changes} but each without its entities and details (empty): what a list of who changed what and
     * when needs. A replace import records every organisation and link it wrote (tens of megabytes of JSON at
     * 10,000 organisations), which {@link #changes} reads and parses each time it matches.
     */
    public List<RecordedChange> changeSummaries(ChangeQuery query) {
        return readChanges(READ_CHANGE_SUMMARIES, query);
    }

    private List<RecordedChange> readChanges(String statement, ChangeQuery query) {
        var params = new HashMap<String, Object>();
        params.put("limit", query.limit());
        params.put("entity", query.entity());
        params.put("actor", query.actor());
        params.put("kind", query.kind() == null ? null : query.kind().name());
        params.put("from", query.from() == null ? null : query.from().atOffset(ZoneOffset.UTC));
        params.put("to", query.to() == null ? null : query.to().atOffset(ZoneOffset.UTC));
        params.put("before", query.before());
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(statement, params).list(r -> toChange(r.get("c"))));
        }
    }

    public Optional<RecordedChange> change(long id) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(READ_CHANGE, Map.of("id", id)).stream().findFirst()
                    .map(r -> toChange(r.get("c"))));
        }
    }

    /** Changes made after {@code after} that touched any of the ids (what undoing {@code after} would contradict). */
    public List<RecordedChange> changesTouchingAfter(long after, Set<String> ids) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(LATER_CHANGES_TOUCHING,
                    Map.of("after", after, "ids", List.copyOf(ids))).list(r -> toChange(r.get("c"))));
        }
    }

    /**
     * The network version now, if no change since {@code after} touched any of {@code ids} (and every such change
     * kept its entities, so that this can be known): a write prepared at {@code after} that touches only these ids
     * is as valid at that version. Empty otherwise.
     */
    public Optional<Long> versionIfUntouchedSince(long after, Set<String> ids) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(UNTOUCHED_SINCE, Map.of("after", after, "ids", List.copyOf(ids)))
                    .stream().findFirst().map(r -> r.get("version").asLong()));
        }
    }

    /** The whole history, oldest first. */
    public List<RecordedChange> allChanges() {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(ALL_CHANGES).list(r -> toChange(r.get("c"))));
        }
    }

    private static RecordedChange toChange(Value c) {
        var entities = new ArrayList<EntityChange>();
        for (JsonNode item : readJson(c.get("entities").asString("[]"))) {
            JsonNode before = item.get("before");
            JsonNode after = item.get("after");
            entities.add(new EntityChange(EntityType.valueOf(item.get("type").asText().toUpperCase(Locale.ROOT)),
                    item.get("id").asText(), before == null || before.isNull() ? null : before,
                    after == null || after.isNull() ? null : after));
        }
        Map<String, Object> details = JSON.convertValue(readJson(c.get("details").asString("{}")),
                new TypeReference<Map<String, Object>>() { });
        Instant at = c.get("at").asOffsetDateTime().toInstant();
        return new RecordedChange(c.get("id").asLong(), at, c.get("actor").asString(),
                ChangeKind.valueOf(c.get("kind").asString()), c.get("reason").asString(null),
                c.get("source").asString(null), c.get("summary").asString(""), details, entities,
                c.get("complete").asBoolean(true));
    }

    private static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a recorded change is not JSON", e);
        }
    }

    private static <T> List<List<T>> batches(List<T> items, int size) {
        var result = new ArrayList<List<T>>();
        for (int i = 0; i < items.size(); i += size) {
            result.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        return result;
    }
}
