package org.partnershipatlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.partnershipatlas.AtlasSpringTest;

/**
 * What the fuzzer of issue 19 found, answered as the document says: unknown query parameters are refused naming
 * them (but only on the API), TRACE and other methods no endpoint takes are 405 with Allow, and what the request
 * firewall refuses or a half-made story is 400 problem JSON — never a 500 with a stack trace.
 */
@AtlasSpringTest
class ApiRefusalsTest {
    @LocalServerPort
    int port;

    private ApiClient api() {
        return ApiClient.on(port);
    }

    private static void assertNoStackTrace(ApiResponse response) {
        assertThat(response.body()).doesNotContain("at org.", "at java.", "Exception", "<html");
    }

    @Test
    void anUnknownQueryParameter_is400NamingIt_onReadsAndWrites() {
        var misspelt = api().get("/api/metrics?yaer=2006");
        assertThat(misspelt.status()).isEqualTo(400);
        assertThat(misspelt.json().get("parameter").asText()).isEqualTo("yaer");
        assertThat(misspelt.json().get("detail").asText()).contains("unknown query parameter \"yaer\"")
                .contains("year");
        var write = api().asAdmin().postJson("/api/what-if?dryRun=true", "{\"removeOrganisations\": []}");
        assertThat(write.status()).isEqualTo(400);
        assertThat(write.json().get("parameter").asText()).isEqualTo("dryRun");
        var none = api().get("/api/quality/at-risk?illustrative=false&group=trusts");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().get("parameter").asText()).isEqualTo("group");
        // The export reads the explorer's whole URL: its parameters are known, others are not.
        assertThat(api().get("/api/export?format=json&country=LS&colour=region&tab=table").status()).isEqualTo(200);
        assertThat(api().get("/api/export?format=json&colur=region").json().get("parameter").asText())
                .isEqualTo("colur");
    }

    @Test
    void pagesAndStaticFiles_keepTheirOwnParameters() {
        assertThat(api().get("/network?yaer=2006&utm_source=newsletter").status()).isEqualTo(200);
        assertThat(api().get("/actuator/health?anything=1").status()).isEqualTo(200);
    }

    @Test
    void trace_andMethodsNoEndpointTakes_are405WithAllow() {
        for (String method : new String[] {"TRACE", "PROPFIND"}) {
            var refused = api().send(method, "/api/network", null, null);
            assertThat(refused.status()).as(method).isEqualTo(405);
            assertThat(refused.contentType()).as(method).startsWith("application/problem+json");
            assertThat(refused.header("Allow")).as(method).contains("GET");
            assertNoStackTrace(refused);
        }
        var patch = api().asAdmin().send("PATCH", "/api/metrics", null, null);
        assertThat(patch.status()).isEqualTo(405);
        assertThat(patch.header("Allow")).isEqualTo("GET");
    }

    @Test
    void aControlCharacterInAParameterName_is400ProblemJson_notA500() {
        var refused = api().get("/api/export?format=csv&%0E=1");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertNoStackTrace(refused);
        var value = api().get("/api/metrics?theme=%0E");
        assertThat(value.status()).isLessThan(500);
        assertNoStackTrace(value);
    }

    @Test
    void aStoryStepWithoutAView_orAStoryWithoutATitle_is400NamingIt() {
        var noView = api().asAdmin().postJson("/api/stories", "{\"title\": \"Half made\", \"steps\": [{\"text\": \"no view\"}]}");
        assertThat(noView.status()).as(noView.body()).isEqualTo(400);
        assertThat(noView.json().get("parameter").asText()).isEqualTo("steps[0].view");
        assertNoStackTrace(noView);
        var nullStep = api().asAdmin().postJson("/api/stories", "{\"title\": \"Half made\", \"steps\": [null]}");
        assertThat(nullStep.status()).isEqualTo(400);
        var noTitle = api().asAdmin().postJson("/api/stories", "{\"steps\": [{\"view\": \"/map\"}]}");
        assertThat(noTitle.status()).isEqualTo(400);
        assertNoStackTrace(noTitle);
    }
}
