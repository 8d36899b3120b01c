package org.partnershipatlas.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the embedded Neo4j on a thread of its own as soon as the application's settings are known, before Spring
 * reads its bean definitions, so that the database's start (a third of the application's start) runs beside
 * Spring's and Vaadin's instead of after them. The driver's bean ({@link Neo4jConfiguration}) waits for it; nothing
 * else changes: the same database, started the same way, and {@code /actuator/health} is UP only once it answers and
 * the seed is in. With {@code atlas.neo4j.uri} set nothing is started here.
 *
 * <p>Registered in {@code META-INF/spring.factories}, so the packaged app, {@code @SpringBootTest}s and anything else
 * started through {@code SpringApplication} get it. A database started here that the context never takes (its
 * refresh failed first, or the bound settings differ) is stopped when the context closes.
 */
public final class EarlyNeo4jStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    private static final Logger log = LoggerFactory.getLogger(EarlyNeo4jStart.class);
    static final String BEAN_NAME = "atlasEarlyNeo4jStart";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!(context.getBeanFactory() instanceof DefaultListableBeanFactory beans) || beans.containsSingleton(BEAN_NAME)) {
            return;
        }
        Starting starting;
        try {
            Binder binder = Binder.get(context.getEnvironment());
            AtlasProperties.Neo4j neo4j = binder.bindOrCreate("atlas.neo4j", Bindable.of(AtlasProperties.Neo4j.class));
            if (neo4j.isExternal()) {
                return;
            }
            Path dataDir = binder.bindOrCreate("atlas.data-dir", Bindable.of(Path.class).withSuppliedValue(() -> Path.of("./data")));
            starting = new Starting(dataDir, neo4j.embedded());
        } catch (RuntimeException e) {
            // Settings that do not bind are reported by the application's own binding; the database starts there.
            log.debug("Embedded Neo4j not started early: {}", e.toString());
            return;
        }
        beans.registerSingleton(BEAN_NAME, starting);
        beans.registerDisposableBean(BEAN_NAME, starting);
    }

    /** The database being started, for the one bean that needs it. */
    static final class Starting implements DisposableBean {
        private final Path dataDir;
        private final AtlasProperties.Embedded settings;
        private final CompletableFuture<EmbeddedNeo4j> database = new CompletableFuture<>();
        private boolean taken;

        Starting(Path dataDir, AtlasProperties.Embedded settings) {
            this.dataDir = dataDir;
            this.settings = settings;
            Thread thread = new Thread(() -> {
                try {
                    database.complete(EmbeddedNeo4j.start(dataDir, settings.boltPort(), settings.pageCache()));
                } catch (Throwable e) {
                    database.completeExceptionally(e);
                }
            }, "atlas-neo4j-start");
            thread.start();
        }

        /**
         * The started database if it was started with exactly these settings (waiting for it), else {@code null}
         * and the one started early is stopped (a failure of it ignored). A failure to start the database asked for
         * is thrown as it was thrown on the starting thread.
         */
        synchronized EmbeddedNeo4j take(Path dataDir, AtlasProperties.Embedded settings) {
            if (!this.dataDir.equals(dataDir) || !this.settings.equals(settings)) {
                destroy(); // not the database asked for, whether or not it started
                return null;
            }
            EmbeddedNeo4j started = await();
            taken = true;
            return started;
        }

        private EmbeddedNeo4j await() {
            try {
                return database.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }

        /** Stops a database nobody took (closing one that was taken is the connection's, and harmless twice). */
        @Override
        public synchronized void destroy() {
            if (taken) {
                return;
            }
            try {
                await().close();
            } catch (RuntimeException | Error e) {
                // it did not start: nothing to stop
            }
        }
    }
}
