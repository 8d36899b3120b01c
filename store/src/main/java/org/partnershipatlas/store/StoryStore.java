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
 * Saved stories: {@code (:Story)} nodes beside the network but not part of it (they do not raise the network
 * version). A story's steps are two parallel lists ({@code views}, {@code texts}) on its node: Neo4j properties
 * cannot hold maps, and a story is read and written whole. Parameterised Cypher only.
 */
public class StoryStore {
    private static final String SCHEMA =
            "CREATE CONSTRAINT story_id IF NOT EXISTS FOR (s:Story) REQUIRE s.id IS UNIQUE";
    private static final String CREATE = """
            CREATE (s:Story {id: $id, title: $title, views: $views, texts: $texts, shared: $shared,
                             createdBy: $createdBy, createdAt: $createdAt})
            """;
    private static final String READ_ONE = """
            MATCH (s:Story {id: $id})
            RETURN s {.*} AS s
            """;
    private static final String READ_ALL = """
            MATCH (s:Story)
            RETURN s {.*} AS s
            ORDER BY s.createdAt DESC, s.id
            """;
    private static final String DELETE = """
            MATCH (s:Story {id: $id})
            DETACH DELETE s
            RETURN count(*) AS deleted
            """;

    private final Driver driver;
    private final String database;

    public StoryStore(Driver driver, String database) {
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

    /** @throws org.neo4j.driver.exceptions.ClientException if the id is taken (the constraint) */
    public void create(StoredStory story) {
        try (Session session = session()) {
            session.executeWrite(tx -> tx.run(CREATE, params(story)).consume());
        }
    }

    private static Map<String, Object> params(StoredStory story) {
        var params = new HashMap<String, Object>();
        params.put("id", story.id());
        params.put("title", story.title());
        params.put("views", story.steps().stream().map(StoredStory.Step::view).toList());
        params.put("texts", story.steps().stream().map(StoredStory.Step::text).toList());
        params.put("shared", story.shared());
        params.put("createdBy", story.createdBy());
        params.put("createdAt", story.createdAt().atOffset(ZoneOffset.UTC));
        return params;
    }

    /**
     * Replaces every story with these, in the caller's transaction (a restore, alongside its network:
     * {@link AlongsideWrite}), each stored as {@link #create} stores it. A repeated id fails the transaction.
     */
    public void replaceAll(TransactionContext tx, List<StoredStory> stories) {
        tx.run("MATCH (s:Story) DETACH DELETE s").consume();
        tx.run("UNWIND $rows AS row CREATE (s:Story) SET s = row",
                Map.of("rows", stories.stream().map(StoryStore::params).toList())).consume();
    }

    public Optional<StoredStory> story(String id) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(READ_ONE, Map.of("id", id)).stream().findFirst()
                    .map(r -> toStory(r.get("s"))));
        }
    }

    /** Every story, newest first. */
    public List<StoredStory> stories() {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(READ_ALL).list(r -> toStory(r.get("s"))));
        }
    }

    /** @return whether a story with that id existed */
    public boolean delete(String id) {
        try (Session session = session()) {
            return session.executeWrite(tx -> tx.run(DELETE, Map.of("id", id)).single().get("deleted").asLong() > 0);
        }
    }

    private static StoredStory toStory(Value s) {
        List<String> views = NetworkRecords.strings(s.get("views"));
        List<String> texts = NetworkRecords.strings(s.get("texts"));
        var steps = new ArrayList<StoredStory.Step>(views.size());
        for (int i = 0; i < views.size(); i++) {
            steps.add(new StoredStory.Step(views.get(i), i < texts.size() ? texts.get(i) : ""));
        }
        return new StoredStory(s.get("id").asString(), s.get("title").asString(), steps, s.get("shared").asBoolean(true),
                s.get("createdBy").asString(), s.get("createdAt").asOffsetDateTime().toInstant());
    }
}
