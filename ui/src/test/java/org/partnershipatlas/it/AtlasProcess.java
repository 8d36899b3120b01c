package org.partnershipatlas.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code ui/target/partnership-atlas.jar}) started as a user starts it, on a given data
 * directory and free ports, for tests that need the real thing end to end.
 */
public final class AtlasProcess implements AutoCloseable {
    /** The first user, {@code admin}, gets this password in integration tests. */
    public static final String ADMIN_PASSWORD = "it-admin-password-1";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Process process;
    private final int port;
    private final Path log;

    private AtlasProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the jar and waits until {@code /actuator/health} says UP (at most three minutes). */
    public static AtlasProcess start(Path dataDir, String... extraArgs) throws Exception {
        return start(dataDir, List.of("-Xmx1g"), extraArgs);
    }

    /** As {@link #start(Path, String...)}, with these JVM options (heap size, ...) instead of {@code -Xmx1g}. */
    public static AtlasProcess start(Path dataDir, List<String> jvmOptions, String... extraArgs) throws Exception {
        return start(dataDir, jvmOptions, java.util.Map.of(), extraArgs);
    }

    /** As {@link #start(Path, List, String...)}, with these variables added to the app's environment. */
    public static AtlasProcess start(Path dataDir, List<String> jvmOptions, java.util.Map<String, String> environment,
                                     String... extraArgs) throws Exception {
        String jar = System.getProperty("atlas.jar", "target/partnership-atlas.jar");
        if (!Files.exists(Path.of(jar))) {
            throw new IllegalStateException(jar + " is missing: integration tests run after 'mvn package'");
        }
        int port = freePort();
        Path log = Files.createTempFile("atlas-", ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar,
                "--server.port=" + port,
                "--atlas.data-dir=" + dataDir,
                "--atlas.neo4j.embedded.bolt-port=0",
                "--atlas.neo4j.embedded.page-cache=64m",
                "--atlas.security.admin-password=" + ADMIN_PASSWORD));
        command.addAll(List.of(extraArgs));
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        var atlas = new AtlasProcess(process, port, log);
        // 3 minutes; a shared machine under heavy load may need longer (-Datlas.it.start-minutes=6)
        atlas.awaitHealthy(Duration.ofMinutes(Long.getLong("atlas.it.start-minutes", 3)));
        return atlas;
    }

    private void awaitHealthy(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                var response = get("/actuator/health");
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100); // a start of a few seconds is not rounded up by half a second
        }
        throw new IllegalStateException("the app did not become healthy in " + timeout + ":\n" + tail());
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A POST signed in as {@code admin} (HTTP Basic). */
    public HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Content-Type", contentType)
                .header("Authorization", basic("admin", ADMIN_PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A POST of bytes (an archive, say) signed in as {@code admin} (HTTP Basic). */
    public HttpResponse<String> post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Content-Type", contentType)
                .header("Authorization", basic("admin", ADMIN_PASSWORD)).timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET of bytes (an archive, say) signed in as {@code admin} (HTTP Basic). */
    public HttpResponse<byte[]> adminGetBytes(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", basic("admin", ADMIN_PASSWORD)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A GET signed in as {@code admin} (HTTP Basic). */
    public HttpResponse<String> adminGet(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", basic("admin", ADMIN_PASSWORD)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a POST signed in as {@code admin} without waiting for the answer. */
    public CompletableFuture<HttpResponse<String>> postAsync(String path, String contentType,
                                                             HttpRequest.BodyPublisher body) {
        return HTTP.sendAsync(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Content-Type", contentType)
                .header("Authorization", basic("admin", ADMIN_PASSWORD)).timeout(Duration.ofMinutes(5))
                .POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A POST without credentials. */
    public HttpResponse<String> anonymousPost(String path, String contentType, String body)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(
                (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Everything the app has logged so far. */
    public String log() throws IOException {
        return Files.readString(log);
    }

    /** Waits until the app's log holds {@code text} (at most {@code timeout}); false if it exited or time ran out. */
    public boolean awaitLog(String text, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (log().contains(text)) {
                return true;
            }
            Thread.sleep(5);
        }
        return log().contains(text);
    }

    /** Waits until a line of the app's log matches {@code pattern} (at most {@code timeout}); false otherwise. */
    public boolean awaitLog(java.util.regex.Pattern pattern, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (pattern.matcher(log()).find()) {
                return true;
            }
            Thread.sleep(5);
        }
        return pattern.matcher(log()).find();
    }

    /**
     * Kills the app as a power cut or the kernel's OOM killer would: SIGKILL to the JVM itself (this process is the
     * {@code java} binary, started without a shell), so no shutdown hook runs and nothing is flushed or closed.
     */
    public void kill() throws InterruptedException {
        String command = process.info().command().orElse("");
        if (!command.endsWith("java")) {
            throw new IllegalStateException("not the JVM: " + command);
        }
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JVM " + process.pid() + " survived SIGKILL");
        }
    }

    /** Whether the JVM is still running (it is not once killed, or once it exited on its own). */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the app the way a user's Ctrl-C does (SIGTERM, graceful shutdown). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
