package org.partnershipatlas.introductions;

import static org.assertj.core.api.Assertions.assertThat;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.partnershipatlas.AtlasSpringTest;
import org.partnershipatlas.api.ApiClient;
import org.partnershipatlas.TestWrites;
import org.partnershipatlas.model.LinkKind;
import org.partnershipatlas.model.LinkStatus;
import org.partnershipatlas.seed.WalesAfricaSeed;
import org.partnershipatlas.writes.NetworkWrites;

/**
 * Introductions run through the network as it is now: not through the Wales for Africa Health Links Network, which
 * became Global Health Partnerships Cymru in 2024, nor along an ended link — unless {@code current=false} asks for
 * the history; asking from a body that merged away asks from its successor, and says so.
 */
@AtlasSpringTest
class CurrentIntroductionsApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MERGED = "wales-for-africa-health-links-network";
    private static final String SUCCESSOR = "global-health-partnerships-cymru";

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

    private JsonNode get(String path) throws Exception {
        var response = api().get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** Every route's organisations, as text (link ids may keep an old name, so only paths are compared). */
    private static String paths(JsonNode answer) {
        var all = new StringBuilder();
        answer.get("routes").forEach(r -> all.append(r.get("path")));
        return all.toString();
    }

    @Test
    void routesAvoidTheMergedBody_unlessHistoryIsAskedFor() throws Exception {
        var seed = WalesAfricaSeed.load();
        var neighbours = seed.linksOf(MERGED).stream()
                .filter(l -> l.kind() != LinkKind.SUCCESSION && l.status() != LinkStatus.ENDED)
                .map(l -> l.otherEnd(MERGED)).distinct().toList();
        assertThat(neighbours).hasSizeGreaterThanOrEqualTo(2);
        String from = neighbours.get(0);
        String to = neighbours.get(1);

        JsonNode history = get("/api/introductions?from=" + from + "&to=" + to + "&k=5&current=false");
        assertThat(history.get("current").asBoolean()).isFalse();
        assertThat(paths(history)).contains("\"" + MERGED + "\"");

        JsonNode now = get("/api/introductions?from=" + from + "&to=" + to + "&k=5");
        assertThat(now.get("current").asBoolean()).isTrue();
        assertThat(now.get("routes")).isNotEmpty();
        assertThat(paths(now)).doesNotContain("\"" + MERGED + "\"").contains(SUCCESSOR);
        for (JsonNode route : now.get("routes")) {
            for (JsonNode step : route.get("evidence")) {
                for (JsonNode link : step.get("links")) {
                    assertThat(seed.link(link.get("id").asText()).orElseThrow().status()).isNotEqualTo(LinkStatus.ENDED);
                }
            }
        }

        JsonNode asked = get("/api/introductions?from=" + MERGED + "&country=LS&k=2");
        assertThat(asked.get("from").asText()).isEqualTo(SUCCESSOR);
        assertThat(asked.get("replaced").get(MERGED).asText()).isEqualTo(SUCCESSOR);
    }
}
