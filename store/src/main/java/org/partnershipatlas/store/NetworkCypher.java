package org.partnershipatlas.store;

import java.util.List;

/** Every Cypher statement the store runs, with {@code $parameters} only — user input is never spliced into text. */
final class NetworkCypher {
    private NetworkCypher() {
    }

    /** Schema statements, each in its own transaction (Neo4j does not mix schema and data writes). */
    static final List<String> SCHEMA = List.of(
            "CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (o:Organisation) REQUIRE o.id IS UNIQUE",
            "CREATE CONSTRAINT country_code IF NOT EXISTS FOR (c:Country) REQUIRE c.code IS UNIQUE",
            // A plain index, not a uniqueness constraint: Neo4j 5 checks a relationship constraint with an index
            // seek on every CREATE, and each seek copies the set of relationships deleted so far in the transaction,
            // so a merge that replaces many links turned quadratic. The store keeps link ids unique itself (writes
            // are serialised by the version lock; imports are validated).
            "DROP CONSTRAINT link_id IF EXISTS",
            "CREATE INDEX link_id_index IF NOT EXISTS FOR ()-[r:LINK]-() ON (r.id)",
            "CREATE CONSTRAINT atlas_meta_key IF NOT EXISTS FOR (m:AtlasMeta) REQUIRE m.key IS UNIQUE",
            "CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE");

    static final String ENSURE_META = """
            MERGE (m:AtlasMeta {key: 'network'})
            ON CREATE SET m.version = 0
            """;

    /**
     * Takes the meta node's write lock (a write to it) before reading the version, so that every write is
     * serialised and the version read is the latest committed one (Neo4j reads committed data; without the lock two
     * writers could read the same version).
     */
    static final String LOCK_VERSION = """
            MATCH (m:AtlasMeta {key: 'network'})
            SET m.locked = true
            RETURN m.version AS version
            """;

    static final String SET_VERSION = """
            MATCH (m:AtlasMeta {key: 'network'})
            SET m.version = $version
            REMOVE m.locked
            """;

    static final String VERSION = """
            MATCH (m:AtlasMeta {key: 'network'})
            RETURN m.version AS version
            """;

    static final String COUNTS = """
            CALL { MATCH (o:Organisation) RETURN count(o) AS organisations }
            CALL { MATCH ()-[r:LINK]->() RETURN count(r) AS links }
            CALL { MATCH (c:Country) RETURN count(c) AS countries }
            RETURN organisations, links, countries
            """;

    static final String READ_COUNTRIES = """
            MATCH (c:Country)
            RETURN c.code AS code, c.name AS name, c.region AS region
            """;

    static final String READ_ORGANISATIONS = """
            MATCH (o:Organisation)
            OPTIONAL MATCH (o)-[:LOCATED_IN]->(c:Country)
            RETURN o {.*} AS o, c.code AS country
            """;

    static final String READ_ORGANISATION = """
            MATCH (o:Organisation {id: $id})
            OPTIONAL MATCH (o)-[:LOCATED_IN]->(c:Country)
            RETURN o {.*} AS o, c.code AS country
            """;

    static final String READ_LINKS = """
            MATCH (a:Organisation)-[r:LINK]->(b:Organisation)
            RETURN r {.*} AS r, a.id AS from, b.id AS to
            """;

    static final String READ_LINK = """
            MATCH (a:Organisation)-[r:LINK {id: $id}]->(b:Organisation)
            RETURN r {.*} AS r, a.id AS from, b.id AS to
            """;

    static final String EXISTING_ORGANISATION_IDS = """
            UNWIND $ids AS id
            MATCH (o:Organisation {id: id})
            RETURN collect(o.id) AS ids
            """;

    static final String ORGANISATION_REVISIONS = """
            UNWIND $ids AS id
            MATCH (o:Organisation {id: id})
            RETURN o.id AS id, coalesce(o.rev, 0) AS rev
            """;

    static final String LINK_REVISIONS = """
            UNWIND $ids AS id
            MATCH ()-[r:LINK {id: id}]->()
            RETURN r.id AS id, coalesce(r.rev, 0) AS rev
            """;

    /** Element ids of stored organisations by id, looked up before anything is deleted (see {@link #LINK_ELEMENT_IDS}). */
    static final String ORGANISATION_ELEMENT_IDS = """
            UNWIND $ids AS id
            MATCH (o:Organisation {id: id})
            RETURN collect(elementId(o)) AS elementIds
            """;

