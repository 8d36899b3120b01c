package org.partnershipatlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code atlas.neo4j.uri} set, the app uses that server (here a separately started Neo4j standing in for an
 * external server or cluster) and starts no database of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.MethodName.class)
@org.springframework.test.annotation.DirtiesContext
class ExternalNeo4jTest {
    private static final Path SERVER_DIR = tempDir("external-neo4j");
    private static final Path APP_DATA_DIR = tempDir("app-data");
    private static final EmbeddedNeo4j EXTERNAL = EmbeddedNeo4j.start(SERVER_DIR, 0, "64m");

    @DynamicPropertySource
    static void pointAtTheExternalServer(DynamicPropertyRegistry registry) {
        registry.add("atlas.neo4j.uri", EXTERNAL::boltUri);
        registry.add("atlas.neo4j.username", () -> EmbeddedNeo4j.USER);
        registry.add("atlas.neo4j.password", EXTERNAL::password);
        registry.add("atlas.data-dir", APP_DATA_DIR::toString);
        registry.add("atlas.security.admin-password", () -> "external-admin-password");
    }

    @AfterAll
    static void stopServer() {
        EXTERNAL.close();
    }

    @Autowired
    TestRestTemplate http;

    @Test
    void externalUri_isUsedAndNoEmbeddedDatabaseStarts() {
        assertThat(http.getForObject("/api/network", String.class)).contains("\"dolen-cymru\"");
        assertThat(http.getForObject("/actuator/health", String.class)).contains("\"neo4j\":{\"status\":\"UP\"");
        assertThat(APP_DATA_DIR.resolve("neo4j")).doesNotExist();
        assertThat(SERVER_DIR.resolve("neo4j")).isDirectory();
    }

    @Test
    void zz_health_isDownOnceNeo4jStopsAnswering_andRequestsAre503WithRetryAfterWithinFiveSeconds() {
        EXTERNAL.close();
        var response = http.getForEntity("/actuator/health", String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getBody()).contains("\"neo4j\":{\"status\":\"DOWN\"");

        var admin = new org.springframework.http.HttpHeaders();
        admin.setBasicAuth("admin", "external-admin-password");
        admin.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        var token = new org.springframework.http.HttpHeaders();
        token.setBearerAuth("atlas_not-a-token-but-the-store-cannot-say");
        for (var request : java.util.List.of(
                org.springframework.http.RequestEntity.get("/api/network").build(),
                org.springframework.http.RequestEntity.get("/api/brokers").build(),
                org.springframework.http.RequestEntity.post("/api/organisations").headers(admin)
                        .body("{\"id\": \"x\", \"name\": \"X\", \"type\": \"NGO\", \"confidence\": \"A\"}"),
                org.springframework.http.RequestEntity.get("/api/network").headers(token).build())) {
            long started = System.nanoTime();
            var answer = http.exchange(request, String.class);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(answer.getStatusCode().value()).as(request + ": " + answer.getBody()).isEqualTo(503);
            assertThat(answer.getHeaders().getFirst("Retry-After")).as(request.toString()).isNotBlank();
            assertThat(answer.getBody()).contains("database-unavailable").doesNotContain("credentials");
            assertThat(millis).as(request + " answered in ms").isLessThan(5_000);
        }
    }

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
