package org.partnershipatlas.quality;

import static org.assertj.core.api.Assertions.assertThat;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.partnershipatlas.AtlasSpringTest;
import org.partnershipatlas.api.ApiClient;
import org.partnershipatlas.api.ApiResponse;
import org.partnershipatlas.TestWrites;
import org.partnershipatlas.analytics.quality.GroupBy;
import org.partnershipatlas.analytics.gaps.GapAnalysis;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.security.Principals;
import org.partnershipatlas.seed.WalesAfricaSeed;
import org.partnershipatlas.writes.NetworkWrites;

/** Quality over HTTP: a Board's link assessed through the API moves its row, lands in "at risk", in two languages. */
@AtlasSpringTest
class QualityApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = Principals.basic("admin", AtlasSpringTest.ADMIN_PASSWORD);

    @LocalServerPort
    int port;
    @Autowired
    NetworkWrites writes;
    @Autowired
    NetworkReads reads;

    @BeforeEach
    void seed() {
        TestWrites.replace(writes, WalesAfricaSeed.load());
    }

    private ApiResponse get(String path, String language) throws Exception {
        return ApiClient.on(port).header("Accept-Language", language).get(path);
    }

    private ApiResponse assess(String link, String body) throws Exception {
        return ApiClient.on(port).as(ADMIN).postJson("/api/links/" + link + "/assessments", body);
    }

    private static JsonNode row(JsonNode groups, String id) {
        for (JsonNode g : groups.get("groups")) {
            if (g.get("id").asText().equals(id)) {
                return g;
            }
        }
        throw new AssertionError("no group " + id);
    }

    @Test
    void assessingABetsiLink_movesTheBoardsRow_andPutsTheLinkAtRisk_inEnglishAndWelsh() throws Exception {
        var board = reads.current().snapshot().organisation("betsi-cadwaladr-uhb").orElseThrow();
        String link = GapAnalysis.partnerLinks(reads.current().snapshot(), board).get(0).id();
        JsonNode before = row(JSON.readTree(get("/api/quality?group=health-boards", "en").body()), board.id());
        assertThat(before.get("assessedLinks").asInt()).isZero();
        assertThat(before.get("factors").get("trust").isNull()).isTrue();

        var created = assess(link, """
                {"date": "2026-06-30", "assessedBy": "Betsi Cadwaladr UHB international lead",
                 "charter": {"organisationalResponsibilities": 2, "reciprocalPartnership": 3},
                 "factors": {"trust": 3, "longTermVision": 1},
                 "challenges": {"logistics": "MAJOR", "sustainableFunding": "SOME"},
                 "evaluation": "NONE", "funders": ["Welsh Government Wales and Africa programme"], "fundedUntil": 2026,
                 "exitStrategy": false}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        JsonNode after = row(JSON.readTree(get("/api/quality?group=health-boards", "en").body()), board.id());
        assertThat(after.get("assessedLinks").asInt()).isEqualTo(1);
        assertThat(after.get("factors").get("trust").asDouble()).isEqualTo(3.0);
        assertThat(after.get("charter").get("goodPractice").isNull()).as("not assessed is null, not 0").isTrue();
        assertThat(after.get("challenges").get("logistics").get("MAJOR").asInt()).isEqualTo(1);
        assertThat(after.get("weakest").get(0).asText()).isEqualTo("longTermVision");
        assertThat(after.get("finding").asText()).contains("1 of").contains("weakest: long-term vision");
        JsonNode welsh = row(JSON.readTree(get("/api/quality?group=health-boards", "cy").body()), board.id());
        assertThat(welsh.get("finding").asText()).contains("Aseswyd 1 o").contains("gwannaf: gweledigaeth hirdymor");

        JsonNode risks = JSON.readTree(get("/api/quality/at-risk", "en").body()).get("links");
        assertThat(risks).anySatisfy(r -> {
            assertThat(r.get("id").asText()).isEqualTo(link);
            assertThat(r.get("reasons").toString()).contains("no exit strategy").contains("one funder only")
                    .contains("no monitoring and evaluation").contains("major challenge: logistics");
        });
        assertThat(JSON.readTree(get("/api/links/" + link + "/assessments", "en").body()).get("assessments")).hasSize(1);
    }

    @Test
    void trusts_areTheirOwnGroup() throws Exception {
        JsonNode trusts = JSON.readTree(get("/api/quality?group=trusts", "en").body()).get("groups");
        assertThat(trusts).hasSize(3);
        assertThat(get("/api/quality?group=planets", "en").status()).isEqualTo(400);
        assertThat(GroupBy.values()).hasSize(3);
    }

    @Test
    void aBadAssessment_isRefusedNamingEachField_andChangesNothing() throws Exception {
        long version = reads.version();
        String link = reads.current().snapshot().links().get(0).id();
        var refused = assess(link, """
                {"date": "2999-01-01", "factors": {"trust": 7, "friendship": 2}, "challenges": {"logistics": "HUGE"},
                 "evaluationUrl": "javascript:alert(1)"}""");
        assertThat(refused.status()).isEqualTo(400);
        String errors = JSON.readTree(refused.body()).get("errors").toString();
        assertThat(errors).contains("assessment.date").contains("assessment.factors.trust")
                .contains("assessment.factors.friendship").contains("assessment.challenges.logistics")
                .contains("assessment.evaluationUrl");
        assertThat(reads.version()).isEqualTo(version);
        assertThat(assess("no-such-link", "{\"date\": \"2026-01-01\"}").status()).isEqualTo(404);
    }
}
