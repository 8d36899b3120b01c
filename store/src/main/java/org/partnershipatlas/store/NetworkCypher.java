package org.partnershipatlas.store;

import java.util.stream.Collectors;
import java.util.List;

/** Every Cypher statement the store runs, with {@code $parameters} only — user input is never spliced into text. */
final class NetworkCypher {
    private NetworkCypher() {
    }

    /**
     * Schema statements, each in its own transaction (Neo4j does not mix schema and data writes). Organisations and
     * countries are unique per generation ({@code gen}, see {@link NetworkStore}): a replace writes the new network
     * beside the current one, so the same id exists once in each. The older single-property constraints are dropped.
     */
    static final List<String> SCHEMA = List.of(
            "DROP CONSTRAINT organisation_id IF EXISTS",
            "DROP CONSTRAINT country_code IF EXISTS",
            "CREATE CONSTRAINT organisation_generation_id IF NOT EXISTS FOR (o:Organisation) REQUIRE (o.gen, o.id) IS UNIQUE",
            "CREATE CONSTRAINT country_generation_code IF NOT EXISTS FOR (c:Country) REQUIRE (c.gen, c.code) IS UNIQUE",
            // A plain index, not a uniqueness constraint: Neo4j 5 checks a relationship constraint with an index
            // seek on every CREATE, and each seek copies the set of relationships deleted so far in the transaction,
            // so a merge that replaces many links turned quadratic. The store keeps link ids unique itself (writes
            // are serialised by the version lock; imports are validated).
            "DROP CONSTRAINT link_id IF EXISTS",
            "CREATE INDEX link_id_index IF NOT EXISTS FOR ()-[r:LINK]-() ON (r.id)",
            "CREATE CONSTRAINT atlas_meta_key IF NOT EXISTS FOR (m:AtlasMeta) REQUIRE m.key IS UNIQUE",
            "CREATE CONSTRAINT atlas_generation_id IF NOT EXISTS FOR (g:AtlasGeneration) REQUIRE g.id IS UNIQUE",
            "CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE");

    static final String ENSURE_META = """
            MERGE (m:AtlasMeta {key: 'network'})
            ON CREATE SET m.version = 0, m.generation = 0
            """;

    /** A store written before generations existed: its network becomes generation 0, in one transaction. */
    static final String ADOPT_META_GENERATION = """
            MATCH (m:AtlasMeta {key: 'network'})
            SET m.generation = coalesce(m.generation, 0)
            RETURN m.generation AS generation
            """;

    static final String ADOPT_ORGANISATIONS = """
            MATCH (o:Organisation) WHERE o.gen IS NULL
            SET o.gen = $gen
            """;

    static final String ADOPT_COUNTRIES = """
            MATCH (c:Country) WHERE c.gen IS NULL
            SET c.gen = $gen
            """;

    /**
     * Takes the meta node's write lock (a write to it) before reading the version, so that every write is
     * serialised and the version read is the latest committed one (Neo4j reads committed data; without the lock two
     * writers could read the same version).
     */
    static final String LOCK_VERSION = """
            MATCH (m:AtlasMeta {key: 'network'})
            SET m.locked = true
            RETURN m.version AS version, m.generation AS generation
            """;

    static final String SET_VERSION = """
            MATCH (m:AtlasMeta {key: 'network'})
            SET m.version = $version
            REMOVE m.locked
            """;

    /** The version and the generation readers read (the network is the generation's organisations and countries). */
    static final String VERSION = """
            MATCH (m:AtlasMeta {key: 'network'})
            RETURN m.version AS version, m.generation AS generation
            """;

    static final String COUNTS = """
            CALL { MATCH (o:Organisation {gen: $gen}) RETURN count(o) AS organisations,
                          sum(COUNT { (o)-[:LINK]->() }) AS links }
            CALL { MATCH (c:Country {gen: $gen}) RETURN count(c) AS countries }
            RETURN organisations, links, countries
            """;

    static final String READ_COUNTRIES = """
            MATCH (c:Country {gen: $gen})
            RETURN c.code AS code, c.name AS name, c.region AS region
            """;

    static final String READ_ORGANISATIONS = """
            MATCH (o:Organisation {gen: $gen})
            OPTIONAL MATCH (o)-[:LOCATED_IN]->(c:Country)
            RETURN o {.*} AS o, c.code AS country
            """;

