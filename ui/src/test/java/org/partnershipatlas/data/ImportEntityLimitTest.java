package org.partnershipatlas.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.partnershipatlas.AtlasSpringTest;
import org.partnershipatlas.api.ApiClient;
import org.partnershipatlas.api.ApiResponse;
import org.partnershipatlas.reads.NetworkReads;

/**
 * A file far under the byte limit may still list a million tiny organisations, and planning them all would exhaust the
 * heap (a 104 MB merge of 1,000,000 organisations died after ten minutes with a 500). An import over the entity
 * limit is refused at once, 413 naming the limit, before it is read into memory; nothing changes.
 */
@AtlasSpringTest
class ImportEntityLimitTest {

    @LocalServerPort
    int port;
    @Autowired
    NetworkReads reads;

    private ApiResponse post(String path, String contentType, String body) throws Exception {
        return ApiClient.on(port).asAdmin().send("POST", path, contentType, body.getBytes(StandardCharsets.UTF_8));
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
        assertThat(refused.status()).as(refused.body()).isEqualTo(413);
        assertThat(refused.body()).contains("at most " + AtlasSpringTest.MAX_IMPORT_ENTITIES).contains("max-import-entities");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("refused before it is planned")
                .isLessThan(Duration.ofSeconds(20));
        assertThat(reads.version()).isEqualTo(version);
    }

    @Test
    void aJsonImportAtTheLimit_isNotRefusedForItsSize() throws Exception {
        String body = "{\"format\":\"partnership-atlas/1\",\"organisations\":[{\"id\":\"x\"}]}";
        var answer = post("/api/import?mode=merge&dryRun=true", "application/json", body);
        assertThat(answer.status()).as("an ordinary bad file gets its field errors, not 413").isEqualTo(400);
    }
}
