package org.partnershipatlas.findings;

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
import org.partnershipatlas.seed.WalesAfricaSeed;
import org.partnershipatlas.writes.NetworkWrites;

/**
 * The decision APIs write their reasons as text in the language of {@code Accept-Language} (English by default) and
 * the findings — codes and arguments, names not ids — beside them, in the shapes they had.
 */
@AtlasSpringTest
class FindingsApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    private ApiClient api() {
        return ApiClient.on(port);
    }
    @Autowired
    NetworkWrites writes;

    @BeforeEach
    void seed() {
        TestWrites.replace(writes, WalesAfricaSeed.load());
    }

    private JsonNode get(String path, String language) throws Exception {
        ApiResponse response = api().header("Accept-Language", language).get(path);
        assertThat(response.status()).as(path + " → " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode postWhatIf(String body, String language) throws Exception {
        ApiResponse response = api().header("Accept-Language", language).postJson("/api/what-if", body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("result");
    }

    private static JsonNode board(JsonNode gaps, String id) {
        for (JsonNode b : gaps.get("healthBoards")) {
            if (b.get("id").asText().equals(id)) {
                return b;
            }
        }
        throw new AssertionError("no board " + id);
    }

    @Test
    void gaps_reasonsInTheAskedLanguage_withTheFindingsBeside() throws Exception {
        String withoutLink = TestWrites.boardWithoutKnownLink(writes);
        JsonNode english = board(get("/api/health-boards/gaps", null), withoutLink);
        JsonNode welsh = board(get("/api/health-boards/gaps", "cy"), withoutLink);
        assertThat(english.get("reasons").get(0).asText())
                .startsWith("no known link to a partner-country organisation (its only ties: International Health");
        assertThat(welsh.get("reasons").get(0).asText())
                .startsWith("dim cyswllt hysbys â sefydliad mewn gwlad bartner (ei unig gysylltiadau: International Health");
        assertThat(welsh.get("reasons")).hasSameSizeAs(english.get("reasons"));
        assertThat(welsh.get("findings")).as("codes do not depend on the language").isEqualTo(english.get("findings"));
        assertThat(english.at("/findings/0/code").asText()).isEqualTo("NO_PARTNER_LINK");
        assertThat(english.at("/findings/0/arguments/ties/names/0").asText()).contains("(IHCC)");
        assertThat(get("/api/health-boards/gaps", "en-GB").toString()).doesNotContain("dim cyswllt");

        JsonNode cwmTaf = board(get("/api/health-boards/gaps", "cy-GB,cy;q=0.9,en;q=0.5"), "cwm-taf-morgannwg-uhb");
        assertThat(cwmTaf.get("topBrokerName").asText()).startsWith("PONT");
        assertThat(cwmTaf.get("reasons").toString()).contains("o'i gysylltiadau'n mynd trwy PONT");
        JsonNode fragile = get("/api/health-boards/gaps", "cy").at("/fragileLinks/0");
        assertThat(fragile.get("explanation").asText()).startsWith("byddai colli'r cyswllt ");
        assertThat(fragile.at("/explanationFinding/code").asText()).isEqualTo("BRIDGE_CUTS_OFF");
        assertThat(fragile.get("fromName").asText()).isNotBlank();
    }

    @Test
    void brokers_reasonsInTheAskedLanguage_theirShareFirst() throws Exception {
        JsonNode english = get("/api/brokers?top=3", "en").at("/brokers/0");
        JsonNode welsh = get("/api/brokers?top=3", "cy").at("/brokers/0");
        assertThat(english.get("reasons").get(0).asText())
                .matches("on \\d+% of shortest routes between other organisations");
        assertThat(welsh.get("reasons").get(0).asText())
                .matches("ar \\d+% o'r llwybrau byrraf rhwng sefydliadau eraill");
        assertThat(english.at("/findings/0/code").asText()).isEqualTo("SHORTEST_ROUTES_SHARE");
        assertThat(english.at("/findings/0/arguments/percent").asDouble())
                .isCloseTo(100 * english.get("score").asDouble(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(english.get("findings")).hasSameSizeAs(english.get("reasons"));
        assertThat(welsh.get("roles")).as("role labels stay stable tokens").isEqualTo(english.get("roles"));
    }

    @Test
    void apiDocs_describeReasonsAsTheTextTheyAre() throws Exception {
        JsonNode schemas = get("/v3/api-docs", null).at("/components/schemas");
        assertThat(schemas.at("/BoardGap/properties/reasons/items/type").asText()).isEqualTo("string");
        assertThat(schemas.at("/BrokerView/properties/reasons/items/type").asText()).isEqualTo("string");
        // Beside the text, the findings themselves: the one Finding schema, code and arguments.
        assertThat(schemas.at("/BoardGap/properties/findings/items/$ref").asText()).isEqualTo("#/components/schemas/Finding");
        assertThat(schemas.at("/Finding/required").toString()).contains("code", "arguments");
    }

    @Test
    void introductionsSuggestionsAndWhatIf_explainInTheAskedLanguage() throws Exception {
        JsonNode route = get("/api/introductions?from=19-hills-health-and-wellbeing-centre&country=LS&k=1", "cy")
                .at("/routes/0");
        assertThat(route.get("explanation").asText()).startsWith("gofynnwch i Public Health Wales NHS Trust gyflwyno 19 Hills");
        assertThat(route.at("/explanationFinding/arguments/introducerId").asText()).isEqualTo("public-health-wales");
        JsonNode suggestion = get("/api/suggestions?for=19-hills-health-and-wellbeing-centre&top=3", "en")
                .at("/suggestions/0/evidence");
        assertThat(suggestion.get("reason").isTextual()).isTrue();
        assertThat(suggestion.at("/reasonFinding/code").asText()).isIn("HUB_TO_JOIN", "PARTNER_OF_HUB", "SHARED_PARTNERS");
        JsonNode whatIf = postWhatIf("{\"removeOrganisations\": [\"ihcc\"]}", "cy");
        assertThat(whatIf.get("explanation").asText()).startsWith("tynnu International Health Coordination Centre (IHCC): ");
        assertThat(whatIf.at("/separations/0/explanation").asText()).contains("wedi'u torri i ffwrdd oddi wrth");
        assertThat(whatIf.at("/explanationFinding/arguments/parts").asInt()).isPositive();
    }
}
