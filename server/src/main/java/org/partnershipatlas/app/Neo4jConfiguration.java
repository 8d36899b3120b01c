package org.partnershipatlas.app;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.partnershipatlas.store.AccountStore;
import org.partnershipatlas.store.LayoutStore;
import org.partnershipatlas.store.StoryStore;
import org.partnershipatlas.store.NetworkStore;
import org.partnershipatlas.store.ReturnStore;

/**
 * The application's one Neo4j {@link Driver}: to an external server or cluster when {@code atlas.neo4j.uri} is set,
 * otherwise to an embedded database started here. Everything above the driver is the same in both cases, which is
 * how the product grows past one machine: point {@code atlas.neo4j.uri} at a {@code neo4j://} cluster address.
 * (Defining the Driver bean makes Spring Boot's own Neo4j auto-configuration stand down; its health indicator
 * uses this driver, so {@code /actuator/health} is UP only while Neo4j answers.)
 */
@Configuration(proxyBeanMethods = false)
class Neo4jConfiguration {
    private static final Logger log = LoggerFactory.getLogger(Neo4jConfiguration.class);

    /** Holds the embedded database, if any, so it stops after the driver closes. */
    record Neo4jConnection(Driver driver, Optional<EmbeddedNeo4j> embedded) implements AutoCloseable {
        @Override
        public void close() {
            driver.close();
            embedded.ifPresent(EmbeddedNeo4j::close);
        }
    }

    /**
     * The driver, to the external server or to the embedded database — the one {@link EarlyNeo4jStart} began
     * starting before the bean definitions were read (waited for here), or, without it, one started now.
     */
    @Bean(destroyMethod = "close")
    Neo4jConnection neo4jConnection(AtlasProperties properties, ObjectProvider<EarlyNeo4jStart.Starting> early) {
        AtlasProperties.Neo4j neo4j = properties.neo4j();
        OwnerOnlyFiles.protect(properties.dataDir().toAbsolutePath());
        // Fail fast when the database is gone: requests answer 503 within seconds (the driver's default is to retry
        // a transaction for 30 s, and each connection attempt may take as long again) and health turns DOWN.
        Config config = Config.builder().withUserAgent("partnership-atlas")
                .withConnectionTimeout(2, TimeUnit.SECONDS)
                .withConnectionAcquisitionTimeout(3, TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(2, TimeUnit.SECONDS)
                .build();
        if (neo4j.isExternal()) {
            log.info("Using the external Neo4j at {}", neo4j.uri());
            AuthToken auth = neo4j.password() == null || neo4j.password().isEmpty()
                    ? AuthTokens.none() : AuthTokens.basic(neo4j.username(), neo4j.password());
            Driver driver = GraphDatabase.driver(neo4j.uri(), auth, config);
            driver.verifyConnectivity();
            return new Neo4jConnection(driver, Optional.empty());
        }
        EarlyNeo4jStart.Starting starting = early.getIfAvailable();
        EmbeddedNeo4j embedded = starting == null ? null : starting.take(properties.dataDir(), neo4j.embedded());
        if (embedded == null) {
            embedded = EmbeddedNeo4j.start(properties.dataDir(), neo4j.embedded().boltPort(), neo4j.embedded().pageCache());
        }
        return new Neo4jConnection(GraphDatabase.driver(embedded.boltUri(),
                AuthTokens.basic(EmbeddedNeo4j.USER, embedded.password()), config), Optional.of(embedded));
    }

    /** The connection closes the driver. */
    @Bean(destroyMethod = "")
    Driver neo4jDriver(Neo4jConnection connection) {
        return connection.driver();
    }

    /**
     * The network store with its schema in place. Only the read side ({@code reads.NetworkReads}) and the one door
     * for writes ({@code writes.NetworkWrites}) use it; an architecture test keeps it so.
     */
    @Bean
    NetworkStore networkStore(Driver driver, AtlasProperties properties) {
        var store = new NetworkStore(driver, database(properties));
        store.initialise();
        return store;
    }

    @Bean
    AccountStore accountStore(Driver driver, AtlasProperties properties) {
        var accounts = new AccountStore(driver, database(properties));
        accounts.initialise();
        return accounts;
    }

    /** Return rounds, invitations and registrations: beside the network, written only by {@code returns}. */
    @Bean
    ReturnStore returnStore(Driver driver, AtlasProperties properties) {
        var returns = new ReturnStore(driver, database(properties));
        returns.initialise();
        return returns;
    }

    @Bean
    StoryStore storyStore(Driver driver, AtlasProperties properties) {
        var stories = new StoryStore(driver, database(properties));
        stories.initialise();
        return stories;
    }

    /** Saved arrangements of the network picture: beside the network, written only by {@code layouts}. */
    @Bean
    LayoutStore layoutStore(Driver driver, AtlasProperties properties) {
        var layouts = new LayoutStore(driver, database(properties));
        layouts.initialise();
        return layouts;
    }

    private static String database(AtlasProperties properties) {
        String database = properties.neo4j().database();
        return database == null || database.isBlank() ? null : database;
    }
}
