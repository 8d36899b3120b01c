package org.partnershipatlas.app;

import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Neo4j 5 Community running inside the application, its files under the data directory, reachable over Bolt on
 * localhost only so that the application talks to it through the same driver code as to an external server.
 * Authentication is off because nothing outside this machine can reach it.
 */
public final class EmbeddedNeo4j implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    private final DatabaseManagementService service;
    private final int boltPort;
    private boolean closed;

    private EmbeddedNeo4j(DatabaseManagementService service, int boltPort) {
        this.service = service;
        this.boltPort = boltPort;
    }

    /** Starts the database (about 6 s the first time); {@code boltPort} 0 picks any free port. */
    public static EmbeddedNeo4j start(Path dataDir, int boltPort, String pageCache) {
        long started = System.nanoTime();
        Path home = dataDir.toAbsolutePath().resolve("neo4j");
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("localhost", boltPort))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                // Large imports are one transaction; keeping its state off the Java heap spares the collector.
                .setConfig(GraphDatabaseSettings.tx_state_memory_allocation, GraphDatabaseSettings.TransactionStateMemoryAllocation.OFF_HEAP)
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(10))
                .build();
        int port = ((GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME))
                .getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT).getPort();
        log.info("Embedded Neo4j started in {} ms with data in {}, Bolt on localhost:{}",
                (System.nanoTime() - started) / 1_000_000, home, port);
        return new EmbeddedNeo4j(service, port);
    }

    public String boltUri() {
        return "bolt://localhost:" + boltPort;
    }

    public int boltPort() {
        return boltPort;
    }

    /** Stops the database; closing twice is harmless. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        log.info("Stopping the embedded Neo4j");
        service.shutdown();
    }
}
