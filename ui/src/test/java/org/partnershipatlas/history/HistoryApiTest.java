package org.partnershipatlas.history;

import static org.assertj.core.api.Assertions.assertThat;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.partnershipatlas.AtlasSpringTest;
import org.partnershipatlas.api.ApiClient;
import org.partnershipatlas.api.ApiResponse;
import org.partnershipatlas.TestWrites;
import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.security.Principals;
import org.partnershipatlas.seed.WalesAfricaSeed;
import org.partnershipatlas.writes.NetworkWrites;

/** The history API over HTTP: listing and filtering, undo, and an undo refused because later changes overlap. */
@AtlasSpringTest
class HistoryApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = Principals.basic("admin", AtlasSpringTest.ADMIN_PASSWORD);

    @LocalServerPort
    int port;

    private ApiClient api() {
        return ApiClient.on(port);
    }
    @Autowired
    NetworkWrites writes;
    @Autowired
    NetworkReads reads;

    @BeforeEach
    void seed() {
        TestWrites.replace(writes, WalesAfricaSeed.load());
    }

    private ApiResponse send(String method, String path) throws Exception {
        return api().as(ADMIN).send(method, path, null, null);
    }

    private ApiResponse rename(String id, String name) throws Exception {
        ObjectNode body = (ObjectNode) JsonSnapshotFormat.toJsonNode(reads.current().snapshot().organisation(id).orElseThrow());
        body.put("name", name);
        return api().as(ADMIN).putJson("/api/organisations/" + id + "?reason=fix+the+name", body.toString());
    }

    private String name(String id) {
        return reads.current().snapshot().organisation(id).orElseThrow().name();
    }

    @Test
    void history_listsTheChangeWithWhoWhenWhyAndBothStates_filteredByEntity() throws Exception {
        assertThat(rename("quthing-hospital", "Quthing Government Hospital").status()).isEqualTo(200);
        JsonNode changes = JSON.readTree(send("GET", "/api/history?limit=5&entity=quthing-hospital").body()).get("changes");
        JsonNode latest = changes.get(0);
        assertThat(latest.get("actor").asText()).isEqualTo("admin");
        assertThat(latest.get("kind").asText()).isEqualTo("edit");
        assertThat(latest.get("reason").asText()).isEqualTo("fix the name");
        assertThat(latest.get("at").asText()).isNotBlank();
        assertThat(latest.at("/entities/0/type").asText()).isEqualTo("organisation");
        assertThat(latest.at("/entities/0/after/name").asText()).isEqualTo("Quthing Government Hospital");
        assertThat(latest.at("/entities/0/before/name").asText()).isNotEqualTo("Quthing Government Hospital");
        for (JsonNode c : changes) {
            assertThat(c.toString()).contains("quthing-hospital");
        }
        assertThat(send("GET", "/api/history?limit=0").status()).isEqualTo(400);
        assertThat(send("GET", "/api/history?kind=explosion").status()).isEqualTo(400);
        assertThat(send("GET", "/api/history/999999999").status()).isEqualTo(404);
    }

    @Test
    void undo_restoresTheBeforeState_asANewChange() throws Exception {
        String original = name("quthing-hospital");
        long change = JSON.readTree(send("GET", "/api/history?limit=1").body()).at("/changes/0/id").asLong();
        rename("quthing-hospital", "Renamed by mistake");
        long mistake = JSON.readTree(send("GET", "/api/history?limit=1").body()).at("/changes/0/id").asLong();
        assertThat(mistake).isGreaterThan(change);
        var undone = send("POST", "/api/history/" + mistake + "/undo");
        assertThat(undone.status()).as(undone.body()).isEqualTo(200);
        JsonNode made = JSON.readTree(undone.body());
        assertThat(made.get("kind").asText()).isEqualTo("undo");
        assertThat(made.at("/details/undoes/0").asLong()).isEqualTo(mistake);
        assertThat(name("quthing-hospital")).isEqualTo(original);
    }

    @Test
    void undo_afterALaterChangeToTheSameEntity_is409NamingIt_unlessAlsoLater() throws Exception {
        String original = name("quthing-hospital");
        rename("quthing-hospital", "First");
        long first = JSON.readTree(send("GET", "/api/history?limit=1").body()).at("/changes/0/id").asLong();
        rename("quthing-hospital", "Second");
        long second = first + 1;
        long version = reads.version();
        var refused = send("POST", "/api/history/" + first + "/undo");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        assertThat(JSON.readTree(refused.body()).at("/later/0/id").asLong()).isEqualTo(second);
        assertThat(reads.version()).isEqualTo(version);
        assertThat(name("quthing-hospital")).isEqualTo("Second");

        var both = send("POST", "/api/history/" + first + "/undo?alsoLater=true");
        assertThat(both.status()).as(both.body()).isEqualTo(200);
        assertThat(name("quthing-hospital")).isEqualTo(original);
    }

    @Test
    void undo_ofADeletionWithLinks_bringsTheOrganisationAndItsLinksBack() throws Exception {
        int links = reads.current().snapshot().linksOf("quthing-hospital").size();
        assertThat(send("DELETE", "/api/organisations/quthing-hospital?withLinks=true").status()).isEqualTo(200);
        long deletion = reads.version();
        assertThat(reads.current().snapshot().organisation("quthing-hospital")).isEmpty();
        assertThat(send("POST", "/api/history/" + deletion + "/undo").status()).isEqualTo(200);
        assertThat(reads.current().snapshot().organisation("quthing-hospital")).isPresent();
        assertThat(reads.current().snapshot().linksOf("quthing-hospital")).hasSize(links);
        assertThat(JsonSnapshotFormat.toJson(reads.current().snapshot(), false))
                .isEqualTo(JsonSnapshotFormat.toJson(WalesAfricaSeed.load().sortedById(), false));
    }
}
