package org.partnershipatlas.layouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.partnershipatlas.AtlasSpringTest;
import org.partnershipatlas.api.ApiClient;
import org.partnershipatlas.api.ApiResponse;
import org.partnershipatlas.network.ExplorerState;
import org.partnershipatlas.security.Principals;
import org.partnershipatlas.store.LayoutStore;
import org.partnershipatlas.stories.StoryViews;
import org.partnershipatlas.users.UserAdministration;

/**
 * Saved arrangements over real HTTP and the real Neo4j: editors save, replace and delete them, every reader reads
 * them, and every refusal names its field and leaves the store as it was.
 */
@AtlasSpringTest
class LayoutsApiTest {
    @LocalServerPort
    int port;
    @Autowired
    UserAdministration users;
    @Autowired
    LayoutStore store;

    private Map<String, Principals.Principal> who;

    @BeforeEach
    void principals() {
        who = Principals.ensure(users);
    }

    private ApiClient as(String principal) {
        return ApiClient.on(port).as(who.get(principal).authorization());
    }

    private static String body(String base, String id, double x, double y) {
        return "{\"base\": \"" + base + "\", \"positions\": [{\"id\": \"" + id + "\", \"x\": " + x + ", \"y\": " + y + "}]}";
    }

    @Test
    void anEditorSaves_everyoneReads_savingAgainReplaces_andDeleteRemoves() {
        var created = as("editor").putJson("/api/layouts/Lesotho%20first", body("wales-left", "dolen-cymru", 120.5, -40));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("show").asText()).isEqualTo("/network?layout=saved%3ALesotho%20first");
        var read = ApiClient.on(port).get("/api/layouts/Lesotho%20first");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("base").asText()).isEqualTo("wales-left");
        assertThat(read.json().get("positions").get(0).get("id").asText()).isEqualTo("dolen-cymru");
        assertThat(read.json().get("positions").get(0).get("x").asDouble()).isEqualTo(120.5);
        assertThat(read.json().get("positions").get(0).get("y").asDouble()).isEqualTo(-40);
        assertThat(read.json().get("savedBy").asText()).isEqualTo("matrix-editor");
        var list = ApiClient.on(port).get("/api/layouts");
        assertThat(list.json().get("layouts").findValuesAsText("name")).contains("Lesotho first");

        var replaced = as("editor").putJson("/api/layouts/Lesotho%20first", body("force", "pont", 1, 2));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(store.layout("Lesotho first").orElseThrow().positions()).singleElement()
                .satisfies(p -> assertThat(p.id()).isEqualTo("pont"));
        assertThat(store.layout("Lesotho first").orElseThrow().base()).isEqualTo("force");

        assertThat(as("editor").delete("/api/layouts/Lesotho%20first").status()).isEqualTo(204);
        assertThat(ApiClient.on(port).get("/api/layouts/Lesotho%20first").status()).isEqualTo(404);
        assertThat(as("editor").delete("/api/layouts/Lesotho%20first").status()).isEqualTo(404);
    }

    @Test
    void badNamesAndPositions_areRefusedNamingTheField_andNothingIsStored() {
        String before = store.layouts().toString();
        assertRefused("/api/layouts/%3Cscript%3Ealert(1)%3C%3E", body("wales-left", "pont", 1, 1), "name");
        assertRefused("/api/layouts/a%E2%80%AEb", body("wales-left", "pont", 1, 1), "name");
        assertRefused("/api/layouts/" + "x".repeat(81), body("wales-left", "pont", 1, 1), "name");
        assertRefused("/api/layouts/saved%3Ax", body("wales-left", "pont", 1, 1), "name");
        assertRefused("/api/layouts/Good%20name", body("wales-left", "no-such-organisation", 1, 1), "positions[0].id");
        assertRefused("/api/layouts/Good%20name", body("spiral", "pont", 1, 1), "base");
        assertRefused("/api/layouts/Good%20name", "{\"positions\": [{\"id\": \"pont\", \"x\": 1e400, \"y\": 0}]}",
                "positions[0].x");
        assertRefused("/api/layouts/Good%20name", "{\"positions\": [{\"id\": \"pont\", \"x\": 1, \"y\": 2000000}]}",
                "positions[0].y");
        assertRefused("/api/layouts/Good%20name", "{\"positions\": [{\"id\": \"pont\", \"x\": 1, \"y\": 2}, "
                + "{\"id\": \"pont\", \"x\": 3, \"y\": 4}]}", "positions[1].id");
        var many = new StringBuilder("{\"positions\": [");
        for (int i = 0; i <= 20_000; i++) {
            many.append(i == 0 ? "" : ",").append("{\"id\": \"pont\", \"x\": 1, \"y\": 1}");
        }
        assertRefused("/api/layouts/Good%20name", many.append("]}").toString(), "positions");
        assertThat(store.layouts().toString()).isEqualTo(before);
    }

    private void assertRefused(String path, String json, String field) {
        ApiResponse refused = as("editor").putJson(path, json);
        assertThat(refused.status()).as(path + " " + refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("parameter").asText()).as(refused.body()).isEqualTo(field);
        assertThat(refused.body()).doesNotContain("Exception", "at org.");
    }

    @Test
    void onlyEditorsWhoAreNotStewardsSave_andRefusalsChangeNothing() {
        String before = store.layouts().toString();
        assertThat(ApiClient.on(port).putJson("/api/layouts/Anyone", body("wales-left", "pont", 1, 1)).status())
                .isEqualTo(401);
        assertThat(as("viewer").putJson("/api/layouts/Viewer", body("wales-left", "pont", 1, 1)).status()).isEqualTo(403);
        assertThat(as("steward editor").putJson("/api/layouts/Steward", body("wales-left", "dolen-cymru", 1, 1)).status())
                .isEqualTo(403);
        assertThat(store.layouts().toString()).isEqualTo(before);
        assertThat(as("editor").putJson("/api/layouts/Kept", body("wales-left", "pont", 1, 1)).status()).isEqualTo(201);
        assertThat(as("viewer").delete("/api/layouts/Kept").status()).isEqualTo(403);
        assertThat(as("steward editor").delete("/api/layouts/Kept").status()).isEqualTo(403);
        assertThat(ApiClient.on(port).delete("/api/layouts/Kept").status()).isEqualTo(401);
        assertThat(store.layout("Kept")).isPresent();
        assertThat(as("admin").delete("/api/layouts/Kept").status()).isEqualTo(204);
    }

    @Test
    void theExplorersAddress_holdsASavedLayout_andAStoryStepMayShowIt() {
        var state = ExplorerState.fromQuery(Map.of("layout", List.of("saved:Lesotho first"), "country", List.of("LS")));
        assertThat(state.savedLayout()).isEqualTo("Lesotho first");
        assertThat(state.toQuery().get("layout")).containsExactly("saved:Lesotho first");
        assertThat(ExplorerState.fromQuery(state.toQuery())).isEqualTo(state);
        assertThat(state.withLayout(state.layout()).savedLayout()).isNull();
        assertThat(StoryViews.check("/network?country=LS&layout=saved%3ALesotho%20first")).isEqualTo("network");
        assertThat(ApiClient.on(port).get("/network?layout=saved%3ANo%20such%20layout").status()).isEqualTo(200);
    }
}
