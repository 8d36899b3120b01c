package org.partnershipatlas.app;

import org.neo4j.exceptions.InvalidArgumentException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
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
 *
 * <p>Locked down although only this machine can reach it: Bolt requires authentication (the {@code neo4j} user's
 * password is generated on first start and kept owner-only in {@code <data-dir>/neo4j-password}; the application's
 * driver reads it there), {@code LOAD CSV} may not read files ({@code file:} urls refused, and the import root is an
 * empty folder inside the database's home), and the HTTP connectors are off. Its files are owner-only
 * ({@link OwnerOnlyFiles}) and its debug log is kept free of the command line (no diagnostics dump).
 */
public final class EmbeddedNeo4j implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    /** The user the application connects as. */
    public static final String USER = "neo4j";
    static final String PASSWORD_FILE = "neo4j-password";

    private final DatabaseManagementService service;
    private final int boltPort;
    private final String password;
    private boolean closed;

    private EmbeddedNeo4j(DatabaseManagementService service, int boltPort, String password) {
        this.service = service;
        this.boltPort = boltPort;
        this.password = password;
    }

    /** Starts the database (about 6 s the first time); {@code boltPort} 0 picks any free port. */
    public static EmbeddedNeo4j start(Path dataDir, int boltPort, String pageCache) {
        long started = System.nanoTime();
        Path home = dataDir.toAbsolutePath().resolve("neo4j");
        OwnerOnlyFiles.protect(dataDir.toAbsolutePath());
        String password = SecretFile.readOrCreate(dataDir.toAbsolutePath().resolve(PASSWORD_FILE), 24);
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("localhost", boltPort))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, home.resolve("import"))
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                // Large imports are one transaction; keeping its state off the Java heap spares the collector.
                .setConfig(GraphDatabaseSettings.tx_state_memory_allocation, GraphDatabaseSettings.TransactionStateMemoryAllocation.OFF_HEAP)
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(10))
                // The diagnostics dump writes the JVM's system properties to debug.log, the command line with
                // them (sun.java.command): a password given as --atlas.security.admin-password=… would be kept.
                .setConfig(GraphDatabaseInternalSettings.dump_diagnostics, false)
                .build();
        try {
            setPassword(service, password);
        } catch (RuntimeException e) {
            service.shutdown();
            throw e;
        }
        int port = ((GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME))
                .getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT).getPort();
        log.info("Embedded Neo4j started in {} ms with data in {}, Bolt on localhost:{} (password in {})",
                (System.nanoTime() - started) / 1_000_000, home, port, dataDir.resolve(PASSWORD_FILE));
        return new EmbeddedNeo4j(service, port, password);
    }

    /**
     * Sets the one Bolt credential to the kept secret (in-process calls need none). On a restart it is usually
     * set already, which Neo4j reports as "old and new password the same": that is the state wanted.
     */
    private static void setPassword(DatabaseManagementService service, String password) {
        try {
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            if (!alreadySet(e)) {
                throw e;
            }
        }
    }

    private static boolean alreadySet(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidArgumentException && t.getMessage() != null
                    && t.getMessage().contains("cannot be the same")) {
                return true;
            }
        }
        return false;
    }

    public String boltUri() {
        return "bolt://localhost:" + boltPort;
    }

    public int boltPort() {
        return boltPort;
    }

    /** The password of {@link #USER}, for the application's driver. */
    public String password() {
        return password;
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
