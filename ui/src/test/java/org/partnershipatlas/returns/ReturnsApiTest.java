package org.partnershipatlas.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

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
import org.partnershipatlas.app.TooManyRequestsException;
import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.security.Principals;
import org.partnershipatlas.seed.WalesAfricaSeed;
import org.partnershipatlas.store.ReturnStore;
import org.partnershipatlas.users.UserAdministration;
import org.partnershipatlas.writes.NetworkWrites;

/**
 * Partnership returns over real HTTP against the real application and Neo4j: a whole round (open → respond → review
 * → accept → the network and its history changed, undoable), tokens that are unknown, revoked, reissued or past
 * their round, a return that reaches for another organisation's links, concurrent drafts, rejection, and public
 * registration with its honeypot and rate limit. Each refusal leaves the network as it was.
 */
@AtlasSpringTest
class ReturnsApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = Principals.basic("admin", AtlasSpringTest.ADMIN_PASSWORD);
    private static final String BETSI = "betsi-cadwaladr-uhb";

    @LocalServerPort
    int port;
    @Autowired
    NetworkWrites writes;
    @Autowired
    NetworkReads reads;
    @Autowired
    ReturnStore store;
    @Autowired
    ReturnsService returns;
    @Autowired
    RegistrationsService registrations;
    @Autowired
    UserAdministration users;

    @BeforeEach
    void seed() {
        TestWrites.replace(writes, WalesAfricaSeed.load());
    }

    // --- HTTP --------------------------------------------------------------------------------------------------------

    private ApiResponse call(String method, String path, String authorization, String body) throws Exception {
        return ApiClient.on(port).as(authorization).send(method, path, body == null ? null : "application/json",
                body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private JsonNode ok(ApiResponse response, int status) throws Exception {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response.body().isEmpty() ? null : JSON.readTree(response.body());
    }

    private String networkState() {
        return reads.current().version() + JsonSnapshotFormat.toJson(reads.current().snapshot(), false);
    }

    private JsonNode open(String title, String organisations) throws Exception {
        return ok(call("POST", "/api/returns", ADMIN, "{\"title\": \"" + title + "\", \"closes\": \""
                + LocalDate.now().plusDays(30) + "\"" + (organisations == null ? "" : ", \"organisations\": " + organisations)
                + "}"), 201);
    }

    private static String tokenOf(JsonNode opened, String organisation) {
        for (JsonNode i : opened.get("invitations")) {
            if (i.get("organisation").asText().equals(organisation)) {
                return i.get("token").asText();
            }
        }
        throw new AssertionError("no invitation for " + organisation);
    }

    private static String statusOf(JsonNode round, String organisation) {
        for (JsonNode o : round.get("organisations")) {
            if (o.get("id").asText().equals(organisation)) {
                return o.get("status").asText();
            }
        }
        throw new AssertionError("no " + organisation + " in the round");
    }

    /**
     * A link is never built from the request's Host header (the client chooses it): a round opened with
     * {@code Host: evil.example} gives paths, not links to evil.example. Sent over a raw socket, since Java's HTTP
     * client will not set Host.
     */
    @Test
    void invitationLinks_neverTakeTheRequestsHost() throws Exception {
        String body = "{\"title\": \"Host round\", \"closes\": \"" + LocalDate.now().plusDays(30)
                + "\", \"organisations\": [\"" + BETSI + "\"]}";
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (var socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            var out = socket.getOutputStream();
            out.write(("POST /api/returns HTTP/1.1\r\nHost: evil.example\r\nAuthorization: " + ADMIN
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 201").contains("\"url\":\"/respond/").doesNotContain("evil.example");
        }
    }

    // --- inherited links ----------------------------------------------------------------------------------------------

    @Test
    void aBoardsReturn_listsTheLinksItInheritedFromTheBodiesItSucceeded_andTakesAnAnswerOnThem() throws Exception {
        String board = "swansea-bay-uhb";
        NetworkSnapshot seed = reads.current().snapshot();
        String gambia = "l24a-swansea-nhs-trust-royal-victoria-teaching-hospital";
        assertThat(seed.link(gambia).orElseThrow().touches(board)).as("the Swansea NHS Trust's link").isFalse();
        List<String> inherited = seed.inheritedLinks(board).stream().map(Link::id).toList();
        assertThat(inherited).contains(gambia, "abm-university-nhs-trust-welbodi");

        String token = tokenOf(open("Inherited links", "[\"" + board + "\"]"), board);
        JsonNode form = ok(call("GET", "/api/respond/" + token, null, null), 200);
        assertThat(form.get("links")).extracting(l -> l.get("id").asText())
                .containsAll(inherited).containsAll(seed.linksOf(board).stream().map(Link::id).toList());
        ok(call("POST", "/api/respond/" + token, null, """
                {"confirm": ["%s"], "contact": {"name": "Sam Evans", "role": "international lead"}}
                """.formatted(gambia)), 202);
    }

    // --- the whole round ----------------------------------------------------------------------------------------------

    @Test
    void aWholeRound_openRespondReviewAccept_changesTheNetworkAndHistory_andCanBeUndone() throws Exception {
        NetworkSnapshot seed = reads.current().snapshot();
        JsonNode opened = open("2026 partnership return", null);
        assertThat(opened.get("invitations")).extracting(i -> i.get("organisation").asText())
                .as("by default the Boards and Trusts").containsExactlyInAnyOrderElementsOf(returns.defaultInvitees())
                .contains(BETSI).hasSizeGreaterThanOrEqualTo(10);
        String token = tokenOf(opened, BETSI);
        assertThat(java.util.Base64.getUrlDecoder().decode(token)).as("at least 128 random bits").hasSizeGreaterThanOrEqualTo(16);
        assertThat(opened.get("invitations").get(0).get("url").asText())
                .as("without atlas.returns.public-url a link is a path, never built from the request").startsWith("/respond/");
        String roundId = opened.get("id").asText();
        assertThat(store.invitations(roundId)).allSatisfy(i -> assertThat(i.tokenHash()).hasSize(64)
                .isNotEqualTo(token)).anySatisfy(i -> assertThat(i.tokenHash()).isEqualTo(ReturnsService.hash(token)));

        // The form, anonymously: the Board and its known links.
        JsonNode form = ok(call("GET", "/api/respond/" + token, null, null), 200);
        assertThat(form.get("organisation").get("id").asText()).isEqualTo(BETSI);
        List<Link> known = seed.linksOf(BETSI);
        assertThat(form.get("links")).extracting(l -> l.get("id").asText())
                .containsExactlyInAnyOrderElementsOf(known.stream().map(Link::id).toList());
        assertThat(statusOf(ok(call("GET", "/api/returns/" + roundId, ADMIN, null), 200), BETSI)).isEqualTo("NOT_STARTED");

        ok(call("PUT", "/api/respond/" + token, null, "{\"contact\": {\"name\": \"Half done\"}}"), 200);
        assertThat(statusOf(ok(call("GET", "/api/returns/" + roundId, ADMIN, null), 200), BETSI)).isEqualTo("DRAFT");
        assertThat(ok(call("GET", "/api/respond/" + token, null, null), 200).get("draft").get("contact").get("name").asText())
                .isEqualTo("Half done");

        Link confirmed = known.get(0);
        JsonNode submitted = ok(call("POST", "/api/respond/" + token, null, """
                {"confirm": ["%s"],
                 "add": [{"partner": {"name": "Gulu Community Health Trust", "type": "NGO", "country": "UG",
                                      "city": "Gulu", "website": "https://gulu-health.example.org"},
                          "kind": "HEALTH_LINK", "since": 2025, "themes": ["maternal health"],
                          "activities": ["PROFESSIONAL_EXCHANGE"], "learning": "RECIPROCAL", "status": "ACTIVE"}],
                 "assessments": [{"link": "add[0]", "date": "%s", "factors": {"trust": 3, "sharedGoals": 2}}],
                 "contact": {"name": "Ann Jones", "role": "international lead", "email": "ann@example.org"}}
                """.formatted(confirmed.id(), LocalDate.now())), 202);
        String submission = submitted.get("submission").asText();
        assertThat(statusOf(ok(call("GET", "/api/returns/" + roundId, ADMIN, null), 200), BETSI)).isEqualTo("SUBMITTED");
        assertThat(reads.current().snapshot()).as("nothing enters the network before review").isEqualTo(seed);

        JsonNode list = ok(call("GET", "/api/returns/" + roundId + "/submissions", ADMIN, null), 200);
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("items")).extracting(i -> i.get("id").asText())
                .containsExactly("confirm:" + confirmed.id(), "add:0", "assessment:0");
        JsonNode add = list.get(0).get("items").get(1).get("changes");
        assertThat(add.get("added").get("organisations")).hasSize(1);
        assertThat(add.get("added").get("links")).hasSize(1);
        assertThat(ok(call("GET", "/api/submissions", ADMIN, null), 200)).extracting(s -> s.get("submission").asText())
                .contains(submission);

        long changeId = ok(call("POST", "/api/submissions/" + submission + "/accept", ADMIN, null), 200).get("changeId").asLong();
        NetworkSnapshot after = reads.current().snapshot();
        Organisation gulu = after.organisations().stream().filter(o -> o.name().equals("Gulu Community Health Trust"))
                .findFirst().orElseThrow();
        assertThat(gulu.country()).isEqualTo("UG");
        Link added = after.linksOf(gulu.id()).get(0);
        assertThat(added.touches(BETSI)).isTrue();
        assertThat(added.confidence()).isEqualTo(Confidence.A);
        String citation = "2026 partnership return, " + seed.organisation(BETSI).orElseThrow().name() + ", submitted "
                + LocalDate.now(java.time.ZoneOffset.UTC) + " by international lead";
        assertThat(added.sources()).extracting(s -> s.citation()).containsExactly(citation);
        assertThat(added.assessments()).hasSize(1);
        assertThat(after.link(confirmed.id()).orElseThrow().sources()).extracting(s -> s.citation()).contains(citation);
        assertThat(after.link(confirmed.id()).orElseThrow().confidence()).isEqualTo(Confidence.A);
        assertThat(statusOf(ok(call("GET", "/api/returns/" + roundId, ADMIN, null), 200), BETSI)).isEqualTo("REVIEWED");

        JsonNode change = ok(call("GET", "/api/history/" + changeId, ADMIN, null), 200);
        assertThat(change.get("kind").asText()).isEqualTo("return");
        assertThat(change.get("actor").asText()).isEqualTo("admin");
        assertThat(change.get("summary").asText()).contains("Betsi");

        assertThat(ok(call("POST", "/api/submissions/" + submission + "/accept", ADMIN, null), 409)).isNotNull();
        assertThat(call("GET", "/api/respond/" + token, null, null).status()).as("the form still opens").isEqualTo(200);
        assertThat(call("PUT", "/api/respond/" + token, null, "{}").status()).as("but reviewed is final").isEqualTo(409);

        ok(call("POST", "/api/history/" + changeId + "/undo", ADMIN, null), 200);
        assertThat(reads.current().snapshot().organisation(gulu.id())).as("undone").isEmpty();
    }

    @Test
    void acceptingSomeItems_writesOnlyThose() throws Exception {
        JsonNode opened = open("Partial round", "[\"" + BETSI + "\"]");
        Link confirmed = reads.current().snapshot().linksOf(BETSI).get(0);
        String submission = ok(call("POST", "/api/respond/" + tokenOf(opened, BETSI), null, """
                {"confirm": ["%s"], "add": [{"partner": "%s", "kind": "COLLABORATION", "since": 2024}],
                 "contact": {"name": "Ann Jones", "role": "international lead"}}"""
                .formatted(confirmed.id(), "hub-cymru-africa")), 202).get("submission").asText();
        ok(call("POST", "/api/submissions/" + submission + "/accept", ADMIN, "{\"items\": [\"add:0\"]}"), 200);
        NetworkSnapshot after = reads.current().snapshot();
        assertThat(after.link(confirmed.id()).orElseThrow()).as("not accepted: unchanged").isEqualTo(confirmed);
        assertThat(after.linksOf(BETSI).stream().filter(l -> l.touches("hub-cymru-africa")).count()).isPositive();
    }

    @Test
    void badReturns_areRefusedAtTheirFields_andChangeNothing() throws Exception {
        JsonNode opened = open("Bad input round", "[\"" + BETSI + "\"]");
        String token = tokenOf(opened, BETSI);
        NetworkSnapshot seed = reads.current().snapshot();
        Link someoneElses = seed.links().stream().filter(l -> !l.touches(BETSI)).findFirst().orElseThrow();
        String before = networkState();

        JsonNode problem = ok(call("POST", "/api/respond/" + token, null, """
                {"confirm": ["%s"], "correct": [{"link": "%s", "since": 2001}], "end": [{"link": "%s", "until": 2020}],
                 "add": [{"partner": {"name": "Nowhere Clinic", "type": "NGO", "country": "XX"}, "kind": "HEALTH_LINK"},
                         {"partner": {"name": "", "type": "SPACESHIP"}}],
                 "contact": {"name": "<script>alert(1)</script>"}}"""
                .formatted(someoneElses.id(), someoneElses.id(), someoneElses.id())), 400);
        assertThat(problem.get("errors")).extracting(e -> e.get("location").asText()).contains("confirm[0]",
                "correct[0].link", "end[0].link", "add[0].partner.country", "add[1].partner.name",
                "add[1].partner.type", "contact.role");
        assertThat(problem.get("errors").toString()).contains("not one of this organisation's links");
        assertThat(networkState()).isEqualTo(before);
        assertThat(store.invitations(opened.get("id").asText()).get(0).status()).isEqualTo(ReturnStore.Status.NOT_STARTED);

        // A correction may not move a link to someone else.
        Link own = seed.linksOf(BETSI).get(0);
        String otherOrg = seed.organisations().stream().filter(o -> !own.touches(o.id())).findFirst().orElseThrow().id();
        JsonNode moved = ok(call("POST", "/api/respond/" + token, null, """
                {"correct": [{"link": "%s", "from": "%s", "to": "%s"}], "contact": {"name": "A", "role": "B"}}"""
                .formatted(own.id(), otherOrg, own.to().equals(BETSI) ? own.from() : own.to())), 400);
        assertThat(moved.get("errors").toString()).contains("correct[0]");
        assertThat(networkState()).isEqualTo(before);

        assertThat(call("POST", "/api/respond/" + token, null, "[1, 2]").status()).isEqualTo(400);
        assertThat(call("POST", "/api/respond/" + token, null, "{\"confirm\": ").status()).isEqualTo(400);
        assertThat(networkState()).isEqualTo(before);
    }

    @Test
    void unknownRevokedReissuedAndClosedTokens() throws Exception {
        assertThat(call("GET", "/api/respond/" + "A".repeat(43), null, null).status()).isEqualTo(404);
        assertThat(call("GET", "/api/respond/x", null, null).status()).isEqualTo(404);
        assertThat(call("POST", "/api/respond/" + "A".repeat(43), null, "{}").status()).isEqualTo(404);

        JsonNode opened = open("Token round", "[\"" + BETSI + "\"]");
        String token = tokenOf(opened, BETSI);
        String invitation = opened.get("invitations").get(0).get("invitation").asText();
        ok(call("POST", "/api/invitations/" + invitation + "/revoke", ADMIN, null), 204);
        assertThat(call("GET", "/api/respond/" + token, null, null).status()).as("revoked").isEqualTo(404);
        assertThat(call("PUT", "/api/respond/" + token, null, "{}").status()).isEqualTo(404);

        String fresh = ok(call("POST", "/api/invitations/" + invitation + "/reissue", ADMIN, null), 200).get("token").asText();
        assertThat(fresh).isNotEqualTo(token);
        assertThat(call("GET", "/api/respond/" + token, null, null).status()).as("the old link").isEqualTo(404);
        assertThat(call("GET", "/api/respond/" + fresh, null, null).status()).isEqualTo(200);

        // A round whose closing day has passed: the link is gone, not unknown.
        String closedToken = org.partnershipatlas.app.SecretFile.generate(32);
        store.createRound(new ReturnStore.Round("closedround1", "Last year's return", LocalDate.now().minusDays(1),
                Instant.now(), "admin"), List.of(new ReturnStore.Invitation("closedinvite1", "closedround1", BETSI,
                ReturnsService.hash(closedToken), null, ReturnStore.Status.NOT_STARTED, Instant.now(), null, null, null,
                null, null, null, null, null, null, null)));
        JsonNode gone = ok(call("GET", "/api/respond/" + closedToken, null, null), 410);
        assertThat(gone.get("detail").asText()).contains("closed");
        assertThat(call("POST", "/api/respond/" + closedToken, null, "{}").status()).isEqualTo(410);
    }

    @Test
    void concurrentDrafts_oneWinsWhole_andOtherOrganisationsAreUntouched() throws Exception {
        JsonNode opened = open("Draft round", "[\"" + BETSI + "\", \"cardiff-and-vale-uhb\"]");
        String betsi = tokenOf(opened, BETSI);
        String cardiff = tokenOf(opened, "cardiff-and-vale-uhb");
        var pool = Executors.newFixedThreadPool(4);
        try {
            var tasks = new ArrayList<Callable<Integer>>();
            for (int i = 0; i < 40; i++) {
                String who = i % 2 == 0 ? "first" : "second";
                String token = i % 4 == 3 ? cardiff : betsi;
                String body = "{\"contact\": {\"name\": \"" + who + "\", \"role\": \"" + who + " role\"}, \"n\": " + i + "}";
                tasks.add(() -> call("PUT", "/api/respond/" + token, null, body).status());
            }
            for (var f : pool.invokeAll(tasks)) {
                assertThat(f.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        JsonNode draft = ok(call("GET", "/api/respond/" + betsi, null, null), 200).get("draft");
        String name = draft.get("contact").get("name").asText();
        assertThat(draft.get("contact").get("role").asText()).as("a whole draft, not a mix").isEqualTo(name + " role");
        JsonNode other = ok(call("GET", "/api/respond/" + cardiff, null, null), 200);
        assertThat(other.get("organisation").get("id").asText()).isEqualTo("cardiff-and-vale-uhb");
        assertThat(other.get("draft").get("n").asInt() % 4).as("Cardiff's own draft").isEqualTo(3);
    }

    @Test
    void rejecting_needsAReason_andLeavesTheNetwork() throws Exception {
        JsonNode opened = open("Reject round", "[\"" + BETSI + "\"]");
        String submission = ok(call("POST", "/api/respond/" + tokenOf(opened, BETSI), null,
                "{\"contact\": {\"name\": \"A\", \"role\": \"B\"}}"), 202).get("submission").asText();
        String before = networkState();
        assertThat(call("POST", "/api/submissions/" + submission + "/reject", ADMIN, "{}").status()).isEqualTo(400);
        ok(call("POST", "/api/submissions/" + submission + "/reject", ADMIN, "{\"reason\": \"duplicate\"}"), 200);
        JsonNode round = ok(call("GET", "/api/returns/" + opened.get("id").asText(), ADMIN, null), 200);
        assertThat(round.get("organisations").get(0).get("reviewNote").asText()).isEqualTo("duplicate");
        assertThat(networkState()).isEqualTo(before);
        assertThat(call("POST", "/api/submissions/nosuchthing/accept", ADMIN, null).status()).isEqualTo(404);
    }

    @Test
    void openingARound_refusesBadValues() throws Exception {
        JsonNode problem = ok(call("POST", "/api/returns", ADMIN, """
                {"title": "", "closes": "%s", "organisations": ["no-such-org", "%s", "%s", {"id": "%s", "email": "nope"}]}"""
                .formatted(LocalDate.now().minusDays(1), BETSI, BETSI, "cardiff-and-vale-uhb")), 400);
        assertThat(problem.get("errors")).extracting(e -> e.get("location").asText())
                .contains("title", "closes", "organisations[0]", "organisations[2]", "organisations[3].email");
        assertThat(call("POST", "/api/returns", ADMIN, "{\"title\": \"x\", \"closes\": \"next week\"}").status())
                .isEqualTo(400);
    }

    // --- registration -------------------------------------------------------------------------------------------------

    private static final String REGISTRATION = """
            {"name": "Swansea Friends of Kampala", "type": "COMMUNITY_ORGANISATION", "country": "GB-WLS",
             "city": "Swansea", "offers": "volunteers and fundraising", "seeks": "a health centre partner in Uganda",
             "countriesOfInterest": ["UG"], "themesOfInterest": ["maternal health"],
             "contact": {"name": "Rhys Evans", "role": "chair", "email": "rhys@example.org"}%s}""";

    @Test
    void registration_waitsForReview_thenJoinsSeekingAPartner() throws Exception {
        String before = networkState();
        assertThat(ok(call("POST", "/api/registrations", null, REGISTRATION.formatted("")), 202).get("status").asText())
                .isEqualTo("PENDING");
        assertThat(networkState()).as("nothing enters before review").isEqualTo(before);
        JsonNode pending = ok(call("GET", "/api/registrations", ADMIN, null), 200);
        JsonNode mine = null;
        for (JsonNode r : pending) {
            if (r.get("organisation").get("name").asText().equals("Swansea Friends of Kampala")) {
                mine = r;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("contact").get("email").asText()).isEqualTo("rhys@example.org");
        String id = mine.get("id").asText();
        JsonNode accepted = ok(call("POST", "/api/registrations/" + id + "/accept", ADMIN, null), 200);
        Organisation o = reads.current().snapshot().organisation(accepted.get("organisation").asText()).orElseThrow();
        assertThat(o.seekingPartner()).isTrue();
        assertThat(o.description()).contains("Seeks: a health centre partner in Uganda").contains("Uganda");
        assertThat(o.description()).as("the contact is not published").doesNotContain("rhys@example.org");
        assertThat(o.sources().get(0).citation()).startsWith("Registration on Partnership Atlas, Swansea Friends of Kampala");
        assertThat(call("POST", "/api/registrations/" + id + "/accept", ADMIN, null).status()).isEqualTo(409);
    }

    @Test
    void registration_refusesBadValuesAtTheirFields_andDropsTheHoneypot() throws Exception {
        int pendingBefore = store.registrations("PENDING").size();
        JsonNode problem = ok(call("POST", "/api/registrations", null, """
                {"name": "\\u0000", "type": "ROBOT", "country": "ZZ", "seeks": "",
                 "countriesOfInterest": ["Narnia"], "contact": {"name": "x", "email": "not-an-email"}, "extra": 1}"""), 400);
        assertThat(problem.get("errors")).extracting(e -> e.get("location").asText())
                .contains("name", "type", "seeks", "countriesOfInterest[0]", "contact.email", "extra");
        ok(call("POST", "/api/registrations", null, REGISTRATION.formatted(", \"fax\": \"+44 1234\"")), 202);
        assertThat(store.registrations("PENDING")).as("the honeypot's registration is dropped").hasSize(pendingBefore);
    }

    @Test
    void registration_isRateLimitedPerClient() {
        var limited = new RegistrationsService(store, reads, writes, 3);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> limited.register(JSON.readTree("{}"), "203.0.113.7"))
                    .isInstanceOf(org.partnershipatlas.model.validation.ValidationException.class);
        }
        assertThatThrownBy(() -> limited.register(JSON.readTree("{}"), "203.0.113.7"))
                .isInstanceOf(TooManyRequestsException.class)
                .satisfies(e -> assertThat(((TooManyRequestsException) e).retryAfterSeconds()).isBetween(1L, 3600L));
        assertThatThrownBy(() -> limited.register(JSON.readTree("{}"), "203.0.113.8"))
                .as("another client has its own allowance")
                .isInstanceOf(org.partnershipatlas.model.validation.ValidationException.class);
    }
}