    static final String DELETE_ORGANISATIONS_BY_ELEMENT_ID = """
            UNWIND $elementIds AS elementId
            MATCH (o) WHERE elementId(o) = elementId
            DETACH DELETE o
            """;

    static final String ALL_ORGANISATION_IDS = """
            MATCH (o:Organisation)
            RETURN collect(o.id) AS ids
            """;

    static final String EXISTING_LINK_IDS = """
            UNWIND $ids AS id
            MATCH ()-[r:LINK {id: id}]->()
            RETURN collect(r.id) AS ids
            """;

    /**
     * Element ids of stored links by id. Run before deleting anything: in Neo4j 5 an index seek inside a transaction
     * that has already deleted relationships copies the set of deleted ones every time, which turns a large merge
     * quadratic; deleting by element id afterwards needs no index.
     */
    static final String LINK_ELEMENT_IDS = """
            UNWIND $ids AS id
            MATCH ()-[r:LINK {id: id}]->()
            RETURN collect(elementId(r)) AS elementIds
            """;

    static final String DELETE_LINKS_BY_ELEMENT_ID = """
            UNWIND $elementIds AS elementId
            MATCH ()-[r]->() WHERE elementId(r) = elementId
            DELETE r
            """;

    static final String COUNTRY_CODES = """
            MATCH (c:Country)
            RETURN collect(c.code) AS codes
            """;

    static final String ALL_LINK_ELEMENT_IDS = """
            MATCH ()-[r:LINK]->()
            RETURN collect(elementId(r)) AS elementIds
            """;

    static final String DELETE_ORGANISATIONS_NOT_IN = """
            MATCH (o:Organisation)
            WHERE NOT o.id IN $ids
            DETACH DELETE o
            """;

    static final String DELETE_UNUSED_COUNTRIES_NOT_IN = """
            MATCH (c:Country)
            WHERE NOT c.code IN $codes AND NOT (c)<-[:LOCATED_IN]-()
            DELETE c
            """;

    /** Declared countries overwrite the name and region stored. */
    static final String UPSERT_DECLARED_COUNTRIES = """
            UNWIND $rows AS row
            MERGE (c:Country {code: row.code})
            SET c.name = row.name, c.region = row.region
            """;

    /** Countries known to the product but not declared keep a name declared earlier. */
    static final String ENSURE_KNOWN_COUNTRIES = """
            UNWIND $rows AS row
            MERGE (c:Country {code: row.code})
            ON CREATE SET c.name = row.name, c.region = row.region
            """;

    /** Stored properties of an organisation node, in the order rows carry them. */
    static final List<String> ORGANISATION_PROPERTIES = List.of("id", "name", "type", "city", "founded", "dissolved",
            "website", "description", "seekingPartner", "placeholder", "confidence", "rev", "sourceCitations",
            "sourceUrls");

    /**
     * Stored properties of a LINK relationship. Links are always created afresh (never updated in place), so the
     * older {@code charter*} properties of links written before assessments existed need no removal here.
     */
    static final List<String> LINK_PROPERTIES = List.of("id", "kind", "since", "until", "status", "themes",
            "activities", "learning", "strength", "assessments", "confidence", "rev", "sourceCitations", "sourceUrls");

    /** {@code {id: row.id, name: row.name, …}}: properties named one by one (no dynamic maps, which force Eager plans). */
    private static String propertyMap(List<String> names) {
        return names.stream().map(n -> n + ": row." + n).collect(java.util.stream.Collectors.joining(", ", "{", "}"));
    }