    static final String READ_ORGANISATION = """
            MATCH (o:Organisation {gen: $gen, id: $id})
            OPTIONAL MATCH (o)-[:LOCATED_IN]->(c:Country)
            RETURN o {.*} AS o, c.code AS country
            """;

    /** A link belongs to the generation of its ends (a generation is written whole, ends first). */
    static final String READ_LINKS = """
            MATCH (a:Organisation {gen: $gen})-[r:LINK]->(b:Organisation)
            RETURN r {.*} AS r, a.id AS from, b.id AS to
            """;

    static final String READ_LINK = """
            MATCH (a:Organisation)-[r:LINK {id: $id}]->(b:Organisation)
            WHERE a.gen = $gen
            RETURN r {.*} AS r, a.id AS from, b.id AS to
            """;

    static final String EXISTING_ORGANISATION_IDS = """
            UNWIND $ids AS id
            MATCH (o:Organisation {gen: $gen, id: id})
            RETURN collect(o.id) AS ids
            """;

    static final String ORGANISATION_REVISIONS = """
            UNWIND $ids AS id
            MATCH (o:Organisation {gen: $gen, id: id})
            RETURN o.id AS id, coalesce(o.rev, 0) AS rev
            """;

    static final String LINK_REVISIONS = """
            UNWIND $ids AS id
            MATCH (a:Organisation)-[r:LINK {id: id}]->()
            WHERE a.gen = $gen
            RETURN r.id AS id, coalesce(r.rev, 0) AS rev
            """;

    /** Element ids of stored organisations by id, looked up before anything is deleted (see {@link #LINK_ELEMENT_IDS}). */
    static final String ORGANISATION_ELEMENT_IDS = """
            UNWIND $ids AS id
            MATCH (o:Organisation {gen: $gen, id: id})
            RETURN collect(elementId(o)) AS elementIds
            """;

    static final String DELETE_ORGANISATIONS_BY_ELEMENT_ID = """
            UNWIND $elementIds AS elementId
            MATCH (o) WHERE elementId(o) = elementId
            DETACH DELETE o
            """;

    /** Every organisation id and link id of a generation (what a replace counts as updated or deleted). */
    static final String GENERATION_IDS = """
            CALL { MATCH (o:Organisation {gen: $gen}) RETURN collect(o.id) AS organisations }
            CALL { MATCH (:Organisation {gen: $gen})-[r:LINK]->() RETURN collect(r.id) AS links }
            RETURN organisations, links
            """;

    /**
     * Element ids of stored links by id. Run before deleting anything: in Neo4j 5 an index seek inside a transaction
     * that has already deleted relationships copies the set of deleted ones every time, which turns a large merge
     * quadratic; deleting by element id afterwards needs no index.
     */
    static final String LINK_ELEMENT_IDS = """
            UNWIND $ids AS id
            MATCH (a:Organisation)-[r:LINK {id: id}]->()
            WHERE a.gen = $gen
            RETURN collect(elementId(r)) AS elementIds
            """;

    static final String DELETE_LINKS_BY_ELEMENT_ID = """
            UNWIND $elementIds AS elementId
            MATCH ()-[r]->() WHERE elementId(r) = elementId
            DELETE r
            """;

    /** Declared countries overwrite the name and region stored. */
    static final String UPSERT_DECLARED_COUNTRIES = """
            UNWIND $rows AS row
            MERGE (c:Country {gen: $gen, code: row.code})
            SET c.name = row.name, c.region = row.region
            """;

    /** Countries known to the product but not declared keep a name declared earlier. */
    static final String ENSURE_KNOWN_COUNTRIES = """
            UNWIND $rows AS row
            MERGE (c:Country {gen: $gen, code: row.code})
            ON CREATE SET c.name = row.name, c.region = row.region
            """;

    // --- generations: a replace is written beside the current network, then switched to -----------------------

    /**
     * A new generation number, never used before (the counter only rises, and starts above the current generation;
     * locked before it is read, so two replaces never get the same one), registered as being written.
     */
    static final String ALLOCATE_GENERATION = """
            MERGE (m:AtlasMeta {key: 'generations'})
            SET m.locked = true
            WITH m
            MATCH (n:AtlasMeta {key: 'network'})
            WITH m, CASE WHEN coalesce(m.next, 0) > n.generation THEN m.next ELSE n.generation + 1 END AS generation
            SET m.next = generation + 1
            REMOVE m.locked
            CREATE (g:AtlasGeneration {id: generation, state: 'STAGING', started: $started, heartbeat: $started})
            RETURN generation
            """;

