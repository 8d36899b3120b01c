package org.partnershipatlas.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Networks;
import org.partnershipatlas.model.validation.ValidationError;
import org.partnershipatlas.model.validation.ValidationException;

class JsonSnapshotFormatTest {

    @Test
    void write_thenRead_givesEqualSnapshotAndSameText() {
        NetworkSnapshot original = Networks.small();
        String json = JsonSnapshotFormat.toJson(original, true);
        NetworkSnapshot back = JsonSnapshotFormat.read(json);
        assertThat(back).isEqualTo(original);
        assertThat(JsonSnapshotFormat.toJson(back, true)).isEqualTo(json);
    }

    @Test
    void read_formatExampleOfFormatMd_isAccepted() {
        String json = """
                {
                  "format": "partnership-atlas/1",
                  "countries": [{"code": "LS", "name": "Lesotho", "region": "SUB_SAHARAN_AFRICA"}],
                  "organisations": [{
                    "id": "dolen-cymru", "name": "Dolen Cymru", "type": "NGO", "country": "GB-WLS",
                    "city": "Cardiff", "founded": 1985, "website": "https://dolencymru.org", "description": "…",
                    "seekingPartner": false, "confidence": "A",
                    "sources": [{"citation": "Strengthening Health with Equitable International Partnerships (PHW 2025), §2"}]
                  }, {"id": "lesotho-moh", "name": "Ministry of Health", "type": "GOVERNMENT", "country": "LS",
                      "confidence": "ILLUSTRATIVE"}],
                  "links": [{
                    "id": "l-dolen-cymru-lesotho", "from": "dolen-cymru", "to": "lesotho-moh", "kind": "HEALTH_LINK",
                    "since": 1985, "until": null, "status": "ACTIVE",
                    "themes": ["medical education", "mental health"], "activities": ["PROFESSIONAL_EXCHANGE"],
                    "learning": "RECIPROCAL", "strength": 3,
                    "charter": {"organisationalResponsibilities": 2, "reciprocalPartnership": 3, "goodPractice": 2, "soundGovernance": 2},
                    "confidence": "A", "sources": [{"citation": "Dolen Cymru", "url": "https://dolencymru.org/"}]
                  }]
                }
                """;
        NetworkSnapshot snapshot = JsonSnapshotFormat.read(json);
        assertThat(snapshot.organisations()).hasSize(2);
        assertThat(snapshot.links().get(0).charter().reciprocalPartnership()).isEqualTo(3);
        assertThat(snapshot.organisation("dolen-cymru").orElseThrow().seekingPartner()).isFalse();
    }

    @Test
    void read_manyMistakes_reportsEveryOneWithItsPath() {
        String json = """
                {"format": "partnership-atlas/1",
                 "organisations": [
                   {"id": "a", "name": "A", "type": "NGO", "country": "GB-WLS", "confidence": "A",
                    "sources": [{"citation": "x"}]},
                   {"id": "Bad Id", "name": "", "type": "SPACESHIP", "founded": "1985", "confidence": "A", "colour": "red"},
                   {"id": "a", "name": "Again", "type": "NGO", "country": "XX", "confidence": "ILLUSTRATIVE"}
                 ],
                 "links": [
                   {"id": "l1", "from": "a", "to": "xyz", "kind": "HEALTH_LINK", "since": 2010, "until": 2001,
                    "confidence": "A", "sources": [{"citation": "y", "url": "javascript:alert(1)"}]}
                 ]}
                """;
        assertThatThrownBy(() -> JsonSnapshotFormat.read(json))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationError::location)
                        .contains("organisations[1].id", "organisations[1].name", "organisations[1].type",
                                "organisations[1].founded", "organisations[1].colour", "organisations[1].sources",
                                "organisations[2].id", "organisations[2].country",
                                "links[0].until", "links[0].sources[0]"));
    }

    @Test
    void read_unknownReference_namesPathAndValue() {
        String json = """
                {"format": "partnership-atlas/1", "organisations": [
                   {"id": "a", "name": "A", "type": "NGO", "confidence": "ILLUSTRATIVE"}],
                 "links": [{"id": "l1", "from": "a", "to": "xyz", "kind": "FUNDING", "confidence": "ILLUSTRATIVE"}]}
                """;
        assertThatThrownBy(() -> JsonSnapshotFormat.read(json))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors()).hasSize(1);
                    ValidationError error = e.errors().get(0);
                    assertThat(error.location()).isEqualTo("links[0].to");
                    assertThat(error.value()).isEqualTo("xyz");
                    assertThat(error.message()).contains("unknown organisation \"xyz\"");
                });
    }

    @Test
    void read_brokenJson_namesLineAndColumn() {
        assertThatThrownBy(() -> JsonSnapshotFormat.read("{\"format\": \"partnership-atlas/1\",\n \"links\": [,]}"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).location()).isEqualTo("JSON line 2, column 12"));
    }

    @Test
    void read_wrongFormatAndUnknownTopLevelField_areErrors() {
        assertThatThrownBy(() -> JsonSnapshotFormat.read("{\"format\": \"other/2\", \"nodes\": []}"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationError::location).containsExactlyInAnyOrder("format", "nodes"));
    }

    @Test
    void read_moreThanHundredErrors_keepsTheFirstHundred() {
        var json = new StringBuilder("{\"format\": \"partnership-atlas/1\", \"organisations\": [");
        for (int i = 0; i < 150; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\": \"o").append(i).append("\", \"name\": \"n\", \"type\": \"NOPE\", \"confidence\": \"ILLUSTRATIVE\"}");
        }
        json.append("]}");
        assertThatThrownBy(() -> JsonSnapshotFormat.read(json.toString()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).hasSize(100));
    }

    @Test
    void read_hostileStrings_areKeptVerbatim() {
        String hostile = "<img src=x onerror=alert(1)> '}) DETACH DELETE n // \"quoted\" \u2028";
        String json = """
                {"format": "partnership-atlas/1", "organisations": [
                   {"id": "a", "name": %s, "type": "NGO", "description": %s, "confidence": "ILLUSTRATIVE"}]}
                """.formatted(quote(hostile), quote(hostile));
        NetworkSnapshot snapshot = JsonSnapshotFormat.read(json);
        assertThat(snapshot.organisations().get(0).name()).isEqualTo(hostile);
        assertThat(JsonSnapshotFormat.read(JsonSnapshotFormat.toJson(snapshot, false))).isEqualTo(snapshot);
    }

    private static String quote(String s) {
        try {
            return Json.mapper().writeValueAsString(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
