package org.partnershipatlas.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The packaged jar, as a newcomer runs it: seeded on first start, all-or-nothing imports, data kept on restart. It is
 * the shared app of the run ({@link SharedAtlas}), started the way an operator gives it its secrets, and restarted
 * here on its data folder.
 */
@ExtendWith(SharedAtlas.class)
class PackagedAppIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void packagedApp_servesTheSeed_refusesBadImports_andKeepsGoodOnesAcrossRestarts(SharedAtlas.Fixture shared)
            throws Exception {
        String goodMerge = """
                {"format": "partnership-atlas/1",
                 "organisations": [{"id": "it-newport-partner", "name": "Test partner <b>bold</b>", "type": "NGO",
                                    "country": "LS", "confidence": "ILLUSTRATIVE"}],
                 "links": [{"id": "it-link", "from": "19-hills-health-and-wellbeing-centre", "to": "it-newport-partner",
                            "kind": "HEALTH_LINK", "since": 2026, "confidence": "ILLUSTRATIVE"}]}
                """;
        // The network the app served on its first start, on an empty data folder, before any test wrote: the seed.
        JsonNode first = shared.firstServed();
        assertThat(first.get("format").asText()).isEqualTo("partnership-atlas/1");
        assertThat(first.get("organisations")).hasSize(192);
        assertThat(first.get("links")).hasSize(248);

        // Secrets as an operator gives them (SharedAtlas): the admin's on the command line, the mail password in the
        // environment, the backup passphrase in a file. None may land in the data folder.
        AtlasProcess app = shared.app();
        var made = app.post("/api/tokens", "application/json", "{\"name\": \"it\", \"roles\": [\"VIEWER\"]}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        String token = JSON.readTree(made.body()).get("token").asText();
        JsonNode network = JSON.readTree(app.get("/api/network").body());
        assertThat(network.get("format").asText()).isEqualTo("partnership-atlas/1");
        assertThat(network.get("organisations")).hasSize(192);
        assertThat(network.get("links")).hasSize(248);

        var bad = app.post("/api/import?mode=merge", "application/json", """
                {"format": "partnership-atlas/1", "links": [{"id": "it-bad", "from": "dolen-cymru",
                  "to": "no-such-org", "kind": "HEALTH_LINK", "confidence": "ILLUSTRATIVE"}]}
                """);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        JsonNode problem = JSON.readTree(bad.body());
        assertThat(problem.at("/errors/0/location").asText()).isEqualTo("links[0].to");
        assertThat(problem.at("/errors/0/value").asText()).isEqualTo("no-such-org");
        assertThat(JSON.readTree(app.get("/api/network").body()).get("links")).hasSize(248);

        var good = app.post("/api/import?mode=merge", "application/json", goodMerge);
        assertThat(good.statusCode()).as(good.body()).isEqualTo(200);
        assertThat(JSON.readTree(good.body()).get("organisationsCreated").asInt()).isEqualTo(1);

        var secrets = new ArrayList<>(shared.secrets());
        secrets.add(token);
        app = shared.restart(dataDir -> {
            assertThat(Files.isDirectory(dataDir.resolve("neo4j"))).isTrue();
            assertNoSecretsAndOwnerOnly(dataDir, secrets.toArray(String[]::new));
        });

        network = JSON.readTree(app.get("/api/network").body());
        assertThat(network.get("organisations")).hasSize(193);
        assertThat(network.get("links")).hasSize(249);
        assertThat(network.toString()).contains("Test partner <b>bold</b>");
        assertThat(app.get("/actuator/health").body()).contains("\"neo4j\":{\"status\":\"UP\"");
    }

    /**
     * No file under the data folder holds any of the secrets (as text: every file read as bytes, logs and store
     * files alike), and every file and folder in it is for its owner alone.
     */
    private static void assertNoSecretsAndOwnerOnly(Path dataDir, String... secrets) throws Exception {
        try (var files = Files.walk(dataDir)) {
            for (Path path : files.toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path)))
                        .as(dataDir.relativize(path) + " is owner-only").matches("...------");
                if (Files.isRegularFile(path)) {
                    String content = new String(Files.readAllBytes(path), java.nio.charset.StandardCharsets.ISO_8859_1);
                    for (String secret : secrets) {
                        assertThat(content).as(dataDir.relativize(path) + " holds a secret").doesNotContain(secret);
                    }
                }
            }
        }
    }
}