    /**
     * A generation being written says so every few seconds, so that another instance's janitor (or start-up) tells
     * it from one a crashed instance left behind.
     */
    static final String GENERATION_HEARTBEAT = """
            MATCH (g:AtlasGeneration {id: $gen})
            WHERE g.state = 'STAGING'
            SET g.heartbeat = $now
            """;

    /** The countries of a staged generation, written first: its organisations are located in them. */
    static final String CREATE_COUNTRIES = """
            UNWIND $rows AS row
            CREATE (c:Country {gen: $gen, code: row.code, name: row.name, region: row.region})
            """;

    /**
     * Counts of a staged generation, checked in the switch against what was written, so a switch never makes a
     * generation current that is not exactly the write (a batch lost or written twice, a generation another
     * instance's start-up began to delete).
     */
    static final String STAGED_COUNTS = """
            MATCH (o:Organisation {gen: $gen})
            RETURN count(o) AS organisations, sum(COUNT { (o)-[:LINK]->() }) AS links
            """;

    /**
     * The switch, inside the write's transaction after {@link #LOCK_VERSION}: the staged generation becomes the
     * network and the one before is retired. No row when the staged generation is no longer {@code STAGING}.
     */
    static final String SWITCH_GENERATION = """
            MATCH (m:AtlasMeta {key: 'network'})
            MATCH (g:AtlasGeneration {id: $gen})
            WHERE g.state = 'STAGING'
            WITH m, g, m.generation AS previous
            SET g.state = 'CURRENT', m.generation = $gen
            MERGE (p:AtlasGeneration {id: previous})
            SET p.state = 'RETIRED'
            RETURN previous
            """;

    /**
     * Marks a generation for deletion, unless it is the network (holding the meta node's lock, as the switch does,
     * so the two never interleave). Returns no row for the current generation.
     */
    static final String RETIRE_GENERATION = """
            MATCH (m:AtlasMeta {key: 'network'})
            SET m.locked = true
            WITH m, m.generation <> $gen AS retirable
            REMOVE m.locked
            WITH retirable
            WHERE retirable
            MERGE (g:AtlasGeneration {id: $gen})
            SET g.state = 'RETIRED'
            RETURN g.id AS generation
            """;

    /** One batch of a retired generation's organisations, with their links and locations. */
    static final String DELETE_GENERATION_ORGANISATIONS = """
            MATCH (o:Organisation {gen: $gen})
            WITH o LIMIT $limit
            DETACH DELETE o
            RETURN count(*) AS deleted
            """;

    static final String DELETE_GENERATION_REST = """
            CALL { MATCH (c:Country {gen: $gen}) DETACH DELETE c }
            MATCH (g:AtlasGeneration {id: $gen}) WHERE g.state = 'RETIRED'
            DELETE g
            """;

    /**
     * Every generation present besides the current one and those still being written (a heartbeat since
     * {@code $cutoff}): what a crashed or killed write left, and replaced networks not yet deleted.
     */
    static final String ORPHANED_GENERATIONS = """
            MATCH (m:AtlasMeta {key: 'network'})
            CALL { MATCH (o:Organisation) RETURN collect(DISTINCT o.gen) AS organisations }
            CALL { MATCH (c:Country) RETURN collect(DISTINCT c.gen) AS countries }
            CALL { MATCH (g:AtlasGeneration) RETURN collect(g.id) AS registered }
            CALL {
                MATCH (g:AtlasGeneration)
                WHERE g.state = 'STAGING' AND coalesce(g.heartbeat, g.started) >= $cutoff
                RETURN collect(g.id) AS live
            }
            UNWIND organisations + countries + registered AS generation
            WITH DISTINCT m, generation, live
            WHERE generation <> m.generation AND NOT generation IN live
            RETURN collect(generation) AS generations
            """;

    /** Stored properties of an organisation node, in the order rows carry them. */
    static final List<String> ORGANISATION_PROPERTIES = List.of("id", "name", "type", "city", "founded", "dissolved",
            "website", "description", "seekingPartner", "placeholder", "confidence", "rev", "sourceCitations",
            "sourceUrls");

