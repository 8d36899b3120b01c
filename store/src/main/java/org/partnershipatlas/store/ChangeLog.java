package org.partnershipatlas.store;

import java.util.Locale;
import static org.partnershipatlas.store.NetworkCypher.*;
import static org.partnershipatlas.store.NetworkStore.*;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The history of the network in Neo4j: each write's change recorded in the write's own transaction, a restored
 * history written back by id, and the queries of who changed what, when. Part of {@link NetworkStore}.
 */
final class ChangeLog {
    private static final Logger log = LoggerFactory.getLogger(ChangeLog.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final NetworkStore store;

    ChangeLog(NetworkStore store) {
        this.store = store;
    }

    // --- the history -------------------------------------------------------------------------------------------

    static void recordChange(TransactionContext tx, long id, ChangeNote note) {
        tx.run(CREATE_CHANGE, changeRow(id, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS), note))
                .consume();
    }

    /** A change's stored properties; entities and details are kept as JSON text (properties cannot hold maps). */
    static Map<String, Object> changeRow(long id, OffsetDateTime at, ChangeNote note) {
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
    static void upsertChanges(TransactionContext tx, List<RecordedChange> history) {
        var rows = new ArrayList<Map<String, Object>>();
        long characters = 0;
        for (RecordedChange change : history) {
            var row = changeRow(change.id(), change.at().atOffset(ZoneOffset.UTC), new ChangeNote(change.actor(),
                    change.kind(), change.reason(), change.source(), change.summary(), change.details(),
                    change.entities(), change.complete()));
            long size = ((String) row.get("entities")).length() + ((String) row.get("details")).length();
            if (!rows.isEmpty() && (rows.size() == NetworkStore.BATCH_SIZE || characters + size > HISTORY_BATCH_CHARACTERS)) {
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
    static List<String> touches(List<EntityChange> entities) {
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

    static ArrayNode entitiesJson(List<EntityChange> entities) {
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

    static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot record " + value, e);
        }
    }

    /** Recorded changes, newest first. */
    List<RecordedChange> changes(ChangeQuery query) {
        return readChanges(READ_CHANGES, query);
    }

    /**
     * As {@link #changes} but each without its entities and details (empty): what a list of who changed what and
     * when needs. A replace import records every organisation and link it wrote (tens of megabytes of JSON at
     * 10,000 organisations), which {@link #changes} reads and parses each time it matches.
     */
    List<RecordedChange> changeSummaries(ChangeQuery query) {
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
        try (Session session = store.session()) {
            return session.executeRead(tx -> tx.run(statement, params).list(r -> toChange(r.get("c"))));
        }
    }

    Optional<RecordedChange> change(long id) {
        try (Session session = store.session()) {
            return session.executeRead(tx -> tx.run(READ_CHANGE, Map.of("id", id)).stream().findFirst()
                    .map(r -> toChange(r.get("c"))));
        }
    }

    /** Changes made after {@code after} that touched any of the ids (what undoing {@code after} would contradict). */
    List<RecordedChange> changesTouchingAfter(long after, Set<String> ids) {
        try (Session session = store.session()) {
            return session.executeRead(tx -> tx.run(LATER_CHANGES_TOUCHING,
                    Map.of("after", after, "ids", List.copyOf(ids))).list(r -> toChange(r.get("c"))));
        }
    }

    /**
     * The network version now, if no change since {@code after} touched any of {@code ids} (and every such change
     * kept its entities, so that this can be known): a write prepared at {@code after} that touches only these ids
     * is as valid at that version. Empty otherwise.
     */
    Optional<Long> versionIfUntouchedSince(long after, Set<String> ids) {
        try (Session session = store.session()) {
            return session.executeRead(tx -> tx.run(UNTOUCHED_SINCE, Map.of("after", after, "ids", List.copyOf(ids)))
                    .stream().findFirst().map(r -> r.get("version").asLong()));
        }
    }

    /** The whole history, oldest first. */
    List<RecordedChange> allChanges() {
        try (Session session = store.session()) {
            return session.executeRead(tx -> tx.run(ALL_CHANGES).list(r -> toChange(r.get("c"))));
        }
    }

    static RecordedChange toChange(Value c) {
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

    static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a recorded change is not JSON", e);
        }
    }

}
