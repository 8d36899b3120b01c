package org.partnershipatlas.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.partnershipatlas.AtlasSpringTest;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.security.Principals;

/**
 * A file far under the byte limit may still list a million tiny organisations, and planning them all would exhaust the
 * heap (a 104 MB merge of 1,000,000 organisations died after ten minutes with a 500). An import over the entity
 * limit is refused at once, 413 naming the limit, before it is read into memory; nothing changes.
 */
@AtlasSpringTest
class ImportEntityLimitTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;
    @Autowired
    NetworkReads reads;

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", contentType)
                .header("Authorization", Principals.basic("admin", AtlasSpringTest.ADMIN_PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aJsonImportOverTheEntityLimit_is413AtOnce_andChangesNothing() throws Exception {
        int n = (int) AtlasSpringTest.MAX_IMPORT_ENTITIES + 1;
        String organisations = IntStream.range(0, n).mapToObj(i -> "{\"id\":\"t" + i + "\",\"name\":\"t\","
                + "\"type\":\"NGO\",\"confidence\":\"A\"}").collect(Collectors.joining(","));
        String body = "{\"format\":\"partnership-atlas/1\",\"organisations\":[" + organisations + "]}";
        assertThat((long) body.length()).isLessThan(AtlasSpringTest.MAX_IMPORT_BYTES);
        long version = reads.version();
        long started = System.nanoTime();
        var refused = post("/api/import?mode=merge", "application/json", body);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
        assertThat(refused.body()).contains("at most " + AtlasSpringTest.MAX_IMPORT_ENTITIES).contains("max-import-entities");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("refused before it is planned")
                .isLessThan(Duration.ofSeconds(20));
        assertThat(reads.version()).isEqualTo(version);
    }

    @Test
    void aJsonImportAtTheLimit_isNotRefusedForItsSize() throws Exception {
        String body = "{\"format\":\"partnership-atlas/1\",\"organisations\":[{\"id\":\"x\"}]}";
        var answer = post("/api/import?mode=merge&dryRun=true", "application/json", body);
        assertThat(answer.statusCode()).as("an ordinary bad file gets its field errors, not 413").isEqualTo(400);
    }
}
