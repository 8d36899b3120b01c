package org.partnershipatlas.store;

import static org.partnershipatlas.store.NetworkCypher.*;

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
 * validated and authorised, and in one transaction locks and raises the network version, checks that nothing
 * changed since the write was prepared, writes, and records the change. On any failure nothing is changed.
 */
public class NetworkStore {
    private static final Logger log = LoggerFactory.getLogger(NetworkStore.class);
    /** Rows per UNWIND statement: large enough to amortise round trips, small enough to keep each message modest. */
    static final int BATCH_SIZE = 10_000;
    /** Characters of recorded JSON per statement when a history is restored: keeps each message modest. */
    static final long HISTORY_BATCH_CHARACTERS = 16_000_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Driver driver;
    private final String database;

    /**
     * @param driver   the application's driver (embedded Bolt or an external server/cluster)
     * @param database database name, or {@code null} for the server's default
     */
    public NetworkStore(Driver driver, String database) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.database = database;
    }

    Session session() {
        return database == null ? driver.session() : driver.session(SessionConfig.forDatabase(database));
    }

    /** Creates the constraints, indexes and version node if missing. Idempotent; run at start-up. */
    public void initialise() {
        try (Session session = session()) {
            for (String statement : SCHEMA) {
                session.executeWrite(tx -> tx.run(statement).consume());
            }
            session.executeWrite(tx -> tx.run(ENSURE_META).consume());
        }
    }

    // --- reads -------------------------------------------------------------------------------------------------

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
        try (Session session = session()) {
            return session.executeRead(tx -> {
                Record r = tx.run(COUNTS).single();
                return new StoreCounts(r.get("organisations").asLong(), r.get("links").asLong(),
                        r.get("countries").asLong(), readVersion(tx));
            });
        }
    }

    public boolean isEmpty() {
        StoreCounts counts = counts();
        return counts.organisations() == 0 && counts.links() == 0;
    }

    /** The whole network, sorted by id, with the version it was read at (one read transaction). */
    public VersionedSnapshot read() {
        try (Session session = session()) {
            return session.executeRead(NetworkStore::readNetwork);
        }
    }

    /** The whole network and the whole history, oldest change first, read in one transaction (what a backup holds). */
    public NetworkWithHistory readWithHistory() {
        try (Session session = session()) {
            return session.executeRead(tx -> new NetworkWithHistory(readNetwork(tx),
                    tx.run(ALL_CHANGES).list(r -> toChange(r.get("c")))));
        }
    }

    private static VersionedSnapshot readNetwork(TransactionContext tx) {
        long version = readVersion(tx);
        List<Country> countries = tx.run(READ_COUNTRIES).list(NetworkRecords::toCountry);
        List<Organisation> organisations = tx.run(READ_ORGANISATIONS).list(NetworkRecords::toOrganisation);
        List<Link> links = tx.run(READ_LINKS).list(NetworkRecords::toLink);
        // Sorting here is cheaper than ORDER BY in Cypher, and gives a stable order for output and caches.
        return new VersionedSnapshot(version, new NetworkSnapshot(countries, organisations, links).sortedById());
    }

    /** One organisation with its revision. */
    public Optional<Revised<Organisation>> organisation(String id) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(READ_ORGANISATION, Map.of("id", id)).stream().findFirst()
                    .map(r -> new Revised<>(NetworkRecords.toOrganisation(r), NetworkRecords.revision(r.get("o")))));
        }
    }

    /** One link with its revision. */
    public Optional<Revised<Link>> link(String id) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(READ_LINK, Map.of("id", id)).stream().findFirst()
                    .map(r -> new Revised<>(NetworkRecords.toLink(r), NetworkRecords.revision(r.get("r")))));
        }
    }

    // --- the one write -----------------------------------------------------------------------------------------

    /**
     * Runs a prepared write in one transaction: locks and checks the version, checks the revisions the writer saw,
     * writes, records the change and raises the version. Anything that fails inside it (a stale version, a
     * conflict, a constraint, a lost connection) rolls the whole write back.
     *
     * <p>A write that replaces the history (restoring a backup) writes the restored changes by id before anything
     * is deleted, then the network, then deletes every change the restored history does not hold, and records its
     * own change on top with an id above all of them ({@link StoreWrite#nextVersion}).
     *
     * @throws StaleNetworkException     if another write came after {@code write.baseVersion()}
     * @throws RevisionConflictException if an edited entity is no longer at the revision the writer saw
     */
    public WriteResult write(StoreWrite write) {
        Objects.requireNonNull(write, "write");
        try (Session session = session()) {
            return session.executeWrite(tx -> {
                long current = tx.run(LOCK_VERSION).single().get("version").asLong(0);
                if (current != write.baseVersion()) {
                    throw new StaleNetworkException(write.baseVersion(), current);
                }
                long version = write.nextVersion(current);
                checkRevisions(tx, write.expectedRevisions());
                if (write.replacesHistory()) {
                    upsertChanges(tx, write.history());
                }
                WriteResult result = apply(tx, write, version);
                if (write.replacesHistory()) {
                    tx.run(DELETE_CHANGES_NOT_IN, Map.of("ids", write.history().stream().map(RecordedChange::id).toList()))
                            .consume();
                }
                recordChange(tx, version, write.note());
                tx.run(SET_VERSION, Map.of("version", version)).consume();
                return result;
            });
        }
    }

    private static void checkRevisions(TransactionContext tx, Map<EntityKey, Long> expected) {
        if (expected.isEmpty()) {
            return;
        }
        var stored = new HashMap<EntityKey, Long>();
        for (EntityType type : EntityType.values()) {
            var ids = expected.keySet().stream().filter(k -> k.type() == type).map(EntityKey::id).toList();
            if (!ids.isEmpty()) {
                tx.run(type == EntityType.ORGANISATION ? ORGANISATION_REVISIONS : LINK_REVISIONS, Map.of("ids", ids))
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
     * Writes in the caller's transaction. Into an empty store everything is created in bulk; otherwise records are
     * upserted by id, replaced links deleted by element id, and (for a replace) whatever the write does not hold is
     * deleted last. Nothing is deleted before the index lookups that need it are done: in Neo4j 5 every index seek
     * in a transaction copies the set of entities already deleted in it, so deleting first would make a large write
     * quadratic.
     */
    private WriteResult apply(TransactionContext tx, StoreWrite write, long version) {
        long started = System.nanoTime();
        NetworkChange change = write.upserts();
        List<String> orgIds = change.organisations().stream().map(Organisation::id).toList();
        List<String> linkIds = change.links().stream().map(Link::id).toList();
        requireDistinct(linkIds, "link");
        int orgsExisting = 0;
        int linksExisting = 0;
        long orgsDeleted = 0;
        long linksDeleted = 0;
        writeCountries(tx, change);
        if (countOrganisations(tx) == 0) {
            createAll(tx, change, version);
        } else {
            orgsExisting = countExisting(tx, orgIds);
            List<String> replaced = elementIds(tx, LINK_ELEMENT_IDS, linkIds);
            linksExisting = replaced.size();
            List<String> deletedLinks = write.mode() == ImportMode.REPLACE
                    ? NetworkRecords.strings(tx.run(ALL_LINK_ELEMENT_IDS).single().get("elementIds"))
                    : elementIds(tx, LINK_ELEMENT_IDS, write.deleteLinks());
            List<String> deletedOrganisations = elementIds(tx, ORGANISATION_ELEMENT_IDS, write.deleteOrganisations());
            linksDeleted = write.mode() == ImportMode.REPLACE ? deletedLinks.size() - linksExisting : deletedLinks.size();
            var obsolete = new LinkedHashSet<>(replaced);
            obsolete.addAll(deletedLinks);
            upsertAll(tx, change, List.copyOf(obsolete), version);
            for (var batch : batches(deletedOrganisations)) {
                tx.run(DELETE_ORGANISATIONS_BY_ELEMENT_ID, Map.of("elementIds", batch)).consume();
            }
            orgsDeleted = deletedOrganisations.size();
        }
        if (write.mode() == ImportMode.REPLACE) {
            long before = countOrganisations(tx);
            tx.run(DELETE_ORGANISATIONS_NOT_IN, Map.of("ids", orgIds)).consume();
            orgsDeleted = before - countOrganisations(tx);
            tx.run(DELETE_UNUSED_COUNTRIES_NOT_IN,
                    Map.of("codes", change.countries().stream().map(Country::code).toList())).consume();
        }
        Record totals = tx.run(COUNTS).single();
        var result = new WriteResult(write.mode(),
                orgIds.size() - orgsExisting, orgsExisting, orgsDeleted,
                linkIds.size() - linksExisting, linksExisting, linksDeleted,
                change.countries().size(), totals.get("organisations").asLong(), totals.get("links").asLong(), version);
        log.info("Wrote version {} ({} {}): {} organisations and {} links upserted, {} and {} deleted, in {} ms",
                version, write.note().kind(), write.mode(), orgIds.size(), linkIds.size(), orgsDeleted, linksDeleted,
                (System.nanoTime() - started) / 1_000_000);
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
     * Upserts by id into a store that has data: organisations first, then the links to be replaced or deleted are
     * deleted by element id (looked up before any deletion) and the new ones created.
     */
    private static void upsertAll(TransactionContext tx, NetworkChange change, List<String> obsoleteLinks, long version) {
        for (var batch : batches(change.organisations())) {
            tx.run(UPSERT_ORGANISATIONS, Map.of("rows", batch.stream()
                    .map(o -> NetworkRecords.organisationRow(o, version)).toList())).consume();
        }
        for (var batch : batches(obsoleteLinks)) {
            tx.run(DELETE_LINKS_BY_ELEMENT_ID, Map.of("elementIds", batch)).consume();
        }
        createLinks(tx, change.links(), version);
    }

    private static void createLinks(TransactionContext tx, List<Link> links, long version) {
        for (var batch : batches(links)) {
            var rows = batch.stream().map(l -> NetworkRecords.linkRow(l, version)).toList();
            long written = tx.run(CREATE_LINKS, Map.of("rows", rows)).single().get("written").asLong();
            if (written != batch.size()) {
                // Validation makes this impossible; if it happens, throwing rolls the whole write back.
                throw new IllegalStateException("only " + written + " of " + batch.size() + " links found both ends");
            }
        }
    }

    private static List<String> elementIds(TransactionContext tx, String statement, List<String> ids) {
        var result = new ArrayList<String>();
        for (var batch : batches(ids)) {
            result.addAll(NetworkRecords.strings(tx.run(statement, Map.of("ids", batch)).single().get("elementIds")));
        }
        return result;
    }

    /**
     * Creates everything in an empty store: organisations grouped by country and Health Board label (fixed
     * statements, no per-row branching, no MERGE), then links.
     */
    private static void createAll(TransactionContext tx, NetworkChange change, long version) {
        var groups = new LinkedHashMap<List<Object>, List<Organisation>>();
        for (Organisation o : change.organisations()) {
            groups.computeIfAbsent(Arrays.asList(o.country(), o.isHealthBoard()), k -> new ArrayList<>()).add(o);
        }
        groups.forEach((key, organisations) -> {
            String country = (String) key.get(0);
            boolean board = (Boolean) key.get(1);
            String statement = country == null
                    ? (board ? CREATE_BOARDS_NOWHERE : CREATE_ORGANISATIONS_NOWHERE)
                    : (board ? CREATE_BOARDS_IN_COUNTRY : CREATE_ORGANISATIONS_IN_COUNTRY);
            for (var batch : batches(organisations)) {
                var params = new HashMap<String, Object>();
                params.put("country", country);
                params.put("rows", batch.stream().map(o -> NetworkRecords.organisationProperties(o, version)).toList());
                tx.run(statement, params).consume();
            }
        });
        createLinks(tx, change.links(), version);
    }

    private static long countOrganisations(TransactionContext tx) {
        return tx.run(COUNTS).single().get("organisations").asLong();
    }

    private static int countExisting(TransactionContext tx, List<String> ids) {
        int existing = 0;
        for (var batch : batches(ids)) {
            existing += tx.run(EXISTING_ORGANISATION_IDS, Map.of("ids", batch)).single().get("ids").size();
        }
        return existing;
    }

    private static void writeCountries(TransactionContext tx, NetworkChange change) {
        var declared = new LinkedHashMap<String, Country>();
        change.countries().forEach(c -> declared.put(c.code(), c));
        var known = new LinkedHashMap<String, Country>();
        for (Organisation o : change.organisations()) {
            if (o.country() != null && !declared.containsKey(o.country())) {
                Countries.known(o.country()).ifPresent(c -> known.put(c.code(), c));
            }
        }
        tx.run(UPSERT_DECLARED_COUNTRIES, Map.of("rows", declared.values().stream().map(NetworkRecords::countryRow).toList())).consume();
        tx.run(ENSURE_KNOWN_COUNTRIES, Map.of("rows", known.values().stream().map(NetworkRecords::countryRow).toList())).consume();
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
    private static List<String> touches(List<EntityChange> entities) {
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
        var params = new HashMap<String, Object>();
        params.put("limit", query.limit());
        params.put("entity", query.entity());
        params.put("actor", query.actor());
        params.put("kind", query.kind() == null ? null : query.kind().name());
        params.put("from", query.from() == null ? null : query.from().atOffset(ZoneOffset.UTC));
        params.put("to", query.to() == null ? null : query.to().atOffset(ZoneOffset.UTC));
        params.put("before", query.before());
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(READ_CHANGES, params).list(r -> toChange(r.get("c"))));
        }
    }

    /**
     * As {@link #changes} but each without its entities and details (empty): what a list of who changed what and
     * when needs. A replace import records every organisation and link it wrote (tens of megabytes of JSON at
     * 10,000 organisations), which {@link #changes} reads and parses each time it matches.
     */
    public List<RecordedChange> changeSummaries(ChangeQuery query) {
        var params = new HashMap<String, Object>();
        params.put("limit", query.limit());
        params.put("entity", query.entity());
        params.put("actor", query.actor());
        params.put("kind", query.kind() == null ? null : query.kind().name());
        params.put("from", query.from() == null ? null : query.from().atOffset(ZoneOffset.UTC));
        params.put("to", query.to() == null ? null : query.to().atOffset(ZoneOffset.UTC));
        params.put("before", query.before());
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(READ_CHANGE_SUMMARIES, params).list(r -> toChange(r.get("c"))));
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
            entities.add(new EntityChange(EntityType.valueOf(item.get("type").asText().toUpperCase(java.util.Locale.ROOT)),
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

    private static <T> List<List<T>> batches(List<T> items) {
        var result = new ArrayList<List<T>>();
        for (int i = 0; i < items.size(); i += BATCH_SIZE) {
            result.add(items.subList(i, Math.min(items.size(), i + BATCH_SIZE)));
        }
        return result;
    }
}
