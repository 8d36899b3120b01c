package org.partnershipatlas.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import org.partnershipatlas.AtlasSpringTest;
import org.partnershipatlas.api.ApiClient;
import org.partnershipatlas.api.ApiResponse;
import org.partnershipatlas.format.CsvSnapshotFormat;
import org.partnershipatlas.seed.WalesAfricaSeed;
import org.partnershipatlas.TestWrites;
import org.partnershipatlas.writes.NetworkWrites;

@AtlasSpringTest
class DataControllerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORG_HEADER =
            "id,name,type,country,city,founded,website,description,seeking_partner,confidence,sources\r\n";

    @LocalServerPort
    int port;
    @Autowired
    NetworkWrites writes;

    @BeforeEach
    void startFromTheSeed() {
        TestWrites.replace(writes, WalesAfricaSeed.load());
    }

    private ApiClient http() {
        return ApiClient.on(port);
    }

    private ApiClient admin() {
        return http().asAdmin();
    }

    private ApiResponse postJson(String url, String body) {
        return admin().postJson(url, body);
    }

    private ApiResponse postCsv(String mode, String organisations, String links) {
        var parts = new ArrayList<ApiClient.Part>();
        parts.add(ApiClient.Part.file("organisations", "organisations.csv", "text/csv", organisations));
        if (links != null) {
            parts.add(ApiClient.Part.file("links", "links.csv", "text/csv", links));
        }
        return admin().multipart("POST", "/api/import?mode=" + mode, parts.toArray(ApiClient.Part[]::new));
    }

    private JsonNode network() throws Exception {
        return JSON.readTree(http().get("/api/network").body());
    }

    @Test
    void getNetwork_returnsTheSeedAsNativeJson() throws Exception {
        ApiResponse response = http().get("/api/network");
        assertThat(MediaType.parseMediaType(response.contentType()).isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(response.header("ETag")).isNotBlank();
        JsonNode network = JSON.readTree(response.body());
        assertThat(network.get("organisations")).hasSize(192);
        assertThat(network.at("/organisations/0/sources/0/citation").asText()).isNotBlank();
    }

    @Test
    void importJson_replace_swapsTheNetwork_andIllustrativeCanBeLeftOut() throws Exception {
        var response = postJson("/api/import?mode=replace", """
                {"format": "partnership-atlas/1", "organisations": [
                  {"id": "example", "name": "Example", "type": "NGO", "confidence": "ILLUSTRATIVE"}]}
                """);
        assertThat(response.status()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("totalOrganisations").asInt()).isEqualTo(1);
        assertThat(network().get("organisations")).hasSize(1);
        assertThat(JSON.readTree(http().get("/api/network?illustrative=false").body())
                .get("organisations")).isEmpty();
    }

    @Test
    void importCsv_merge_addsRows() throws Exception {
        var response = postCsv("merge", ORG_HEADER + "csv-org,From a spreadsheet,NGO,KE,,,,,,ILLUSTRATIVE,\r\n",
                String.join(",", CsvSnapshotFormat.LINK_COLUMNS) + "\r\n"
                        + "csv-link,csv-org,dolen-cymru,COLLABORATION,2020,,ACTIVE,mental health,,UNKNOWN,,ILLUSTRATIVE,\r\n");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode result = JSON.readTree(response.body());
        assertThat(result.get("organisationsCreated").asInt()).isEqualTo(1);
        assertThat(result.get("linksCreated").asInt()).isEqualTo(1);
        assertThat(network().get("links")).hasSize(248 + 1);
    }

    @Test
    void importCsv_withErrors_answers400ListingEveryErrorAndChangesNothing() throws Exception {
        String before = http().get("/api/network").body();
        var response = postCsv("merge", ORG_HEADER
                        + "ok-org,Fine,NGO,KE,,,,,,ILLUSTRATIVE,\r\n"
                        + "bad-org,Bad,SPACESHIP,KE,,,,,,ILLUSTRATIVE,\r\n",
                String.join(",", CsvSnapshotFormat.LINK_COLUMNS) + "\r\n"
                        + "bad-link,ok-org,xyz,HEALTH_LINK,,,UNKNOWN,,,UNKNOWN,,ILLUSTRATIVE,\r\n");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).contains("application/problem+json");
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        assertThat(errors.findValuesAsText("location")).containsExactlyInAnyOrder(
                "organisations.csv line 3, column \"type\"", "links.csv line 2, column \"to\"");
        assertThat(http().get("/api/network").body()).isEqualTo(before);
    }

    @Test
    void importJson_malformedOrUnknownMode_isABadRequestWithoutAStackTrace() throws Exception {
        var broken = postJson("/api/import", "{\"format\": ");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body()).contains("not valid JSON").doesNotContain("at org.");

        var mode = postJson("/api/import?mode=DROP%20DATABASE", "{}");
        assertThat(mode.status()).isEqualTo(400);
        assertThat(JSON.readTree(mode.body()).get("parameter").asText()).isEqualTo("mode");
    }
}
