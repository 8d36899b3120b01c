package org.partnershipatlas.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.partnershipatlas.model.Assessment;
import org.partnershipatlas.model.Challenge;
import org.partnershipatlas.model.ChallengeLevel;
import org.partnershipatlas.model.Factor;
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

    @Test
    void read_optionalFieldsExampleOfFormatMd_isAccepted() {
        String json = """
                {"format": "partnership-atlas/1",
                 "organisations": [
                   {"id": "waahln", "name": "Wales for Africa Health Links Network", "type": "NETWORK",
                    "founded": 2007, "dissolved": 2024, "confidence": "ILLUSTRATIVE"},
                   {"id": "ghp-cymru", "name": "Global Health Partnerships Cymru", "type": "NGO", "founded": 2024,
                    "confidence": "ILLUSTRATIVE"},
                   {"id": "partner", "name": "Lesotho partner (not named in source)", "type": "OTHER",
                    "placeholder": true, "confidence": "ILLUSTRATIVE"}],
                 "links": [{"id": "l1", "from": "ghp-cymru", "to": "partner", "kind": "HEALTH_LINK",
                   "confidence": "ILLUSTRATIVE",
                   "assessments": [{
                     "date": "2025-06-30", "assessedBy": "Betsi Cadwaladr UHB international lead",
                     "charter": {"organisationalResponsibilities": 2, "reciprocalPartnership": 3, "goodPractice": 2, "soundGovernance": 2},
                     "factors": {"trust": 3, "sharedGoals": 2, "communityEngagement": 1, "capacityBuilding": 2,
                                 "equitableCollaboration": 2, "resourceMobilisation": 1, "soundGovernance": 2, "longTermVision": 1},
                     "challenges": {"culturalDifferences": "SOME", "powerImbalance": "NONE", "logistics": "MAJOR",
                                    "monitoringEvaluation": "SOME", "sustainableFunding": "MAJOR"},
                     "evaluation": "PLANNED", "evaluationUrl": null,
                     "communityInvolvement": true, "benefitsToWales": "…", "benefitsToPartner": "…",
                     "funders": ["Welsh Government Wales and Africa programme"], "fundedUntil": 2027, "exitStrategy": false,
                     "outcomes": [{"indicator": "health workers trained", "value": 60, "year": 2024, "source": "…"}],
                     "sources": [{"citation": "2026 partnership return, Betsi Cadwaladr UHB", "url": null}]
                   }]}]}
                """;
        NetworkSnapshot snapshot = JsonSnapshotFormat.read(json);
        assertThat(snapshot.organisation("waahln").orElseThrow().dissolved()).isEqualTo(2024);
        assertThat(snapshot.organisation("partner").orElseThrow().placeholder()).isTrue();
        Assessment a = snapshot.links().get(0).latestAssessment().orElseThrow();
        assertThat(a.date()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(a.factors()).hasSize(8).containsEntry(Factor.TRUST, 3);
        assertThat(a.challenges()).containsEntry(Challenge.LOGISTICS, ChallengeLevel.MAJOR);
        assertThat(a.outcomes().get(0).value()).isEqualByComparingTo("60");
        assertThat(a.qualityMean()).hasValue(14 / 8.0);
        assertThat(JsonSnapshotFormat.read(JsonSnapshotFormat.toJson(snapshot, true))).isEqualTo(snapshot);
    }

    @Test
    void write_olderCharter_isWrittenAsAnUndatedAssessment() {
        String json = JsonSnapshotFormat.toJson(Networks.small(), false);
        assertThat(json).doesNotContain("\"charter\":{\"organisationalResponsibilities\":2,\"reciprocalPartnership\":3,"
                + "\"goodPractice\":2,\"soundGovernance\":null},\"confidence\"")
                .contains("\"assessments\":[{\"date\":null,\"assessedBy\":null,\"charter\":{\"organisationalResponsibilities\":2,"
                        + "\"reciprocalPartnership\":3,\"goodPractice\":2,\"soundGovernance\":null},\"factors\":{},");
    }

    @Test
    void read_badAssessments_areReportedWithTheirPaths() {
        String future = Assessment.latestDate().plusDays(1).toString();
        String json = """
                {"format": "partnership-atlas/1",
                 "organisations": [{"id": "a", "name": "A", "type": "NGO", "founded": 2000, "dissolved": 1999,
                                    "placeholder": "yes", "confidence": "ILLUSTRATIVE"},
                                   {"id": "b", "name": "B", "type": "NGO", "confidence": "ILLUSTRATIVE"}],
                 "links": [{"id": "l1", "from": "a", "to": "b", "kind": "HEALTH_LINK", "confidence": "ILLUSTRATIVE",
                   "charter": {"goodPractice": 1},
                   "assessments": [
                     {"date": "2025-02-30", "factors": {"trust": 4, "kindness": 2}},
                     {"date": "%s", "challenges": {"logistics": "HUGE"}, "evaluationUrl": "javascript:alert(1)"},
                     {"assessedBy": "someone", "outcomes": [{"indicator": "a | b", "value": "sixty"}],
                      "funders": ["x;y"], "fundedUntil": 2200}]},
                  {"id": "l2", "from": "b", "to": "a", "kind": "HEALTH_LINK", "confidence": "ILLUSTRATIVE",
                   "assessments": [{"date": "2025-01-01"}, {"date": "2024-01-01"}, {"date": null, "charter": {"goodPractice": 1}}]}]}
                """.formatted(future);
        assertThatThrownBy(() -> JsonSnapshotFormat.read(json))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationError::location)
                        .containsExactlyInAnyOrder(
                                "organisations[0].dissolved", "organisations[0].placeholder",
                                "links[0].assessments[0].date", "links[0].assessments[0].factors.trust",
                                "links[0].assessments[0].factors.kindness",
                                "links[0].assessments[1].date", "links[0].assessments[1].challenges.logistics",
                                "links[0].assessments[1].evaluationUrl",
                                "links[0].assessments[2].funders", "links[0].assessments[2].fundedUntil",
                                "links[0].assessments[2].outcomes[0].indicator", "links[0].assessments[2].outcomes[0].value",
                                "links[0].from",
                                "links[1].assessments[1].date", "links[1].assessments[2].date", "links[1].to"));
    }

    @Test
    void read_undatedAssessmentWithMoreThanACharter_orCharterBesideAssessments_isRefused() {
        String json = """
                {"format": "partnership-atlas/1",
                 "organisations": [{"id": "a", "name": "A", "type": "NGO", "confidence": "ILLUSTRATIVE"},
                                   {"id": "b", "name": "B", "type": "NGO", "confidence": "ILLUSTRATIVE"}],
                 "links": [{"id": "l1", "from": "a", "to": "b", "kind": "HEALTH_LINK", "confidence": "ILLUSTRATIVE",
                            "assessments": [{"charter": {"goodPractice": 1}, "assessedBy": "x"}]},
                           {"id": "l2", "from": "a", "to": "b", "kind": "HEALTH_LINK", "confidence": "ILLUSTRATIVE",
                            "charter": {"goodPractice": 1}, "assessments": [{"date": "2024-01-01"}]}]}
                """;
        assertThatThrownBy(() -> JsonSnapshotFormat.read(json))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationError::toString)
                        .containsExactly("links[0].assessments[0].date: missing date: " + Assessment.UNDATED_PROBLEM,
                                "links[1].charter: charter is the older form of one undated assessment: give it as "
                                        + "the first of assessments (date null), not beside them"));
    }

    private static String quote(String s) {
        try {
            return Json.mapper().writeValueAsString(s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
