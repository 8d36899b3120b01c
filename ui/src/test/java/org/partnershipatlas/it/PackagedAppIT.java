package org.partnershipatlas.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, as a newcomer runs it: seeded on first start, all-or-nothing imports, data kept on restart. */
class PackagedAppIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void packagedApp_servesTheSeed_refusesBadImports_andKeepsGoodOnesAcrossRestarts(@TempDir Path dataDir) throws Exception {
        String goodMerge = """
                {"format": "partnership-atlas/1",
                 "organisations": [{"id": "it-newport-partner", "name": "Test partner <b>bold</b>", "type": "NGO",
                                    "country": "LS", "confidence": "ILLUSTRATIVE"}],
                 "links": [{"id": "it-link", "from": "19-hills-health-and-wellbeing-centre", "to": "it-newport-partner",
                            "kind": "HEALTH_LINK", "since": 2026, "confidence": "ILLUSTRATIVE"}]}
                """;
        try (AtlasProcess app = AtlasProcess.start(dataDir)) {
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
        }
        assertThat(Files.isDirectory(dataDir.resolve("neo4j"))).isTrue();

        try (AtlasProcess app = AtlasProcess.start(dataDir)) {
            JsonNode network = JSON.readTree(app.get("/api/network").body());
            assertThat(network.get("organisations")).hasSize(96);
            assertThat(network.get("links")).hasSize(106);
            assertThat(network.toString()).contains("Test partner <b>bold</b>");
            assertThat(app.get("/actuator/health").body()).contains("\"neo4j\":{\"status\":\"UP\"");
        }
    }
}