    /**
     * Stored properties of a LINK relationship. Links are always created afresh (never updated in place), so the
     * older {@code charter*} properties of links written before assessments existed need no removal here.
     */
    static final List<String> LINK_PROPERTIES = List.of("id", "kind", "since", "until", "status", "lastEvidence",
            "themes", "activities", "learning", "strength", "assessments", "confidence", "rev", "sourceCitations", "sourceUrls");

    /** {@code {id: row.id, name: row.name, …}}: properties named one by one (no dynamic maps, which force Eager plans). */
    private static String propertyMap(List<String> names) {
        return names.stream().map(n -> n + ": row." + n).collect(Collectors.joining(", ", "{", "}"));
    }

    /** {@code {gen: $gen, id: row.id, …}}: an organisation node's properties with its generation. */
    private static String generationPropertyMap(List<String> names) {
        return "{gen: $gen, " + propertyMap(names).substring(1);
    }

    /** {@code o.name = row.name, …} without the key; a null value removes the property. */
    private static String assignments(String variable, List<String> names) {
        return names.stream().filter(n -> !n.equals("id")).map(n -> variable + "." + n + " = row." + n)
                .collect(Collectors.joining(", "));
    }

    static final String UPSERT_ORGANISATIONS = """
            UNWIND $rows AS row
            MERGE (o:Organisation {gen: $gen, id: row.id})
            SET %s
            WITH o, row
            OPTIONAL MATCH (o)-[old:LOCATED_IN]->()
            DELETE old
            WITH DISTINCT o, row
            FOREACH (_ IN CASE WHEN row.type = 'HEALTH_BOARD' THEN [1] ELSE [] END | SET o:HealthBoard)
            FOREACH (_ IN CASE WHEN row.type = 'HEALTH_BOARD' THEN [] ELSE [1] END | REMOVE o:HealthBoard)
            WITH o, row
            OPTIONAL MATCH (c:Country {gen: $gen, code: row.country})
            FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | CREATE (o)-[:LOCATED_IN]->(c))
            RETURN count(o) AS written
            """.formatted(assignments("o", ORGANISATION_PROPERTIES));

    /*
     * Bulk creation into an empty generation (every replace, the first seed): rows are grouped by country and by
     * Health Board in Java, so each statement creates nodes with fixed labels and no per-row branching.
     * (Joining links by returned element ids instead of the id index measured no faster.)
     */
    static final String CREATE_ORGANISATIONS_IN_COUNTRY = """
            MATCH (c:Country {gen: $gen, code: $country})
            UNWIND $rows AS row
            CREATE (o:Organisation %s)-[:LOCATED_IN]->(c)
            RETURN count(*) AS written
            """.formatted(generationPropertyMap(ORGANISATION_PROPERTIES));

    static final String CREATE_BOARDS_IN_COUNTRY = """
            MATCH (c:Country {gen: $gen, code: $country})
            UNWIND $rows AS row
            CREATE (o:Organisation:HealthBoard %s)-[:LOCATED_IN]->(c)
            RETURN count(*) AS written
            """.formatted(generationPropertyMap(ORGANISATION_PROPERTIES));

    static final String CREATE_ORGANISATIONS_NOWHERE = """
            UNWIND $rows AS row
            CREATE (o:Organisation %s)
            RETURN count(*) AS written
            """.formatted(generationPropertyMap(ORGANISATION_PROPERTIES));

    static final String CREATE_BOARDS_NOWHERE = """
            UNWIND $rows AS row
            CREATE (o:Organisation:HealthBoard %s)
            RETURN count(*) AS written
            """.formatted(generationPropertyMap(ORGANISATION_PROPERTIES));

    static final String CREATE_LINKS = """
            UNWIND $rows AS row
            MATCH (a:Organisation {gen: $gen, id: row.from})
            MATCH (b:Organisation {gen: $gen, id: row.to})
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

    /**
     * Whether every change after {@code $after} left {@code $ids} alone: each kept its entities (a very large change
     * keeps only counts, so it may have touched anything) and touched none of them. No row when not.
     */
    static final String UNTOUCHED_SINCE = """
            MATCH (m:AtlasMeta {key: 'network'})
            OPTIONAL MATCH (c:Change)
            WHERE c.id > $after AND (c.complete = false OR c.kind = 'RESTORE' OR any(id IN c.touches WHERE id IN $ids))
            WITH m, count(c) AS touching
            WHERE touching = 0
            RETURN m.version AS version
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
