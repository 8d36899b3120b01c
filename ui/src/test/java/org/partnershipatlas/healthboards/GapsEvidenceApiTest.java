package org.partnershipatlas.healthboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import org.partnershipatlas.analytics.gaps.GapAnalysis;
import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.returns.ReturnsService;
import org.partnershipatlas.seed.WalesAfricaSeed;
import org.partnershipatlas.writes.Change;
import org.partnershipatlas.writes.NetworkWrites;

/**
 * Honest gaps over HTTP: the NHS Trusts as their own group with their own median, and the evidence each row rests
 * on — no evidence found, public sources, or an accepted partnership return (also one that says "no links").
 */
@AtlasSpringTest
class GapsEvidenceApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    private ApiClient api() {
        return ApiClient.on(port);
    }
    @Autowired
    NetworkWrites writes;
    @Autowired
    NetworkReads reads;
    @Autowired
    ReturnsService returns;
    @Autowired
    org.neo4j.driver.Driver driver;

    @BeforeEach
    void seed() {
        TestWrites.replace(writes, WalesAfricaSeed.load());
        // Returns accepted by other test classes on this shared database would make their Boards self-reported.
        try (var session = driver.session()) {
            session.run("MATCH (n) WHERE n:ReturnRound OR n:ReturnInvitation OR n:Registration DETACH DELETE n").consume();
        }
    }

    private ApiResponse get(String path) throws Exception {
        return api().get(path);
    }

    private JsonNode gaps(String group) throws Exception {
        var response = get("/api/health-boards/gaps" + (group == null ? "" : "?group=" + group));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode row(JsonNode gaps, String id) {
        for (JsonNode b : gaps.get("healthBoards")) {
            if (b.get("id").asText().equals(id)) {
                return b;
            }
        }
        throw new AssertionError("no row " + id);
    }

    @Test
    void theTrusts_areTheirOwnGroup_withTheirOwnMedian_andNoFormerTrust() throws Exception {
        JsonNode trusts = gaps("trusts");
        assertThat(trusts.get("group").asText()).isEqualTo("trusts");
        List<String> ids = new ArrayList<>();
        trusts.get("healthBoards").forEach(b -> ids.add(b.get("id").asText()));
        assertThat(ids).containsExactlyInAnyOrder("public-health-wales", "velindre-university-nhs-trust",
                "welsh-ambulance-services-university-nhs-trust");
        assertThat(trusts.get("peerMedian").get("boards").asInt()).isEqualTo(3);
        JsonNode boards = gaps(null);
        assertThat(boards.get("group").asText()).isEqualTo("boards");
        assertThat(boards.get("healthBoards")).hasSize(7);
        assertThat(get("/api/health-boards/gaps?group=hospitals").status()).isEqualTo(400);
        assertThat(get("/api/health-boards/coverage?dimension=country&group=trusts").status()).isEqualTo(200);
    }

    @Test
    void evidence_tellsNoEvidenceFromPublicSourcesFromSelfReported() throws Exception {
        TestWrites.boardWithoutKnownLink(writes);
        JsonNode boards = gaps("boards");
        String withLinks = null;
        String without = null;
        for (JsonNode b : boards.get("healthBoards")) {
            JsonNode e = b.get("evidence");
            if (b.get("metrics").get("links").asInt() == 0) {
                assertThat(e.get("status").asText()).as(b.get("id").asText()).isEqualTo("NO_EVIDENCE");
                without = b.get("id").asText();
            } else {
                assertThat(e.get("status").asText()).isEqualTo("PUBLIC_SOURCES");
                assertThat(e.get("sources").asInt()).isPositive();
                withLinks = b.get("id").asText();
            }
            assertThat(e.get("lastAssessed").isNull()).isTrue();
        }
        assertThat(without).as("the test's Board with no known link").isNotNull();
        // No known link and no return: no evidence found, which is not under-linked (the overview says the same).
        assertThat(row(boards, without).get("standing").asText()).isEqualTo("NO_EVIDENCE");
        assertThat(row(boards, without).get("underLinked").asBoolean()).isFalse();

        // An assessment dates the evidence.
        var network = reads.current().snapshot();
        var link = GapAnalysis.partnerLinks(network, network.organisation(withLinks).orElseThrow()).get(0);
        writes.addAssessment(link.id(), JsonSnapshotFormat.assessment(JSON.readTree(
                "{\"date\": \"2026-05-01\", \"factors\": {\"trust\": 2}}"), "assessment"), TestWrites.CHANGE);
        assertThat(row(gaps("boards"), withLinks).get("evidence").get("lastAssessed").asText()).isEqualTo("2026-05-01");

        // The Board without links answers a return: "we have none". Accepted, it is a finding, not a gap in knowledge.
        var opened = returns.open(TestWrites.ADMIN, "Evidence round", LocalDate.now().plusDays(5),
                List.of(new ReturnsService.Invitee(without, null)));
        String submission = returns.submit(opened.invitations().get(0).token(),
                JSON.readTree("{\"contact\": {\"name\": \"A\", \"role\": \"international lead\"}}"));
        Long change = returns.accept(submission, java.util.Set.of(), Change.by(TestWrites.ADMIN, "test"));
        assertThat(change).as("nothing to change in the network").isNull();
        JsonNode evidence = row(gaps("boards"), without).get("evidence");
        assertThat(evidence.get("status").asText()).isEqualTo("SELF_REPORTED");
        assertThat(evidence.get("reported").isNull()).isFalse();
        // By its own word it has no partner link: under-linked.
        assertThat(row(gaps("boards"), without).get("standing").asText()).isEqualTo("UNDER_LINKED");
        assertThat(row(gaps("boards"), without).get("underLinked").asBoolean()).isTrue();
    }
}
