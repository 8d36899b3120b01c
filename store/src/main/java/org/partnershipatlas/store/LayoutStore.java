package org.partnershipatlas.store;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Saved arrangements of the network picture: {@code (:SavedLayout)} nodes beside the network but not part of it
 * (they do not raise the network version). A layout's positions are three parallel lists ({@code ids}, {@code xs},
 * {@code ys}) on its node: Neo4j properties cannot hold maps, and a layout is read and written whole. The name is
 * unique (a constraint). Parameterised Cypher only.
 */
public class LayoutStore {
    private static final String SCHEMA =
            "CREATE CONSTRAINT saved_layout_name IF NOT EXISTS FOR (l:SavedLayout) REQUIRE l.name IS UNIQUE";
    private static final String SAVE = """
            MERGE (l:SavedLayout {name: $name})
            ON CREATE SET l.created = true
            WITH l, l.created AS created
            SET l = $row
            RETURN created
            """;
    private static final String READ_ONE = """
            MATCH (l:SavedLayout {name: $name})
            RETURN l {.*} AS l
            """;
    private static final String READ_ALL = """
            MATCH (l:SavedLayout)
            RETURN l {.*} AS l
            ORDER BY toLower(l.name), l.name
            """;
    private static final String DELETE = """
            MATCH (l:SavedLayout {name: $name})
            DETACH DELETE l
            RETURN count(*) AS deleted
            """;

    private final Driver driver;
    private final String database;

    public LayoutStore(Driver driver, String database) {
        this.driver = Objects.requireNonNull(driver, "driver");
        this.database = database;
    }

    private Session session() {
        return database == null ? driver.session() : driver.session(SessionConfig.forDatabase(database));
    }

    public void initialise() {
        try (Session session = session()) {
            session.executeWrite(tx -> tx.run(SCHEMA).consume());
        }
    }

    /** Saves {@code layout}, replacing one of the same name: whether it is new. */
    public boolean save(SavedLayout layout) {
        try (Session session = session()) {
            return session.executeWrite(tx -> tx.run(SAVE, Map.of("name", layout.name(), "row", row(layout)))
                    .single().get("created").asBoolean(false));
        }
    }

    private static Map<String, Object> row(SavedLayout layout) {
        var row = new HashMap<String, Object>();
        row.put("name", layout.name());
        row.put("base", layout.base());
        row.put("ids", layout.positions().stream().map(SavedLayout.Position::id).toList());
        row.put("xs", layout.positions().stream().map(SavedLayout.Position::x).toList());
        row.put("ys", layout.positions().stream().map(SavedLayout.Position::y).toList());
        row.put("savedBy", layout.savedBy());
        row.put("savedAt", layout.savedAt().atOffset(ZoneOffset.UTC));
        return row;
    }

    /**
     * Replaces every layout with these, in the caller's transaction, the way {@link StoryStore#replaceAll} serves a
     * restore ({@link AlongsideWrite}). Not called by the application yet: backups do not hold layouts until the
     * archive's next format version; {@code LayoutStoreTest} holds it to its contract. A repeated name fails the
     * transaction.
     */
    public void replaceAll(TransactionContext tx, List<SavedLayout> layouts) {
        tx.run("MATCH (l:SavedLayout) DETACH DELETE l").consume();
        tx.run("UNWIND $rows AS row CREATE (l:SavedLayout) SET l = row",
                Map.of("rows", layouts.stream().map(LayoutStore::row).toList())).consume();
    }

    public Optional<SavedLayout> layout(String name) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(READ_ONE, Map.of("name", name)).stream().findFirst()
                    .map(r -> toLayout(r.get("l"))));
        }
    }

    /** Every layout, by name. */
    public List<SavedLayout> layouts() {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(READ_ALL).list(r -> toLayout(r.get("l"))));
        }
    }

    /** @return whether a layout of that name existed */
    public boolean delete(String name) {
        try (Session session = session()) {
            return session.executeWrite(tx -> tx.run(DELETE, Map.of("name", name)).single().get("deleted").asLong() > 0);
        }
    }

    private static SavedLayout toLayout(Value l) {
        List<String> ids = NetworkRecords.strings(l.get("ids"));
        List<Double> xs = l.get("xs").isNull() ? List.of() : l.get("xs").asList(Value::asDouble);
        List<Double> ys = l.get("ys").isNull() ? List.of() : l.get("ys").asList(Value::asDouble);
        var positions = new ArrayList<SavedLayout.Position>(ids.size());
        for (int i = 0; i < ids.size() && i < xs.size() && i < ys.size(); i++) {
            positions.add(new SavedLayout.Position(ids.get(i), xs.get(i), ys.get(i)));
        }
        return new SavedLayout(l.get("name").asString(), l.get("base").asString(), positions,
                l.get("savedBy").asString(), l.get("savedAt").asOffsetDateTime().toInstant());
    }
}
