package org.partnershipatlas.it;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.WebDriver;

/**
 * One packaged app and one headless Chromium for the whole run of the integration tests, shared by every test class
 * that uses this extension: started on first use, kept in the root {@link ExtensionContext.Store} and closed when
 * the run ends. Starting the app takes half a minute here, so a start per class made the browser tests most of the
 * build's time.
 *
 * <p>The app is started once with every option any of these tests needs, the way an operator starts it:
 * <ul>
 *   <li>the admin password on the command line ({@link AtlasProcess}), the mail password in the environment and the
 *       backup passphrase in a file ({@link PackagedAppIT} looks for all three in the data folder);</li>
 *   <li>an OpenID Connect provider, a real one in the test ({@code mock-oauth2-server}, {@link OidcBrowserIT});</li>
 *   <li>one listed origin that may frame the embeds, served by the JDK's HTTP server, and one that is not listed
 *       ({@link StoryBrowserIT});</li>
 *   <li>a 2 GB heap and no scheduled backups, for the large replace imports of {@link ImportCrashIT} (a scheduled
 *       backup would land in the backups folder it checks).</li>
 * </ul>
 * {@link PackagedAppIT} stops and starts it again, {@link ImportCrashIT} kills it and starts it again, always on the
 * same data folder with the same options; Chromium is started when a test first asks for it.
 *
 * <p><b>Each class starts on the seed.</b> Right after the first start the fixture keeps the network as it was first
 * served and a backup of everything (network, history, users, tokens, returns, stories). Before each class, if the
 * network's version moved since the fixture last reset it (every recorded change — an import, an edit, an
 * assessment, an accepted return, a restore — raises it), that backup is restored through the admin API, so no class
 * sees what another left behind, whatever order they run in. Within a class, tests share its data as they did when
 * each class had its own app.
 */