    /** {@code o.name = row.name, …} without the key; a null value removes the property. */
    private static String assignments(String variable, List<String> names) {
        return names.stream().filter(n -> !n.equals("id")).map(n -> variable + "." + n + " = row." + n)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    static final String UPSERT_ORGANISATIONS = """
            UNWIND $rows AS row
            MERGE (o:Organisation {id: row.id})
            SET %s
            WITH o, row
            OPTIONAL MATCH (o)-[old:LOCATED_IN]->()
            DELETE old
            WITH DISTINCT o, row
            FOREACH (_ IN CASE WHEN row.type = 'HEALTH_BOARD' THEN [1] ELSE [] END | SET o:HealthBoard)
            FOREACH (_ IN CASE WHEN row.type = 'HEALTH_BOARD' THEN [] ELSE [1] END | REMOVE o:HealthBoard)
            WITH o, row
            OPTIONAL MATCH (c:Country {code: row.country})
            FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | CREATE (o)-[:LOCATED_IN]->(c))
            RETURN count(o) AS written
            """.formatted(assignments("o", ORGANISATION_PROPERTIES));

    /*
     * Bulk creation into an empty store (replace, first seed, benchmark): rows are grouped by country and by
     * Health Board in Java, so each statement creates nodes with fixed labels and no per-row branching.
     * (Joining links by returned element ids instead of the id index measured no faster.)
     */
    static final String CREATE_ORGANISATIONS_IN_COUNTRY = """
            MATCH (c:Country {code: $country})
            UNWIND $rows AS row
            CREATE (o:Organisation %s)-[:LOCATED_IN]->(c)
            RETURN count(*) AS created
            """.formatted(propertyMap(ORGANISATION_PROPERTIES));

    static final String CREATE_BOARDS_IN_COUNTRY = """
            MATCH (c:Country {code: $country})
            UNWIND $rows AS row
            CREATE (o:Organisation:HealthBoard %s)-[:LOCATED_IN]->(c)
            RETURN count(*) AS created
            """.formatted(propertyMap(ORGANISATION_PROPERTIES));

    static final String CREATE_ORGANISATIONS_NOWHERE = """
            UNWIND $rows AS row
            CREATE (o:Organisation %s)
            RETURN count(*) AS created
            """.formatted(propertyMap(ORGANISATION_PROPERTIES));

    static final String CREATE_BOARDS_NOWHERE = """
            UNWIND $rows AS row
            CREATE (o:Organisation:HealthBoard %s)
            RETURN count(*) AS created
            """.formatted(propertyMap(ORGANISATION_PROPERTIES));

    static final String CREATE_LINKS = """
            UNWIND $rows AS row
            MATCH (a:Organisation {id: row.from})
            MATCH (b:Organisation {id: row.to})
            CREATE (a)-[r:LINK %s]->(b)
            RETURN count(r) AS written
            """.formatted(propertyMap(LINK_PROPERTIES));

    // --- the history ------------------------------------------------------------------------------------------

    static final String CREATE_CHANGE = """
            CREATE (c:Change {id: $id, at: $at, actor: $actor, kind: $kind, reason: $reason, source: $source,
                              summary: $summary, details: $details, entities: $entities, touches: $touches,
                              complete: $complete})
            """;

    static final String READ_CHANGES = """
            MATCH (c:Change)
            WHERE ($before IS NULL OR c.id < $before)
              AND ($entity IS NULL OR $entity IN c.touches)
              AND ($actor IS NULL OR c.actor = $actor)
              AND ($kind IS NULL OR c.kind = $kind)
              AND ($from IS NULL OR c.at >= $from)
              AND ($to IS NULL OR c.at < $to)
            RETURN c {.*} AS c
            ORDER BY c.id DESC
            LIMIT $limit
            """;

    /** As {@link #READ_CHANGES} without the recorded entities and details (a replace import's are megabytes). */
    static final String READ_CHANGE_SUMMARIES = READ_CHANGES.replace("RETURN c {.*} AS c",
            "RETURN c {.id, .at, .actor, .kind, .reason, .source, .summary, .complete} AS c");

    static final String READ_CHANGE = """
            MATCH (c:Change {id: $id})
            RETURN c {.*} AS c
            """;

    /** Changes after {@code $after} that touched any of {@code $ids} (what an undo would contradict). */
    static final String LATER_CHANGES_TOUCHING = """
            MATCH (c:Change)
            WHERE c.id > $after AND any(id IN c.touches WHERE id IN $ids)
            RETURN c {.*} AS c
            ORDER BY c.id
            """;

    static final String ALL_CHANGES = """
            MATCH (c:Change)
            RETURN c {.*} AS c
            ORDER BY c.id
            """;

    /** Restored changes, by id (restoring a backup); a null value removes the property. */
    static final String UPSERT_CHANGES = """
            UNWIND $rows AS row
            MERGE (c:Change {id: row.id})
            SET c.at = row.at, c.actor = row.actor, c.kind = row.kind, c.reason = row.reason, c.source = row.source,
                c.summary = row.summary, c.details = row.details, c.entities = row.entities, c.touches = row.touches,
                c.complete = row.complete
            """;

    /** Every change a restored history does not hold. */
    static final String DELETE_CHANGES_NOT_IN = """
            MATCH (c:Change)
            WHERE NOT c.id IN $ids
            DELETE c
            """;
}
