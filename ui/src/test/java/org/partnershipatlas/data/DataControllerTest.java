package org.partnershipatlas.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import org.partnershipatlas.AtlasSpringTest;
import org.partnershipatlas.format.CsvSnapshotFormat;
import org.partnershipatlas.seed.WalesAfricaSeed;
import org.partnershipatlas.TestWrites;
import org.partnershipatlas.writes.NetworkWrites;

@AtlasSpringTest
class DataControllerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORG_HEADER =
            "id,name,type,country,city,founded,website,description,seeking_partner,confidence,sources\r\n";

    @Autowired
    TestRestTemplate http;
    @Autowired
    NetworkWrites writes;

    @BeforeEach
    void startFromTheSeed() {
        TestWrites.replace(writes, WalesAfricaSeed.load());
    }

    private TestRestTemplate admin() {
        return http.withBasicAuth("admin", AtlasSpringTest.ADMIN_PASSWORD);
    }

    private ResponseEntity<String> postJson(String url, String body) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return admin().postForEntity(url, new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> postCsv(String mode, String organisations, String links) {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("organisations", file("organisations.csv", organisations));
        if (links != null) {
            parts.add("links", file("links.csv", links));
        }
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return admin().postForEntity("/api/import?mode=" + mode, new HttpEntity<>(parts, headers), String.class);
    }

    private static HttpEntity<ByteArrayResource> file(String name, String content) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        return new HttpEntity<>(new ByteArrayResource(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        }, headers);
    }

    private JsonNode network() throws Exception {
        return JSON.readTree(http.getForObject("/api/network", String.class));
    }

    @Test
    void getNetwork_returnsTheSeedAsNativeJson() throws Exception {
        ResponseEntity<String> response = http.getForEntity("/api/network", String.class);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(response.getHeaders().getETag()).isNotBlank();
        JsonNode network = JSON.readTree(response.getBody());
        assertThat(network.get("organisations")).hasSize(192);
        assertThat(network.at("/organisations/0/sources/0/citation").asText()).isNotBlank();
    }

    @Test
    void importJson_replace_swapsTheNetwork_andIllustrativeCanBeLeftOut() throws Exception {
        var response = postJson("/api/import?mode=replace", """
                {"format": "partnership-atlas/1", "organisations": [
                  {"id": "example", "name": "Example", "type": "NGO", "confidence": "ILLUSTRATIVE"}]}
                """);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(JSON.readTree(response.getBody()).get("totalOrganisations").asInt()).isEqualTo(1);
        assertThat(network().get("organisations")).hasSize(1);
        assertThat(JSON.readTree(http.getForObject("/api/network?illustrative=false", String.class))
                .get("organisations")).isEmpty();
    }

    @Test
    void importCsv_merge_addsRows() throws Exception {
        var response = postCsv("merge", ORG_HEADER + "csv-org,From a spreadsheet,NGO,KE,,,,,,ILLUSTRATIVE,\r\n",
                String.join(",", CsvSnapshotFormat.LINK_COLUMNS) + "\r\n"
                        + "csv-link,csv-org,dolen-cymru,COLLABORATION,2020,,ACTIVE,mental health,,UNKNOWN,,ILLUSTRATIVE,\r\n");
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        JsonNode result = JSON.readTree(response.getBody());
        assertThat(result.get("organisationsCreated").asInt()).isEqualTo(1);
        assertThat(result.get("linksCreated").asInt()).isEqualTo(1);
        assertThat(network().get("links")).hasSize(248 + 1);
    }

    @Test
    void importCsv_withErrors_answers400ListingEveryErrorAndChangesNothing() throws Exception {
        String before = http.getForObject("/api/network", String.class);
        var response = postCsv("merge", ORG_HEADER
                        + "ok-org,Fine,NGO,KE,,,,,,ILLUSTRATIVE,\r\n"
                        + "bad-org,Bad,SPACESHIP,KE,,,,,,ILLUSTRATIVE,\r\n",
                String.join(",", CsvSnapshotFormat.LINK_COLUMNS) + "\r\n"
                        + "bad-link,ok-org,xyz,HEALTH_LINK,,,UNKNOWN,,,UNKNOWN,,ILLUSTRATIVE,\r\n");
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
        JsonNode errors = JSON.readTree(response.getBody()).get("errors");
        assertThat(errors.findValuesAsText("location")).containsExactlyInAnyOrder(
                "organisations.csv line 3, column \"type\"", "links.csv line 2, column \"to\"");
        assertThat(http.getForObject("/api/network", String.class)).isEqualTo(before);
    }

    @Test
    void importJson_malformedOrUnknownMode_isABadRequestWithoutAStackTrace() throws Exception {
        var broken = postJson("/api/import", "{\"format\": ");
        assertThat(broken.getStatusCode().value()).isEqualTo(400);
        assertThat(broken.getBody()).contains("not valid JSON").doesNotContain("at org.");

        var mode = postJson("/api/import?mode=DROP%20DATABASE", "{}");
        assertThat(mode.getStatusCode().value()).isEqualTo(400);
        assertThat(JSON.readTree(mode.getBody()).get("parameter").asText()).isEqualTo("mode");
    }
}
