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
            "CREATE CONSTRAINT link_id IF NOT EXISTS FOR ()-[r:LINK]-() REQUIRE r.id IS UNIQUE",
            "CREATE CONSTRAINT atlas_meta_key IF NOT EXISTS FOR (m:AtlasMeta) REQUIRE m.key IS UNIQUE",
            "CREATE INDEX organisation_type IF NOT EXISTS FOR (o:Organisation) ON (o.type)",
            "CREATE INDEX organisation_name IF NOT EXISTS FOR (o:Organisation) ON (o.name)");

    static final String ENSURE_META = """
            MERGE (m:AtlasMeta {key: 'network'})
            ON CREATE SET m.version = 0
            """;

    /** Taking the meta node's write lock first serialises every write. */
    static final String BUMP_VERSION = """
            MERGE (m:AtlasMeta {key: 'network'})
            SET m.version = coalesce(m.version, 0) + 1
            RETURN m.version AS version
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
            ORDER BY code
            """;

    static final String READ_ORGANISATIONS = """
            MATCH (o:Organisation)
            OPTIONAL MATCH (o)-[:LOCATED_IN]->(c:Country)
            RETURN o {.*} AS o, c.code AS country
            ORDER BY o.id
            """;

    static final String READ_ORGANISATION = """
            MATCH (o:Organisation {id: $id})
            OPTIONAL MATCH (o)-[:LOCATED_IN]->(c:Country)
            RETURN o {.*} AS o, c.code AS country
            """;

    static final String READ_LINKS = """
            MATCH (a:Organisation)-[r:LINK]->(b:Organisation)
            RETURN r {.*} AS r, a.id AS from, b.id AS to
            ORDER BY r.id
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

    static final String ALL_ORGANISATION_IDS = """
            MATCH (o:Organisation)
            RETURN collect(o.id) AS ids
            """;

    static final String EXISTING_LINK_IDS = """
            UNWIND $ids AS id
            MATCH ()-[r:LINK {id: id}]->()
            RETURN collect(r.id) AS ids
            """;

    static final String COUNTRY_CODES = """
            MATCH (c:Country)
            RETURN collect(c.code) AS codes
            """;

    static final String DELETE_ALL = """
            MATCH (n)
            WHERE n:Organisation OR n:Country
            DETACH DELETE n
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

    static final String UPSERT_ORGANISATIONS = """
            UNWIND $rows AS row
            MERGE (o:Organisation {id: row.id})
            SET o += row.props
            WITH o, row
            CALL {
              WITH o, row
              OPTIONAL MATCH (o)-[old:LOCATED_IN]->()
              DELETE old
            }
            FOREACH (_ IN CASE WHEN row.healthBoard THEN [1] ELSE [] END | SET o:HealthBoard)
            FOREACH (_ IN CASE WHEN row.healthBoard THEN [] ELSE [1] END | REMOVE o:HealthBoard)
            WITH o, row
            OPTIONAL MATCH (c:Country {code: row.country})
            FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | CREATE (o)-[:LOCATED_IN]->(c))
            RETURN count(o) AS written
            """;

    /** For an empty store (replace, first seed, benchmark): no lookups of what is not there. */
    static final String CREATE_ORGANISATIONS = """
            UNWIND $rows AS row
            CREATE (o:Organisation {id: row.id})
            SET o += row.props
            FOREACH (_ IN CASE WHEN row.healthBoard THEN [1] ELSE [] END | SET o:HealthBoard)
            WITH o, row
            OPTIONAL MATCH (c:Country {code: row.country})
            FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | CREATE (o)-[:LOCATED_IN]->(c))
            RETURN count(o) AS written
            """;

    static final String DELETE_LINKS_BY_ID = """
            UNWIND $ids AS id
            MATCH ()-[r:LINK {id: id}]->()
            DELETE r
            """;

    static final String CREATE_LINKS = """
            UNWIND $rows AS row
            MATCH (a:Organisation {id: row.from})
            MATCH (b:Organisation {id: row.to})
            CREATE (a)-[r:LINK]->(b)
            SET r = row.props
            RETURN count(r) AS written
            """;

    static final String DELETE_ORGANISATION = """
            MATCH (o:Organisation {id: $id})
            OPTIONAL MATCH (o)-[r:LINK]-()
            WITH o, count(r) AS links
            DETACH DELETE o
            RETURN links
            """;

    static final String DELETE_LINK = """
            MATCH ()-[r:LINK {id: $id}]->()
            DELETE r
            RETURN count(*) AS deleted
            """;
}
