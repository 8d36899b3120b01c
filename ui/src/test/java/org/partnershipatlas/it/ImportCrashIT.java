package org.partnershipatlas.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.synthetic.SyntheticNetworkGenerator;

/**
 * The packaged app killed with SIGKILL while it replaces the whole network — during the upload, while the new
 * network is being written, as the write commits, and just after the import was answered — and started again on the
 * same data folder each time. Three kills cover the four points: one file is half uploaded while another import is
 * answered, and the app is killed at once (each kill costs a start of the app, 20-35 s here). Every time it starts cleanly and holds exactly the network it held before the import
 * (with the same version and history) or exactly the imported one (one version higher, with one more recorded change
 * that describes exactly that replacement and names the backup taken before it), never anything between; an import
 * that was answered 200 is never lost; and the next write works.
 *
 * <p>Why: a replace import is the one write that touches the whole store, so a crash in it is where a half-written
 * network would come from. The store writes it in one Neo4j transaction; this test holds the store to that promise
 * from the outside, on the packaged jar, with the JVM killed rather than stopped.
 *
 * <p>It kills the run's shared app ({@link SharedAtlas}, started with a 2 GB heap and no scheduled backups for this
 * test) and starts it again on its data folder with the same options; the extension has put that folder back to the
 * seed before the test, and puts it back again before the next class.
 */
