package org.partnershipatlas.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.partnershipatlas.AtlasSpringTest;
import org.partnershipatlas.api.ApiClient;
import org.partnershipatlas.api.ApiResponse;
import org.partnershipatlas.model.Activity;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Learning;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.LinkKind;
import org.partnershipatlas.model.LinkStatus;
import org.partnershipatlas.model.Source;
import org.partnershipatlas.seed.WalesAfricaSeed;
import org.partnershipatlas.TestWrites;
import org.partnershipatlas.writes.NetworkWrites;

/** Every analysis endpoint against the running app on a real embedded Neo4j holding the seed. */
@AtlasSpringTest
class AnalysisApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NINETEEN_HILLS = "19-hills-health-and-wellbeing-centre";

    @LocalServerPort
    int port;
    @Autowired
    NetworkWrites writes;

    @BeforeEach
    void startFromTheSeed() {
        TestWrites.replace(writes, WalesAfricaSeed.load());
    }

    private JsonNode get(String url) throws Exception {
        ApiResponse response = http().get(url);
        assertThat(response.status()).as(url + " → " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private ApiClient http() {
        return ApiClient.on(port);
    }

    private ApiResponse postJson(String url, String body) {
        return http().postJson(url, body);
    }

    @Test
    void healthBoardGaps_listSevenBoardsAgainstTheirMedianWithReasons() throws Exception {
        JsonNode gaps = get("/api/health-boards/gaps");
        JsonNode boards = gaps.get("healthBoards");
        assertThat(boards).hasSize(7);
        // Hywel Dda: its partners only through a Glangwili volunteer's charity and the paper's unnamed partner.
        JsonNode hywelDda = find(boards, "hywel-dda-uhb");
        assertThat(hywelDda.get("underLinked").asBoolean()).isTrue();
        assertThat(hywelDda.get("reasons")).isNotEmpty();
        assertThat(hywelDda.at("/metrics/links").asInt()).isPositive()
                .isLessThan(hywelDda.at("/peerMedian/links").asInt());
        assertThat(hywelDda.at("/peerMedian/boards").asInt()).isEqualTo(7);
        assertThat(gaps.get("themesWithOneLink")).isNotEmpty();
        assertThat(gaps.get("fragileLinks")).isNotEmpty();
    }

    @Test
    void healthBoardGapReasons_changeWhenALinkIsAdded() throws Exception {
        JsonNode before = find(get("/api/health-boards/gaps").get("healthBoards"), "hywel-dda-uhb");
        assertThat(before.get("countries").toString()).doesNotContain("LS");
        TestWrites.create(writes, new Link("test-hywel-dda-lesotho", "hywel-dda-uhb", "quthing-hospital",
                LinkKind.HEALTH_LINK, 2020, null, LinkStatus.ACTIVE, List.of("maternal health"),
                List.of(Activity.RESEARCH), Learning.RECIPROCAL, null, null, Confidence.A,
                List.of(new Source("test fixture", null))));
        JsonNode after = find(get("/api/health-boards/gaps").get("healthBoards"), "hywel-dda-uhb");
        assertThat(after.at("/metrics/links").asInt()).isEqualTo(before.at("/metrics/links").asInt() + 1);
        assertThat(after.get("countries").toString()).contains("LS");
        assertThat(after.get("reasons")).isNotEqualTo(before.get("reasons"));
    }

    @Test
    void coverage_isAMatrixOfBoardsByCountry() throws Exception {
        JsonNode matrix = get("/api/health-boards/coverage?dimension=country");
        assertThat(matrix.get("rows")).hasSize(7);
        assertThat(matrix.get("columns").toString()).contains("LS", "KE");
        assertThat(http().get("/api/health-boards/coverage?dimension=planet")
                .status()).isEqualTo(400);
    }

    @Test
    void brokers_areRankedWithRolesAndReasons() throws Exception {
        JsonNode brokers = get("/api/brokers?top=5").get("brokers");
        assertThat(brokers).hasSize(5);
        assertThat(brokers.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(brokers.get(0).get("score").asDouble()).isPositive();
        assertThat(brokers.get(0).get("reasons")).isNotEmpty();
        assertThat(brokers.get(0).get("roles")).isNotEmpty();
    }

    @Test
    void nineteenHills_getsARouteToAPartnerInLesothoOrKenyaWithAnIntroducer() throws Exception {
        boolean found = false;
        for (String country : List.of("LS", "KE")) {
            JsonNode routes = get("/api/introductions?from=" + NINETEEN_HILLS + "&country=" + country + "&k=3").get("routes");
            for (JsonNode route : routes) {
                assertThat(route.get("path").get(0).asText()).isEqualTo(NINETEEN_HILLS);
                assertThat(route.get("evidence")).isNotEmpty();
                found |= route.hasNonNull("introducer") && !route.get("introducer").asText().isBlank();
            }
        }
        assertThat(found).isTrue();
    }

    @Test
    void suggestions_forTheCentreSeekingAPartner_comeWithEvidence() throws Exception {
        JsonNode suggestions = get("/api/suggestions?for=" + NINETEEN_HILLS + "&method=adamic-adar&top=5").get("suggestions");
        assertThat(suggestions).isNotEmpty();
        assertThat(suggestions.get(0).get("source").asText()).isEqualTo(NINETEEN_HILLS);
        assertThat(suggestions.get(0).at("/evidence/reason").asText()).isNotBlank();
    }

    @Test
    void routesToAnOrganisationAndAThemeWork() throws Exception {
        assertThat(get("/api/introductions?from=public-health-wales&to=busia-county-referral-hospital&k=2").get("routes")).isNotEmpty();
        assertThat(get("/api/introductions?from=hywel-dda-uhb&theme=maternal&k=2").get("routes")).isNotEmpty();
    }

    @Test
    void whatIf_removingABroker_cutsPartsOffAndChangesScores() throws Exception {
        JsonNode top = get("/api/brokers?top=1").at("/brokers/0");
        var response = postJson("/api/what-if", "{\"removeOrganisations\": [\"" + top.get("id").asText() + "\"]}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode result = JSON.readTree(response.body()).get("result");
        assertThat(result.get("componentsAfter").asInt()).isGreaterThanOrEqualTo(result.get("componentsBefore").asInt());
        assertThat(result.get("biggestChanges")).isNotEmpty();
        assertThat(result.get("explanation").asText()).isNotBlank();
    }

    @Test
    void metricsAndSummary_answerForTheWholeNetworkAndAsOfAYear() throws Exception {
        JsonNode all = get("/api/metrics");
        assertThat(all.get("metrics")).hasSize(192);
        assertThat(all.get("conventions")).isNotEmpty();
        JsonNode in2006 = get("/api/summary?year=2006");
        JsonNode now = get("/api/summary");
        assertThat(in2006.at("/summary/links").asInt()).isLessThan(now.at("/summary/links").asInt());
        assertThat(get("/api/metrics?kind=health-link&country=LS&country=GB-WLS").get("metrics")).isNotEmpty();
    }

    @Test
    void unknownIds_are404sNamingTheId() throws Exception {
        var routes = http().get("/api/introductions?from=no-such-org&country=LS");
        assertThat(routes.status()).isEqualTo(404);
        assertThat(JSON.readTree(routes.body()).get("id").asText()).isEqualTo("no-such-org");
        var target = http().get("/api/introductions?from=dolen-cymru&to=ghost-org");
        assertThat(target.status()).isEqualTo(404);
        assertThat(target.body()).contains("ghost-org");
        var whatIf = postJson("/api/what-if", "{\"removeLinks\": [\"no-such-link\"]}");
        assertThat(whatIf.status()).isEqualTo(404);
        assertThat(whatIf.body()).contains("no-such-link");
        assertThat(http().get("/api/introductions?from=dolen-cymru&country=IS")
                .status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/brokers?top=0", "/api/brokers?top=100000",
            "/api/introductions?from=dolen-cymru&country=LS&k=100000",
            "/api/introductions?from=dolen-cymru&k=3",
            "/api/introductions?from=dolen-cymru&to=pont&country=LS",
            "/api/introductions?from=')%20DETACH%20DELETE%20n%20//&country=LS",
            "/api/suggestions?for=dolen-cymru&method=telepathy",
            "/api/metrics?year=-5", "/api/metrics?year=99999", "/api/metrics?kind=FRIENDSHIP",
            "/api/metrics?country=%3Cscript%3E", "/api/summary?year=abc"})
    void badParameters_are400ProblemsWithoutAStackTrace(String url) throws Exception {
        ApiResponse response = http().get(url);
        assertThat(response.status()).as(url).isEqualTo(400);
        assertThat(response.contentType()).contains("problem+json");
        assertThat(response.body()).doesNotContain("at org.", "Exception");
    }

    @Test
    void openApi_describesEveryEndpoint() throws Exception {
        JsonNode paths = get("/v3/api-docs").get("paths");
        assertThat(paths.has("/api/health-boards/gaps")).isTrue();
        assertThat(paths.has("/api/brokers")).isTrue();
        assertThat(paths.has("/api/introductions")).isTrue();
        assertThat(paths.has("/api/suggestions")).isTrue();
        assertThat(paths.has("/api/what-if")).isTrue();
        assertThat(paths.has("/api/metrics")).isTrue();
        assertThat(paths.has("/api/summary")).isTrue();
        assertThat(paths.has("/api/network")).isTrue();
    }

    private static JsonNode find(JsonNode array, String id) {
        for (JsonNode node : array) {
            if (node.get("id").asText().equals(id)) {
                return node;
            }
        }
        throw new AssertionError(id + " not in " + array);
    }
}