public final class SharedAtlas implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedAtlas.class);

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        fixture(context).resetToSeed();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Fixture.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return fixture(context);
    }

    private static Fixture fixture(ExtensionContext context) {
        Started started = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Started.class, key -> Started.start(), Started.class);
        return started.fixture();
    }

    /** The fixture, or why it could not start (kept, so that the classes after do not try again for minutes). */
    private record Started(Fixture fixture, RuntimeException failure)
            implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        static Started start() {
            try {
                return new Started(Fixture.start(), null);
            } catch (Exception e) {
                return new Started(null, new IllegalStateException("the shared app did not start", e));
            }
        }

        @Override
        public Fixture fixture() {
            if (failure != null) {
                throw failure;
            }
            return fixture;
        }

        @Override
        public void close() throws Exception {
            if (fixture != null) {
                fixture.close();
            }
        }
    }

    /** The shared app, browser, OIDC provider and framing pages. */
    public static final class Fixture {
        private static final ObjectMapper JSON = new ObjectMapper();
        /**
         * One transaction replacing a network holds the old and the new in its state until it commits: 20,000
         * organisations over 20,000 ran out of a 1 GB heap in the commit; 10,000 over 10,000 (ImportCrashIT) fit in
         * 2 GB with room.
         */
        private static final List<String> JVM = List.of("-Xmx2g");
        private final Path dataDir;
        private final Path passphraseFile;
        private final String mailSecret;
        private final String fileSecret;
        private final MockOAuth2Server oidc;
        private final HttpServer listed;
        private final HttpServer unlisted;
        private final Map<String, String> environment;
        private final String[] arguments;
        private AtlasProcess app;
        private WebDriver browser;
        private JsonNode firstServed;
        private byte[] seedBackup;
        private String cleanVersion;

        private Fixture() throws Exception {
            dataDir = Files.createTempDirectory("atlas-it-");
            mailSecret = "mail-secret-" + UUID.randomUUID();
            fileSecret = "file-secret-" + UUID.randomUUID();
            passphraseFile = Files.writeString(Files.createTempFile("atlas-secret", ".txt"), fileSecret + "\n");
            environment = Map.of("SPRING_MAIL_PASSWORD", mailSecret);
            oidc = new MockOAuth2Server();
            oidc.start(AtlasProcess.freePort());
            // Other origins (their own ports) on the same site as the app: over plain HTTP the session cookie reaches a
            // frame only on the same site (SameSite=Lax; across sites it needs HTTPS and SameSite=None, see README).
            listed = framingPage();
            unlisted = framingPage();
            String issuer = oidc.issuerUrl("entra").toString();
            arguments = new String[] {
                    "--atlas.backup.passphrase-file=" + passphraseFile,
                    "--atlas.backup.interval=0",
                    "--spring.security.oauth2.client.registration.entra.client-id=partnership-atlas",
                    "--spring.security.oauth2.client.registration.entra.client-secret=test-secret",
                    "--spring.security.oauth2.client.registration.entra.client-name=Test Entra",
                    "--spring.security.oauth2.client.registration.entra.scope=openid,profile",
                    "--spring.security.oauth2.client.provider.entra.issuer-uri=" + issuer,
                    "--atlas.security.oidc.role-map.[Atlas.Admin]=ADMIN",
                    "--atlas.embed.allowed-origins=http://localhost:" + listed.getAddress().getPort()};
        }

        static Fixture start() throws Exception {
            var fixture = new Fixture();
            try {
                fixture.app = fixture.launch();
                HttpResponse<String> network = fixture.app.get("/api/network");
                if (network.statusCode() != 200) {
                    throw new IllegalStateException("GET /api/network answered " + network.statusCode());
                }
                fixture.firstServed = JSON.readTree(network.body());
                HttpResponse<byte[]> backup = fixture.app.adminGetBytes("/api/backup");
                if (backup.statusCode() != 200) {
                    throw new IllegalStateException("GET /api/backup answered " + backup.statusCode() + ": "
                            + new String(backup.body(), StandardCharsets.UTF_8));
                }
                fixture.seedBackup = backup.body();
                fixture.cleanVersion = fixture.version();
                return fixture;
            } catch (Exception | Error e) {
                try {
                    fixture.close();
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        }

        private AtlasProcess launch() throws Exception {
            return AtlasProcess.start(dataDir, JVM, environment, arguments);
        }

        /** The app as it runs now (a {@link #restart} starts another process, on another port). */
        public AtlasProcess app() {
            return app;
        }

        /** The headless Chromium, started on first use (a run of only {@link ImportCrashIT} needs none). */
        public synchronized WebDriver browser() throws IOException {
            if (browser == null) {
                browser = Chromium.start();
            }
            return browser;
        }

        public MockOAuth2Server oidc() {
            return oidc;
        }

        /** A page on an origin that may frame the embeds; {@code /?<url>} frames {@code <url>}. */
        public HttpServer listedOrigin() {
            return listed;
        }

        /** A page on an origin that may not. */
        public HttpServer unlistedOrigin() {
            return unlisted;
        }

        public Path dataDir() {
            return dataDir;
        }

        /** The secrets the app was given: the admin password, the mail password and the backup passphrase. */
        public List<String> secrets() {
            return List.of(AtlasProcess.ADMIN_PASSWORD, mailSecret, fileSecret);
        }

        /** {@code GET /api/network} as the app answered it on its first start, before any test wrote. */
        public JsonNode firstServed() {
            return firstServed.deepCopy();
        }

        /**
         * Puts back everything as it was just after the first start (the seed), by restoring the backup taken then,
         * unless the network's version is still the one the last reset left.
         */
        void resetToSeed() throws Exception {
            if (!app.isAlive()) {
                // killed by a test that failed before it started the app again
                app = launch();
            }
            if (version().equals(cleanVersion)) {
                return;
            }
            HttpResponse<String> restored = app.post("/api/restore?reason=integration+test+reset+to+the+seed",
                    "application/octet-stream", seedBackup);
            if (restored.statusCode() != 200) {
                throw new IllegalStateException("restoring the seed answered " + restored.statusCode() + ": "
                        + restored.body());
            }
            JsonNode network = JSON.readTree(app.get("/api/network").body());
            if (!network.get("organisations").equals(firstServed.get("organisations"))
                    || !network.get("links").equals(firstServed.get("links"))) {
                throw new IllegalStateException("restoring the seed did not give back the seed network");
            }
            cleanVersion = version();
        }

        private String version() throws Exception {
            HttpResponse<String> network = app.get("/api/network");
            return network.headers().firstValue("X-Network-Version").orElseThrow(
                    () -> new IllegalStateException("no X-Network-Version: " + network.statusCode()));
        }

        /** What a test checks while the app is stopped: given the data folder. */
        @FunctionalInterface
        public interface WhileStopped {
            void check(Path dataDir) throws Exception;
        }

        /**
         * Stops the app as a user's Ctrl-C does, runs {@code whileStopped} on its data folder, and starts it again on
         * that folder with the same options (also when the check fails, so the classes after have their app).
         */
        public AtlasProcess restart(WhileStopped whileStopped) throws Exception {
            app.close();
            try {
                whileStopped.check(dataDir);
            } finally {
                app = launch();
            }
            return app;
        }

        /**
         * Starts the app again on its data folder with the same options after a test killed it
         * ({@link AtlasProcess#kill()}), as an operator starts it after a crash.
         */
        public AtlasProcess relaunch() throws Exception {
            if (app.isAlive()) {
                throw new IllegalStateException("the shared app is still running: kill it first");
            }
            app = launch();
            return app;
        }

        void close() throws Exception {
            var failures = new ArrayList<Exception>();
            if (browser != null) {
                try {
                    browser.quit();
                } catch (Exception e) {
                    failures.add(e);
                }
            }
            if (app != null) {
                try {
                    app.close();
                } catch (Exception e) {
                    failures.add(e);
                }
            }
            oidc.shutdown();
            listed.stop(0);
            unlisted.stop(0);
            Files.deleteIfExists(passphraseFile);
            if (app == null || !app.isAlive()) {
                // hundreds of megabytes once ImportCrashIT ran; its own @TempDir was deleted too
                try (var paths = Files.walk(dataDir)) {
                    for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(path);
                    }
                } catch (Exception e) {
                    failures.add(e);
                }
            }
            if (!failures.isEmpty()) {
                var failure = new IllegalStateException("closing the shared app and browser");
                failures.forEach(failure::addSuppressed);
                throw failure;
            }
        }

        /** A page on another origin (its own port) that frames the address after its {@code ?}. */
        private static HttpServer framingPage() throws Exception {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                String target = exchange.getRequestURI().getQuery();
                byte[] page = ("<!doctype html><html lang=\"en\"><title>Partner</title><body><h1>A partner's page</h1>"
                        + "<iframe id=\"atlas\" title=\"Partnership Atlas\" width=\"900\" height=\"640\" src=\""
                        + target + "\"></iframe></body></html>").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
                exchange.close();
            });
            server.start();
            return server;
        }
    }
}