@ExtendWith(SharedAtlas.class)
class ImportCrashIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Large enough that writing it takes seconds here, small enough to keep the test to a few minutes (each of the
     * three starts after a kill takes 15-35 s). 10,000 organisations, about 30,000 links.
     */
    private static final int ORGANISATIONS = 10_000;
    private static final String REPLACE = "/api/import?mode=replace&reason=crash+test";
    private static final String BACKUP_BEFORE_REPLACE = "(before a replace import";
    /** The store's line for a replace written (the first figure: how long writing the network took). */
    private static final Pattern WROTE = Pattern.compile("Wrote version (\\d+) \\(IMPORT REPLACE\\): .*? in (\\d+) ms");
    /**
     * The store's last line before the transaction that makes a replace the network: "Wrote version" while a replace
     * is one transaction (logged just before its commit), "Switching from generation" when it is written as a new
     * generation and switched to.
     */
    private static final String COMMITTING = "Switching from generation|Wrote version ";

    @Test
    void replaceImport_killedAtAnyPoint_leavesExactlyTheOldOrExactlyTheNewNetwork(SharedAtlas.Fixture shared)
            throws Exception {
        Network first = Network.synthetic(1);
        Network second = Network.synthetic(2);
        Path dataDir = shared.dataDir();
        AtlasProcess app = shared.app();
        Stored seed = Stored.of(app);
        assertThat(seed.organisations()).hasSize(192);

        // 1. Killed just after a replace import was answered, while another file was half uploaded: an answered
        //    import is never lost, and a file killed during its upload changes nothing (had any of it been
        //    stored, the network would be neither exactly the seed nor exactly the answered import). How long
        //    the answered import's write took here times the kill in 2.
        HalfUpload upload = HalfUpload.start(app, second);
        HttpResponse<String> done = app.post(REPLACE, "application/json", first.text());
        app.kill();
        upload.abandon();
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        long writeMillis = writeMillis(app.log());
        app = shared.relaunch();
        Stored stored = oldOrNew(app, dataDir, seed, first);
        assertThat(stored.version()).as("the import was answered 200 before the kill, another file half uploaded")
                .isEqualTo(seed.version() + 1);

        // 2. Killed while the new network is being written (a third of the way through its write, by the time the
        //    first write took): the old network, version and history, exactly. Reads during the write still
        //    answer the old network.
        var answer = app.postAsync(REPLACE, "application/json", second.publisher());
        assertThat(app.awaitLog(BACKUP_BEFORE_REPLACE, Duration.ofMinutes(2))).as(app.tail()).isTrue();
        Thread.sleep(writeMillis / 3);
        assertThat(Stored.of(app)).as("read while the import is being written").isEqualTo(stored);
        app.kill();
        // Read after the kill: the log then holds everything the app did before it died.
        boolean written = Pattern.compile(COMMITTING).matcher(app.log()).find();
        answer.exceptionally(e -> null).get(1, TimeUnit.MINUTES);
        app = shared.relaunch();
        if (!written) {
            assertThat(Stored.of(app)).as("killed while the new network was written").isEqualTo(stored);
        }
        stored = oldOrNew(app, dataDir, stored, second);
        System.out.printf("ImportCrashIT: killed %s the write (it took %d ms before): %s network%n",
                written ? "after" : "during", writeMillis, stored.version() > seed.version() + 1 ? "new" : "old");

        // 3. Killed the moment the network is written and the transaction that makes it the network begins.
        Network next = stored.organisations().equals(first.expected().get("organisations")) ? second : first;
        answer = app.postAsync(REPLACE, "application/json", next.publisher());
        assertThat(app.awaitLog(Pattern.compile(COMMITTING), Duration.ofMinutes(2))).as(app.tail()).isTrue();
        app.kill();
        HttpResponse<String> beforeKill = answer.exceptionally(e -> null).get(1, TimeUnit.MINUTES);
        app = shared.relaunch();
        Stored before = stored;
        stored = oldOrNew(app, dataDir, before, next);
        System.out.printf("ImportCrashIT: killed at the commit: %s network%n", stored == before ? "old" : "new");
        if (beforeKill != null && beforeKill.statusCode() == 200) {
            assertThat(stored.version()).as("answered 200 before the kill").isEqualTo(before.version() + 1);
        }

        // 4. The store takes the next write, on top of the history.
        HttpResponse<String> merge = app.post("/api/import?mode=merge&reason=after+the+crashes", "application/json", """
                {"format": "partnership-atlas/1",
                 "organisations": [{"id": "after-the-crashes", "name": "After the crashes", "type": "NGO",
                                    "country": "LS", "confidence": "ILLUSTRATIVE"}]}
                """);
        assertThat(merge.statusCode()).as(merge.body()).isEqualTo(200);
        Stored after = Stored.of(app);
        assertThat(after.version()).isEqualTo(stored.version() + 1);
        assertThat(after.organisations()).hasSize(stored.organisations().size() + 1);
        assertThat(after.history().get(0).get("id").asLong()).isEqualTo(after.version());
        assertThat(after.history().get(0).get("kind").asText()).isEqualTo("import");
        assertThat(after.history().get(0).get("reason").asText()).isEqualTo("after the crashes");
        assertThat(after.history().size()).isEqualTo(stored.history().size() + 1);
    }

    /** The milliseconds the last replace import's write took, from the store's log line. */
    private static long writeMillis(String log) {
        long millis = -1;
        Matcher m = WROTE.matcher(log);
        while (m.find()) {
            millis = Long.parseLong(m.group(2));
        }
        assertThat(millis).as("the store logs its replace write").isPositive();
        return millis;
    }

    /** A replace import whose file stops once half of it is sent, until abandoned (the rest is never sent). */
    private record HalfUpload(CountDownLatch never, CompletableFuture<HttpResponse<String>> answer) {
        static HalfUpload start(AtlasProcess app, Network network) throws Exception {
            var halfSent = new CountDownLatch(1);
            var never = new CountDownLatch(1);
            byte[] json = network.json();
            InputStream body = new InputStream() {
                private int at;

                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (at >= json.length / 2) {
                        halfSent.countDown();
                        try {
                            never.await(2, TimeUnit.MINUTES);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        throw new IOException("upload abandoned");
                    }
                    int n = Math.min(len, json.length / 2 - at);
                    System.arraycopy(json, at, b, off, n);
                    at += n;
                    return n;
                }
            };
            CompletableFuture<HttpResponse<String>> answer = app.postAsync(REPLACE, "application/json",
                    HttpRequest.BodyPublishers.ofInputStream(() -> body));
            assertThat(halfSent.await(1, TimeUnit.MINUTES)).isTrue();
            Thread.sleep(200);   // the half reaches the app
            return new HalfUpload(never, answer);
        }

        /** Gives up the upload (after the app was killed) and waits for the client to see it end. */
        void abandon() throws Exception {
            never.countDown();
            answer.exceptionally(e -> null).get(1, TimeUnit.MINUTES);
        }
    }

    /**
     * After an import (and perhaps a kill and a restart): exactly what was stored before it (the same object is
     * answered then), or exactly the imported network with the version one higher and, on top of the history before,
     * one more recorded change: the import, too large to keep its entities, counting exactly the organisations and
     * links the replacement touched and naming a backup of the network before it. Also: the app started cleanly.
     */
    private static Stored oldOrNew(AtlasProcess app, Path dataDir, Stored before, Network imported) throws Exception {
        assertThat(app.log()).as("a clean start").doesNotContain(" ERROR ");
        Stored now = Stored.of(app);
        if (now.equals(before)) {
            return before;
        }
        assertThat(now.organisations()).as("organisations: neither the old nor the new network")
                .isEqualTo(imported.expected().get("organisations"));
        assertThat(now.network().get("links")).as("links: neither the old nor the new network")
                .isEqualTo(imported.expected().get("links"));
        assertThat(codes(now.network().get("countries"))).containsAll(imported.countryCodes());
        assertThat(now.version()).isEqualTo(before.version() + 1);
        assertThat(now.history().size()).isEqualTo(before.history().size() + 1);
        JsonNode latest = now.history().get(0);
        assertThat(latest.get("id").asLong()).as("the newest change is the network's version").isEqualTo(now.version());
        assertThat(latest.get("kind").asText()).isEqualTo("import");
        assertThat(latest.get("reason").asText()).isEqualTo("crash test");
        assertThat(latest.get("complete").asBoolean()).isFalse();
        assertThat(latest.at("/details/entitiesTouched").asLong()).as("what the recorded change says it touched")
                .isEqualTo(touched(before.network(), now.network()));
        String backup = latest.at("/details/backupBefore").asText();
        assertThat(backup).contains("-v" + before.version());
        assertThat(dataDir.resolve("backups").resolve(backup)).exists();
        ArrayNode rest = now.history().deepCopy();
        rest.remove(0);
        assertThat(rest).as("the history before the import, unchanged").isEqualTo(before.history());
        return now;
    }

    /** Organisations and links added, changed or removed going from one network to the other. */
    private static long touched(JsonNode from, JsonNode to) {
        long touched = 0;
        for (String kind : new String[] {"organisations", "links"}) {
            Map<String, JsonNode> old = byId(from.get(kind));
            Map<String, JsonNode> next = byId(to.get(kind));
            for (var e : next.entrySet()) {
                if (!e.getValue().equals(old.get(e.getKey()))) {
                    touched++;
                }
            }
            touched += old.keySet().stream().filter(id -> !next.containsKey(id)).count();
        }
        return touched;
    }

    private static Map<String, JsonNode> byId(JsonNode entities) {
        var map = new HashMap<String, JsonNode>();
        entities.forEach(e -> map.put(e.get("id").asText(), e));
        return map;
    }

    private static Set<String> codes(JsonNode countries) {
        var codes = new HashSet<String>();
        countries.forEach(c -> codes.add(c.get("code").asText()));
        return codes;
    }

    /** What a client sees of the store: the whole network, its version and the whole history (newest first). */
    record Stored(JsonNode network, long version, JsonNode history) {
        static Stored of(AtlasProcess app) throws Exception {
            HttpResponse<String> network = app.get("/api/network");
            assertThat(network.statusCode()).isEqualTo(200);
            HttpResponse<String> history = app.adminGet("/api/history?limit=1000");
            assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
            return new Stored(JSON.readTree(network.body()),
                    Long.parseLong(network.headers().firstValue("X-Network-Version").orElseThrow()),
                    JSON.readTree(history.body()).get("changes"));
        }

        JsonNode organisations() {
            return network.get("organisations");
        }
    }

    /** A synthetic network to import: the file, and the network as the app should answer it once imported. */
    record Network(byte[] json, JsonNode expected, Set<String> countryCodes) {
        static Network synthetic(long seed) throws IOException {
            NetworkSnapshot snapshot = new SyntheticNetworkGenerator(ORGANISATIONS, seed).generate();
            var out = new ByteArrayOutputStream();
            JsonSnapshotFormat.write(snapshot, out, false);
            var codes = new HashSet<String>();
            snapshot.organisations().forEach(o -> {
                if (o.country() != null) {
                    codes.add(o.country());
                }
            });
            return new Network(out.toByteArray(), JSON.readTree(JsonSnapshotFormat.toJson(snapshot.sortedById(), false)),
                    codes);
        }

        String text() {
            return new String(json, StandardCharsets.UTF_8);
        }

        HttpRequest.BodyPublisher publisher() {
            return HttpRequest.BodyPublishers.ofByteArray(json);
        }
    }
}
