package org.partnershipatlas.app;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of Partnership Atlas ({@code atlas.*}), in one place. See the configuration table in README.md.
 *
 * @param dataDir where the embedded Neo4j keeps its files (default {@code ./data}); unused with an external server
 * @param neo4j   which Neo4j to use
 * @param seed    whether to import the Wales–Africa seed into an empty database on start
 * @param limits  bounds on what a request may ask for
 */
@ConfigurationProperties(prefix = "atlas")
public record AtlasProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Neo4j neo4j,
        @DefaultValue Seed seed,
        @DefaultValue Limits limits) {

    /**
     * @param uri      {@code neo4j://}, {@code neo4j+s://} or {@code bolt://} address of an external server or cluster;
     *                 empty (the default) starts the embedded database instead
     * @param username for the external server
     * @param password for the external server
     * @param database database name, empty for the server's default
     * @param embedded settings of the embedded database
     */
    public record Neo4j(
            String uri,
            @DefaultValue("neo4j") String username,
            String password,
            String database,
            @DefaultValue Embedded embedded) {

        public boolean isExternal() {
            return uri != null && !uri.isBlank();
        }
    }

    /**
     * @param boltPort  Bolt port on localhost (0 = any free port)
     * @param pageCache Neo4j page cache size, e.g. {@code 512m}
     */
    public record Embedded(@DefaultValue("7687") int boltPort, @DefaultValue("512m") String pageCache) {
    }

    /** @param enabled import the seed into an empty database at start-up */
    public record Seed(@DefaultValue("true") boolean enabled) {
    }

    /** @param maxImportBytes largest import body accepted */
    public record Limits(@DefaultValue("209715200") long maxImportBytes) {
    }
}
