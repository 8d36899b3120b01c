package org.partnershipatlas.store;

import static org.partnershipatlas.store.NetworkCypher.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.partnershipatlas.model.Activity;
import org.partnershipatlas.model.Charter;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Countries;
import org.partnershipatlas.model.Country;
import org.partnershipatlas.model.Learning;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.LinkKind;
import org.partnershipatlas.model.LinkStatus;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.Region;
import org.partnershipatlas.model.Source;
import org.partnershipatlas.model.validation.Errors;
import org.partnershipatlas.model.validation.NetworkChange;
import org.partnershipatlas.model.validation.ParsedNetwork;
import org.partnershipatlas.model.validation.SnapshotValidator;

/**
 * The partnership network in Neo4j. One instance per application, over the application's one {@link Driver}
 * (which the caller owns and closes). Reads and writes are transaction functions that return plain values; every
 * write bumps the network version in the same transaction.
 */
public class NetworkStore {
    private static final Logger log = LoggerFactory.getLogger(NetworkStore.class);
    /** Rows per UNWIND statement: large enough to amortise round trips, small enough to keep each message modest. */
    static final int BATCH_SIZE = 10_000;

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

    private Session session() {
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
            return session.executeRead(tx -> readVersion(tx));
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

    /** The whole network, sorted by id, with the version it was read at. */
    public VersionedSnapshot read() {
        try (Session session = session()) {
            return session.executeRead(tx -> {
                long version = readVersion(tx);
                List<Country> countries = tx.run(READ_COUNTRIES).list(NetworkStore::toCountry);
                List<Organisation> organisations = tx.run(READ_ORGANISATIONS).list(NetworkStore::toOrganisation);
                List<Link> links = tx.run(READ_LINKS).list(NetworkStore::toLink);
                // Sorting here is cheaper than ORDER BY in Cypher, and gives a stable order for output and caches.
                return new VersionedSnapshot(version, new NetworkSnapshot(countries, organisations, links).sortedById());
            });
        }
    }

    public Optional<Organisation> organisation(String id) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(READ_ORGANISATION, Map.of("id", id)).stream()
                    .findFirst().map(NetworkStore::toOrganisation));
        }
    }

    public Optional<Link> link(String id) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(READ_LINK, Map.of("id", id)).stream()
                    .findFirst().map(NetworkStore::toLink));
        }
    }

    // --- imports -----------------------------------------------------------------------------------------------

    /**
     * Validates a parsed file against what is stored and writes it, all in one transaction: on any error nothing
     * changes.
     *
     * @throws org.partnershipatlas.model.validation.ValidationException listing every problem of the file
     */
    public ImportResult importNetwork(ParsedNetwork parsed, ImportMode mode) {
        Objects.requireNonNull(parsed, "parsed");
        Objects.requireNonNull(mode, "mode");
        try (Session session = session()) {
            return session.executeWrite(tx -> {
                long version = bumpVersion(tx);
                NetworkChange change = mode == ImportMode.REPLACE
                        ? SnapshotValidator.validate(parsed, Set.of(), Set.of())
                        : SnapshotValidator.validate(parsed, stringSet(tx.run(ALL_ORGANISATION_IDS).single().get("ids")),
                                stringSet(tx.run(COUNTRY_CODES).single().get("codes")));
                return write(tx, change, mode, version);
            });
        }
    }

    /** Writes an already valid network (the seed, a benchmark) in one transaction. */
    public ImportResult importSnapshot(NetworkSnapshot snapshot, ImportMode mode) {
        return importChange(NetworkChange.of(snapshot), mode);
    }

    /**
     * Writes already validated records in one transaction. Anything that fails inside it (a constraint, a lost
     * connection) rolls the whole import back.
     */
    public ImportResult importChange(NetworkChange change, ImportMode mode) {
        try (Session session = session()) {
            return session.executeWrite(tx -> write(tx, change, mode, bumpVersion(tx)));
        }
    }

    /**
     * Writes a change in the caller's transaction. Into an empty store everything is created in bulk; otherwise
     * records are upserted by id, replaced links deleted by element id, and (for a replace) whatever the file does
     * not hold is deleted last. Nothing is deleted before the index lookups that need it are done: in Neo4j 5 every
     * index seek in a transaction copies the set of entities already deleted in it, so deleting first would make a
     * large import quadratic.
     */
    private ImportResult write(TransactionContext tx, NetworkChange change, ImportMode mode, long version) {
        long started = System.nanoTime();
        List<String> orgIds = change.organisations().stream().map(Organisation::id).toList();
        List<String> linkIds = change.links().stream().map(Link::id).toList();
        requireDistinct(linkIds, "link");
        int orgsExisting = 0;
        int linksExisting = 0;
        writeCountries(tx, change);
        if (isEmpty(tx)) {
            createAll(tx, change);
        } else {
            orgsExisting = countExisting(tx, EXISTING_ORGANISATION_IDS, orgIds);
            List<String> replaced = linkElementIds(tx, linkIds);
            linksExisting = replaced.size();
            List<String> obsolete = mode == ImportMode.REPLACE
                    ? strings(tx.run(ALL_LINK_ELEMENT_IDS).single().get("elementIds")) : replaced;
            upsertAll(tx, change, obsolete);
        }
        if (mode == ImportMode.REPLACE) {
            tx.run(DELETE_ORGANISATIONS_NOT_IN, Map.of("ids", orgIds)).consume();
            tx.run(DELETE_UNUSED_COUNTRIES_NOT_IN,
                    Map.of("codes", change.countries().stream().map(Country::code).toList())).consume();
        }
        Record totals = tx.run(COUNTS).single();
        var result = new ImportResult(mode,
                orgIds.size() - orgsExisting, orgsExisting, linkIds.size() - linksExisting, linksExisting,
                change.countries().size(), totals.get("organisations").asLong(), totals.get("links").asLong(), version);
        log.info("Imported ({}) {} organisations and {} links in {} ms", mode, orgIds.size(), linkIds.size(),
                (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    /** Link ids are unique by validation; the store checks again because it has no constraint to do it. */
    private static void requireDistinct(List<String> ids, String what) {
        var seen = new HashSet<String>(ids.size() * 2);
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("duplicate " + what + " id \"" + id + "\" in one import");
            }
        }
    }

    /**
     * Upserts by id into a store that has data: organisations first, then the links to be replaced are deleted by
     * element id (looked up before any deletion) and the new ones created.
     */
    private static void upsertAll(TransactionContext tx, NetworkChange change, List<String> replacedLinks) {
        for (var batch : batches(change.organisations())) {
            tx.run(UPSERT_ORGANISATIONS, Map.of("rows", batch.stream().map(NetworkStore::organisationRow).toList())).consume();
        }
        for (var batch : batches(replacedLinks)) {
            tx.run(DELETE_LINKS_BY_ELEMENT_ID, Map.of("elementIds", batch)).consume();
        }
        for (var batch : batches(change.links())) {
            var rows = batch.stream().map(NetworkStore::linkRow).toList();
            checkWritten(tx.run(CREATE_LINKS, Map.of("rows", rows)).single().get("written").asLong(), batch.size());
        }
    }

    private static List<String> linkElementIds(TransactionContext tx, List<String> linkIds) {
        var result = new ArrayList<String>();
        for (var batch : batches(linkIds)) {
            result.addAll(strings(tx.run(LINK_ELEMENT_IDS, Map.of("ids", batch)).single().get("elementIds")));
        }
        return result;
    }

    /**
     * Creates everything in an empty store: organisations grouped by country and Health Board label (fixed
     * statements, no per-row branching, no MERGE), then links.
     */
    private static void createAll(TransactionContext tx, NetworkChange change) {
        var groups = new LinkedHashMap<List<Object>, List<Organisation>>();
        for (Organisation o : change.organisations()) {
            groups.computeIfAbsent(java.util.Arrays.asList(o.country(), o.isHealthBoard()), k -> new ArrayList<>()).add(o);
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
                params.put("rows", batch.stream().map(NetworkStore::organisationProperties).toList());
                tx.run(statement, params).consume();
            }
        });
        for (var batch : batches(change.links())) {
            var rows = batch.stream().map(NetworkStore::linkRow).toList();
            checkWritten(tx.run(CREATE_LINKS, Map.of("rows", rows)).single().get("written").asLong(), batch.size());
        }
    }

    private static void checkWritten(long written, int expected) {
        if (written != expected) {
            // Validation makes this impossible; if it happens, throwing rolls the whole import back.
            throw new IllegalStateException("only " + written + " of " + expected + " links found both ends");
        }
    }

    private static boolean isEmpty(TransactionContext tx) {
        Record r = tx.run(COUNTS).single();
        return r.get("organisations").asLong() == 0;
    }

    private static int countExisting(TransactionContext tx, String statement, List<String> ids) {
        int existing = 0;
        for (var batch : batches(ids)) {
            existing += tx.run(statement, Map.of("ids", batch)).single().get("ids").size();
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
        tx.run(UPSERT_DECLARED_COUNTRIES, Map.of("rows", declared.values().stream().map(NetworkStore::countryRow).toList())).consume();
        tx.run(ENSURE_KNOWN_COUNTRIES, Map.of("rows", known.values().stream().map(NetworkStore::countryRow).toList())).consume();
    }

    // --- single edits ------------------------------------------------------------------------------------------

    /** @throws org.partnershipatlas.model.validation.ValidationException if the id is taken or the country unknown */
    public long createOrganisation(Organisation organisation) {
        return writeOne(tx -> {
            if (exists(tx, EXISTING_ORGANISATION_IDS, organisation.id())) {
                throw single("organisation " + organisation.id(), "id", organisation.id(),
                        "an organisation with id \"" + organisation.id() + "\" already exists");
            }
            upsertOrganisation(tx, organisation);
        });
    }

    /** @throws NotFoundException if no organisation has this id */
    public long updateOrganisation(Organisation organisation) {
        return writeOne(tx -> {
            if (!exists(tx, EXISTING_ORGANISATION_IDS, organisation.id())) {
                throw new NotFoundException("organisation", organisation.id());
            }
            upsertOrganisation(tx, organisation);
        });
    }

    /** Deletes an organisation and its links. @throws NotFoundException if no organisation has this id */
    public long deleteOrganisation(String id) {
        return writeOne(tx -> {
            if (!tx.run(DELETE_ORGANISATION, Map.of("id", id)).hasNext()) {
                throw new NotFoundException("organisation", id);
            }
        });
    }

    /** @throws org.partnershipatlas.model.validation.ValidationException if the id is taken or an end is unknown */
    public long createLink(Link link) {
        return writeOne(tx -> {
            if (exists(tx, EXISTING_LINK_IDS, link.id())) {
                throw single("link " + link.id(), "id", link.id(), "a link with id \"" + link.id() + "\" already exists");
            }
            writeLink(tx, link);
        });
    }

    /** @throws NotFoundException if no link has this id */
    public long updateLink(Link link) {
        return writeOne(tx -> {
            if (!exists(tx, EXISTING_LINK_IDS, link.id())) {
                throw new NotFoundException("link", link.id());
            }
            tx.run(DELETE_LINKS_BY_ID, Map.of("ids", List.of(link.id()))).consume();
            writeLink(tx, link);
        });
    }

    /** @throws NotFoundException if no link has this id */
    public long deleteLink(String id) {
        return writeOne(tx -> {
            if (tx.run(DELETE_LINK, Map.of("id", id)).single().get("deleted").asLong() == 0) {
                throw new NotFoundException("link", id);
            }
        });
    }

    private interface Edit {
        void apply(TransactionContext tx);
    }

    /** Runs one edit in a write transaction after bumping the version; returns the new version. */
    private long writeOne(Edit edit) {
        try (Session session = session()) {
            return session.executeWrite(tx -> {
                long version = bumpVersion(tx);
                edit.apply(tx);
                return version;
            });
        }
    }

    private void upsertOrganisation(TransactionContext tx, Organisation organisation) {
        if (organisation.country() != null
                && !stringSet(tx.run(COUNTRY_CODES).single().get("codes")).contains(organisation.country())
                && Countries.known(organisation.country()).isEmpty()) {
            throw single("organisation " + organisation.id(), "country", organisation.country(),
                    "unknown country \"" + organisation.country() + "\"");
        }
        writeCountries(tx, new NetworkChange(List.of(), List.of(organisation), List.of()));
        tx.run(UPSERT_ORGANISATIONS, Map.of("rows", List.of(organisationRow(organisation)))).consume();
    }

    private void writeLink(TransactionContext tx, Link link) {
        for (String end : List.of(link.from(), link.to())) {
            if (!exists(tx, EXISTING_ORGANISATION_IDS, end)) {
                throw single("link " + link.id(), end.equals(link.from()) ? "from" : "to", end,
                        "unknown organisation \"" + end + "\"");
            }
        }
        tx.run(CREATE_LINKS, Map.of("rows", List.of(linkRow(link)))).consume();
    }

    private static boolean exists(TransactionContext tx, String statement, String id) {
        return tx.run(statement, Map.of("ids", List.of(id))).single().get("ids").size() > 0;
    }

    private static org.partnershipatlas.model.validation.ValidationException single(String location, String field,
                                                                                    String value, String message) {
        Errors errors = new Errors();
        errors.add(location, field, value, message);
        return new org.partnershipatlas.model.validation.ValidationException(errors.list());
    }

    private static long bumpVersion(TransactionContext tx) {
        return tx.run(BUMP_VERSION).single().get("version").asLong();
    }

    // --- mapping between records and Neo4j values ---------------------------------------------------------------

    private static Map<String, Object> countryRow(Country c) {
        return Map.of("code", c.code(), "name", c.name(), "region", c.region().name());
    }

    /** One organisation as a statement row: its stored properties plus its country code. */
    private static Map<String, Object> organisationRow(Organisation o) {
        var row = organisationProperties(o);
        row.put("country", o.country());
        return row;
    }

    /** The node's properties; absent values are {@code null}, which removes them on update. */
    private static Map<String, Object> organisationProperties(Organisation o) {
        var props = new HashMap<String, Object>();
        props.put("id", o.id());
        props.put("name", o.name());
        props.put("type", o.type().name());
        props.put("city", o.city());
        props.put("founded", o.founded());
        props.put("website", o.website());
        props.put("description", o.description());
        props.put("seekingPartner", o.seekingPartner());
        props.put("confidence", o.confidence().name());
        putSources(props, o.sources());
        return props;
    }

    /** One link as a statement row: its stored properties plus the ids of its ends. */
    private static Map<String, Object> linkRow(Link l) {
        var row = linkProperties(l);
        row.put("from", l.from());
        row.put("to", l.to());
        return row;
    }

    private static Map<String, Object> linkProperties(Link l) {
        var props = new HashMap<String, Object>();
        props.put("id", l.id());
        props.put("kind", l.kind().name());
        props.put("since", l.since());
        props.put("until", l.until());
        props.put("status", l.status().name());
        props.put("themes", l.themes().isEmpty() ? null : l.themes());
        props.put("activities", l.activities().isEmpty() ? null : l.activities().stream().map(Enum::name).toList());
        props.put("learning", l.learning().name());
        props.put("strength", l.strength());
        Charter c = l.charter();
        props.put("charterOrganisationalResponsibilities", c == null ? null : c.organisationalResponsibilities());
        props.put("charterReciprocalPartnership", c == null ? null : c.reciprocalPartnership());
        props.put("charterGoodPractice", c == null ? null : c.goodPractice());
        props.put("charterSoundGovernance", c == null ? null : c.soundGovernance());
        props.put("hasCharter", c == null ? null : true);
        props.put("confidence", l.confidence().name());
        putSources(props, l.sources());
        return props;
    }

    /**
     * Sources as parallel arrays; urls only when some source has one (absent on read means none). Leaving out
     * empty and default values keeps each record small, which is most of the cost of committing a large import.
     */
    private static void putSources(Map<String, Object> props, List<Source> sources) {
        props.put("sourceCitations", sources.stream().map(Source::citation).toList());
        boolean anyUrl = sources.stream().anyMatch(s -> s.url() != null);
        props.put("sourceUrls", anyUrl ? sources.stream().map(s -> s.url() == null ? "" : s.url()).toList() : null);
    }

    private static Country toCountry(Record r) {
        return new Country(r.get("code").asString(), r.get("name").asString(), Region.valueOf(r.get("region").asString()));
    }

    private static Organisation toOrganisation(Record r) {
        Value o = r.get("o");
        return new Organisation(
                o.get("id").asString(),
                o.get("name").asString(),
                OrganisationType.valueOf(o.get("type").asString()),
                r.get("country").asString(null),
                o.get("city").asString(null),
                integer(o.get("founded")),
                o.get("website").asString(null),
                o.get("description").asString(null),
                o.get("seekingPartner").isNull() ? null : o.get("seekingPartner").asBoolean(),
                Confidence.valueOf(o.get("confidence").asString()),
                sources(o));
    }

    private static Link toLink(Record r) {
        Value l = r.get("r");
        Charter charter = l.get("hasCharter").asBoolean(false)
                ? new Charter(integer(l.get("charterOrganisationalResponsibilities")),
                integer(l.get("charterReciprocalPartnership")), integer(l.get("charterGoodPractice")),
                integer(l.get("charterSoundGovernance")))
                : null;
        return new Link(
                l.get("id").asString(),
                r.get("from").asString(),
                r.get("to").asString(),
                LinkKind.valueOf(l.get("kind").asString()),
                integer(l.get("since")),
                integer(l.get("until")),
                LinkStatus.valueOf(l.get("status").asString()),
                strings(l.get("themes")),
                strings(l.get("activities")).stream().map(Activity::valueOf).toList(),
                Learning.valueOf(l.get("learning").asString()),
                integer(l.get("strength")),
                charter,
                Confidence.valueOf(l.get("confidence").asString()),
                sources(l));
    }

    private static Integer integer(Value v) {
        return v.isNull() ? null : v.asInt();
    }

    private static List<String> strings(Value v) {
        return v.isNull() ? List.of() : v.asList(Value::asString);
    }

    private static Set<String> stringSet(Value v) {
        return new HashSet<>(strings(v));
    }

    private static List<Source> sources(Value entity) {
        List<String> citations = strings(entity.get("sourceCitations"));
        List<String> urls = strings(entity.get("sourceUrls"));
        var result = new ArrayList<Source>(citations.size());
        for (int i = 0; i < citations.size(); i++) {
            result.add(new Source(citations.get(i), i < urls.size() ? urls.get(i) : null));
        }
        return result;
    }

    private static <T> List<List<T>> batches(List<T> items) {
        var result = new ArrayList<List<T>>();
        for (int i = 0; i < items.size(); i += BATCH_SIZE) {
            result.add(items.subList(i, Math.min(items.size(), i + BATCH_SIZE)));
        }
        return result;
    }

}
