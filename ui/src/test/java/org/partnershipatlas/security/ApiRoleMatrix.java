package org.partnershipatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.partnershipatlas.TestWrites;
import org.partnershipatlas.api.ApiClient;
import org.partnershipatlas.api.ApiContract;
import org.partnershipatlas.api.ApiResponse;
import org.partnershipatlas.backups.BackupService;
import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.returns.RegistrationsService;
import org.partnershipatlas.returns.ReturnsService;
import org.partnershipatlas.store.ReturnStore;
import org.partnershipatlas.seed.WalesAfricaSeed;
import org.partnershipatlas.store.StoredStory;
import org.partnershipatlas.users.UserAdministration;
import org.partnershipatlas.writes.NetworkWrites;

/**
 * The role matrix of the REST API: every route of the OpenAPI document × {anonymous, viewer, steward editor,
 * editor, admin, a live API token, a revoked API token}, over real HTTP against the real application and Neo4j.
 * Each refused call must be 401 (not signed in, or a revoked token) or 403 (signed in without the role, or a
 * steward outside their organisations) as problem JSON, and leave the network, the users and the tokens exactly
 * as they were; each allowed call must succeed. A route missing from {@link #requests} fails the test, so a new
 * endpoint cannot escape the matrix. Subclasses run it with reading public and not.
 */
abstract class ApiRoleMatrix {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    UserAdministration users;
    @Autowired
    NetworkWrites writes;
    @Autowired
    NetworkReads reads;
    @Autowired
    ReturnsService returns;
    @Autowired
    RegistrationsService registrations;
    @Autowired
    ReturnStore returnStore;
    @Autowired
    BackupService backups;
    @Autowired
    org.partnershipatlas.stories.StoriesService stories;
    @Autowired
    org.partnershipatlas.store.StoryStore storyStore;
    @Autowired
    org.partnershipatlas.layouts.LayoutsService layouts;
    @Autowired
    org.partnershipatlas.store.LayoutStore layoutStore;

    /** Whether anonymous users may read in this context. */
    abstract boolean publicRead();

    /** What a route needs, as the matrix sees it. */
    enum Need {
        READ, WRITE, ADMIN, ADMIN_WRITE,
        /** Anyone, signed in or not (the return form's token is its key; registration). */
        PUBLIC,
        /** Reviewing returns and registrations: editors who are not stewards. */
        REVIEW,
        /** A write wholly inside the steward's stewardship: editors, the steward included. */
        STEWARDED_WRITE
    }

    /** One call: its method, its path and query, a body (made afresh for each attempt) and who may make it. */
    record Call(String route, Need need, String method, Supplier<String> path, String contentType,
                Supplier<byte[]> body) {
    }

    // --- the outcome the matrix expects --------------------------------------------------------------------------

    private int expected(Need need, Principals.Principal who) {
        if (who.revoked()) {
            return 401;
        }
        boolean read = need == Need.READ;
        if (need == Need.PUBLIC) {
            return 200;
        }
        if (who.anonymous()) {
            return read && publicRead() ? 200 : 401;
        }
        Actor actor = new Actor(who.name(), Actor.roles(Actor.authorities(who.roles(), who.stewardOf())), who.stewardOf());
        return switch (need) {
            case READ -> actor.has(Role.VIEWER) || publicRead() ? 200 : 403;
            // The calls below touch only organisations and links outside the steward's stewardship.
            case WRITE -> actor.has(Role.EDITOR) && !actor.isSteward() ? 200 : 403;
            case ADMIN, ADMIN_WRITE -> actor.has(Role.ADMIN) ? 200 : 403;
            case REVIEW -> actor.has(Role.EDITOR) && !actor.isSteward() ? 200 : 403;
            case STEWARDED_WRITE -> actor.has(Role.EDITOR) ? 200 : 403;
            case PUBLIC -> 200;
        };
    }

    @Test
    void everyApiRoute_answersEachPrincipalAsTheMatrixSays_andRefusalsChangeNothing() throws Exception {
        Map<String, Principals.Principal> principals = Principals.ensure(users);
        TestWrites.replace(writes, WalesAfricaSeed.load());
        Map<String, List<Call>> calls = requests();
        Outside out = outside();
        Set<String> documented = documentedRoutes();
        var violations = new ArrayList<String>();
        assertThat(calls.keySet()).as("every route of the OpenAPI document is in the matrix")
                .containsAll(documented);

        var table = new ArrayList<String>();
        for (var entry : calls.entrySet()) {
            for (Call call : entry.getValue()) {
                for (Principals.Principal who : principals.values()) {
                    int expect = expected(call.need(), who);
                    // Paths and bodies may create what they act on (a temporary user): made before the state is taken.
                    String path = call.path().get();
                    byte[] body = call.body() == null ? null : call.body().get();
                    String before = state();
                    long versionBefore = reads.current().version();
                    ApiResponse response = send(call, path, body, who, violations);
                    int status = response.status();
                    String label = call.method() + " " + path + " as " + who.name();
                    if (expect == 200) {
                        assertThat(status).as(label + ": " + abbreviate(response.body())).isBetween(200, 299);
                    } else {
                        assertThat(status).as(label + ": " + abbreviate(response.body())).isEqualTo(expect);
                        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                                .as(label).contains("application/problem+json");
                        assertThat(state()).as(label + " left the store unchanged").isEqualTo(before);
                    }
                    table.add(String.format("%-8s %-40s %-15s %d", call.method(), call.route(), who.name(), status));
                    // A write that took away what the calls act on (a delete; a replace) is undone by putting the
                    // seed back (a replace import, with the backup before it: a second each). Edits, additions,
                    // assessments and accepted returns leave the network as the next call needs it: the calls make
                    // their own unique ids, and a refusal is compared with the state just before it.
                    if (status < 300 && reads.current().version() != versionBefore && !stillHolds(out)) {
                        TestWrites.replace(writes, WalesAfricaSeed.load());
                    }
                }
            }
        }
        System.out.println("Role matrix (public-read=" + publicRead() + "):\n" + String.join("\n", table));
        ApiContract.assertNone(violations);
    }

    /**
     * The network, the users, the tokens, the return rounds and registrations, the stories and the stored backups, as one string to compare before and after a refused
     * call (the version covers the history: every write raises it).
     */
    private String state() {
        var network = reads.current();
        return network.version() + "\n" + JsonSnapshotFormat.toJson(network.snapshot(), false) + "\n"
                + users.users(TestWrites.ADMIN) + "\n" + users.tokens(TestWrites.ADMIN) + "\n"
                + returnStore.rounds() + "\n" + returnStore.rounds().stream().map(r -> returnStore.invitations(r.id())).toList()
                + "\n" + returnStore.registrations(null) + "\n" + storyStore.stories() + "\n" + layoutStore.layouts()
                + "\n" + backups.list();
    }

    /** Whether the organisations and the link the calls act on are all still in the network. */
    private boolean stillHolds(Outside out) {
        NetworkSnapshot now = reads.current().snapshot();
        return now.organisation(out.organisation().id()).isPresent() && now.organisation(out.other().id()).isPresent()
                && now.organisation(Principals.STEWARDED).isPresent()
                && now.links().stream().anyMatch(l -> l.id().equals(out.link().id()));
    }

    /** Sent by the API tests' one client: each call and answer, refusals included, is checked against the document. */
    private ApiResponse send(Call call, String path, byte[] body, Principals.Principal who, List<String> violations) {
        return ApiClient.on(port).as(who.authorization()).collecting(violations)
                .send(call.method(), path, body == null ? null : call.contentType(), body);
    }

    private Set<String> documentedRoutes() {
        JsonNode paths = ApiContract.document(port).get("paths");
        var routes = new TreeSet<String>();
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> routes.add(method.toUpperCase() + " " + path.getKey())));
        return routes;
    }

    // --- the calls -----------------------------------------------------------------------------------------------

    /** Ids outside the steward's stewardship: an organisation, a link and a second organisation to link to. */
    private record Outside(Organisation organisation, Organisation other, Link link) {
    }

    private Outside outside() {
        NetworkSnapshot seed = WalesAfricaSeed.load();
        Link link = seed.links().stream().filter(l -> !l.touches(Principals.STEWARDED)).findFirst().orElseThrow();
        Organisation organisation = seed.organisation(link.from()).orElseThrow();
        Organisation other = seed.organisations().stream()
                .filter(o -> !o.id().equals(Principals.STEWARDED) && !o.id().equals(organisation.id())
                        && seed.linksOf(o.id()).stream().noneMatch(l -> l.touches(organisation.id())))
                .findFirst().orElseThrow();
        return new Outside(organisation, other, link);
    }

    private static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String organisationJson(String id) {
        return "{\"id\": \"" + id + "\", \"name\": \"Matrix test " + id + "\", \"type\": \"NGO\", \"country\": \"KE\","
                + " \"confidence\": \"ILLUSTRATIVE\"}";
    }

    /** Every documented route with the calls that exercise it. */
    Map<String, List<Call>> requests() {
        Outside out = outside();
        String org = out.organisation().id();
        String link = out.link().id();
        String seedJson = JsonSnapshotFormat.toJson(WalesAfricaSeed.load(), false);
        var calls = new LinkedHashMap<String, List<Call>>();
        read(calls, "GET /api/brokers", "/api/brokers?top=5");
        read(calls, "GET /api/export", "/api/export?format=json");
        read(calls, "GET /api/health-boards/coverage", "/api/health-boards/coverage?dimension=country");
        read(calls, "GET /api/health-boards/gaps", "/api/health-boards/gaps");
        read(calls, "GET /api/introductions", "/api/introductions?from=19-hills-health-and-wellbeing-centre&country=LS&k=2");
        read(calls, "GET /api/links/{id}", "/api/links/" + link);
        read(calls, "GET /api/metrics", "/api/metrics");
        read(calls, "GET /api/network", "/api/network");
        read(calls, "GET /api/organisations/{id}", "/api/organisations/" + org);
        read(calls, "GET /api/suggestions", "/api/suggestions?for=" + Principals.STEWARDED);
        read(calls, "GET /api/summary", "/api/summary");
        calls.put("POST /api/what-if", List.of(new Call("POST /api/what-if", Need.READ, "POST", () -> "/api/what-if",
                "application/json", () -> utf8("{\"removeOrganisations\": [\"" + org + "\"]}"))));

        calls.put("POST /api/import", List.of(
                new Call("POST /api/import", Need.WRITE, "POST", () -> "/api/import?mode=merge", "application/json",
                        () -> utf8("{\"format\": \"partnership-atlas/1\", \"organisations\": ["
                                + organisationJson(unique("matrix-import")) + "]}")),
                new Call("POST /api/import (csv)", Need.WRITE, "POST", () -> "/api/import?mode=merge",
                        "multipart/form-data; boundary=matrixboundary", () -> utf8(multipart(unique("matrix-csv")))),
                new Call("POST /api/import?mode=replace", Need.ADMIN_WRITE, "POST", () -> "/api/import?mode=replace",
                        "application/json", () -> utf8(seedJson.replace("\"organisations\":[",
                        "\"organisations\":[" + organisationJson(unique("matrix-replace")) + ",")))));
        calls.put("POST /api/organisations", List.of(new Call("POST /api/organisations", Need.WRITE, "POST",
                () -> "/api/organisations", "application/json", () -> utf8(organisationJson(unique("matrix-new"))))));
        calls.put("PUT /api/organisations/{id}", List.of(new Call("PUT /api/organisations/{id}", Need.WRITE, "PUT",
                () -> "/api/organisations/" + org, "application/json",
                () -> utf8(((com.fasterxml.jackson.databind.node.ObjectNode) JsonSnapshotFormat.toJsonNode(out.organisation()))
                        .put("description", "changed by the matrix " + SEQUENCE.incrementAndGet()).toString()))));
        calls.put("DELETE /api/organisations/{id}", List.of(new Call("DELETE /api/organisations/{id}", Need.WRITE,
                "DELETE", () -> "/api/organisations/" + org + "?withLinks=true", null, null)));
        calls.put("POST /api/links", List.of(new Call("POST /api/links", Need.WRITE, "POST", () -> "/api/links",
                "application/json", () -> utf8("{\"id\": \"" + unique("matrix-link") + "\", \"from\": \"" + org
                        + "\", \"to\": \"" + out.other().id() + "\", \"kind\": \"COLLABORATION\", \"confidence\": \"ILLUSTRATIVE\"}"))));
        calls.put("PUT /api/links/{id}", List.of(new Call("PUT /api/links/{id}", Need.WRITE, "PUT",
                () -> "/api/links/" + link, "application/json",
                () -> utf8(((com.fasterxml.jackson.databind.node.ObjectNode) JsonSnapshotFormat.toJsonNode(out.link()))
                        .put("strength", 1 + SEQUENCE.incrementAndGet() % 5).toString()))));
        calls.put("DELETE /api/links/{id}", List.of(new Call("DELETE /api/links/{id}", Need.WRITE, "DELETE",
                () -> "/api/links/" + link, null, null)));

        read(calls, "GET /api/history", "/api/history?limit=5&entity=" + org);
        calls.put("GET /api/history/{id}", List.of(new Call("GET /api/history/{id}", Need.READ, "GET",
                () -> "/api/history/" + reads.version(), null, null)));
        // Undo is authorised as the write it amounts to: an edit outside the steward's organisations (editors), an
        // edit inside them (the steward too), and a replace import (admins only, after a backup).
        calls.put("POST /api/history/{id}/undo", List.of(
                new Call("POST /api/history/{id}/undo", Need.WRITE, "POST",
                        () -> "/api/history/" + outsideEdit(out) + "/undo", null, null),
                new Call("POST /api/history/{id}/undo", Need.STEWARDED_WRITE, "POST",
                        () -> "/api/history/" + stewardedEdit() + "/undo", null, null),
                new Call("POST /api/history/{id}/undo", Need.ADMIN_WRITE, "POST",
                        () -> "/api/history/" + freshReplace() + "/undo", null, null)));

        read(calls, "GET /api/quality", "/api/quality?group=trusts");
        read(calls, "GET /api/quality/at-risk", "/api/quality/at-risk");
        read(calls, "GET /api/links/{id}/assessments", "/api/links/" + link + "/assessments");
        calls.put("POST /api/links/{id}/assessments", List.of(new Call("POST /api/links/{id}/assessments", Need.WRITE,
                "POST", () -> "/api/links/" + link + "/assessments", "application/json",
                () -> utf8("{\"date\": \"2026-06-30\", \"factors\": {\"trust\": " + SEQUENCE.incrementAndGet() % 4 + "}}"))));

        returnCalls(calls, out);
        read(calls, "GET /api/stories", "/api/stories");
        String story = stories.create(Actor.SYSTEM, "Matrix story",
                List.of(new StoredStory.Step("/network?country=LS", "Lesotho")), true);
        read(calls, "GET /api/stories/{id}", "/api/stories/" + story);
        calls.put("POST /api/stories", List.of(new Call("POST /api/stories", Need.WRITE, "POST", () -> "/api/stories",
                "application/json", () -> utf8("{\"title\": \"" + unique("matrix story") + "\", \"steps\": "
                        + "[{\"view\": \"/network?country=LS&year=2006\", \"text\": \"Lesotho in 2006\"}]}"))));
        read(calls, "GET /api/layouts", "/api/layouts");
        layouts.save(Actor.SYSTEM, "Matrix layout", "wales-left", List.of(new org.partnershipatlas.layouts.LayoutsService.Placed(org, 1.0, 2.0)));
        read(calls, "GET /api/layouts/{name}", "/api/layouts/Matrix%20layout");
        calls.put("PUT /api/layouts/{name}", List.of(new Call("PUT /api/layouts/{name}", Need.WRITE, "PUT",
                () -> "/api/layouts/" + unique("matrix-layout"), "application/json",
                () -> utf8("{\"base\": \"force\", \"positions\": [{\"id\": \"" + org + "\", \"x\": 10.5, \"y\": -3}]}"))));
        calls.put("DELETE /api/layouts/{name}", List.of(new Call("DELETE /api/layouts/{name}", Need.WRITE, "DELETE",
                () -> "/api/layouts/" + layouts.save(Actor.SYSTEM, unique("matrix-temporary-layout"), null, List.of())
                        .layout().name(), null, null)));
        calls.put("DELETE /api/stories/{id}", List.of(new Call("DELETE /api/stories/{id}", Need.WRITE, "DELETE",
                () -> "/api/stories/" + stories.create(Actor.SYSTEM, unique("matrix temporary story"),
                        List.of(new StoredStory.Step("/map", "")), true), null, null)));

        admin(calls, "GET /api/users", "GET", () -> "/api/users", null);
        admin(calls, "GET /api/users/{username}", "GET", () -> "/api/users/matrix-viewer", null);
        adminWrite(calls, "POST /api/users", "POST", () -> "/api/users", () -> "{\"username\": \""
                + unique("matrix-made") + "\", \"password\": \"a-long-enough-password\", \"roles\": [\"VIEWER\"]}");
        adminWrite(calls, "PATCH /api/users/{username}", "PATCH", () -> "/api/users/matrix-viewer",
                () -> "{\"roles\": [\"VIEWER\"], \"stewardOf\": [\"" + org + "\"]}");
        adminWrite(calls, "DELETE /api/users/{username}", "DELETE", () -> "/api/users/" + temporaryUser(), null);
        admin(calls, "GET /api/backup", "GET", () -> "/api/backup", null);
        calls.put("POST /api/restore", List.of(
                new Call("POST /api/restore", Need.ADMIN_WRITE, "POST", () -> "/api/restore?reason=matrix",
                        "application/zip", this::backup),
                new Call("POST /api/restore (multipart, dry run)", Need.ADMIN_WRITE, "POST",
                        () -> "/api/restore?dryRun=true", "multipart/form-data; boundary=matrixboundary",
                        () -> multipartBackup(backup()))));
        admin(calls, "GET /api/tokens", "GET", () -> "/api/tokens", null);
        adminWrite(calls, "POST /api/tokens", "POST", () -> "/api/tokens",
                () -> "{\"name\": \"" + unique("matrix token") + "\", \"roles\": [\"VIEWER\"]}");
        adminWrite(calls, "DELETE /api/tokens/{id}", "DELETE", () -> "/api/tokens/" + temporaryToken(), null);
        return calls;
    }

    /** The partnership returns: rounds (admin), the form (anyone with the token), review (editors, not stewards). */
    private void returnCalls(Map<String, List<Call>> calls, Outside out) {
        String org = out.organisation().id();
        String link = out.link().id();
        String closes = java.time.LocalDate.now().plusDays(30).toString();
        adminWrite(calls, "POST /api/returns", "POST", () -> "/api/returns", () -> "{\"title\": \"" + unique("Matrix round")
                + "\", \"closes\": \"" + closes + "\", \"organisations\": [\"" + org + "\"]}");
        review(calls, "GET /api/returns", "GET", () -> "/api/returns", null);
        review(calls, "GET /api/returns/{id}", "GET", () -> "/api/returns/" + round(org).round().id(), null);
        review(calls, "GET /api/returns/{id}/submissions", "GET",
                () -> "/api/returns/" + returns.invitation(submitted(org, link)).orElseThrow().round() + "/submissions", null);
        adminWrite(calls, "POST /api/returns/{id}/remind", "POST", () -> "/api/returns/" + round(org).round().id() + "/remind", null);
        adminWrite(calls, "POST /api/invitations/{id}/reissue", "POST",
                () -> "/api/invitations/" + round(org).invitations().get(0).invitation() + "/reissue", null);
        adminWrite(calls, "POST /api/invitations/{id}/revoke", "POST",
                () -> "/api/invitations/" + round(org).invitations().get(0).invitation() + "/revoke", null);
        anyone(calls, "GET /api/respond/{token}", "GET", () -> "/api/respond/" + round(org).invitations().get(0).token(), null);
        anyone(calls, "PUT /api/respond/{token}", "PUT", () -> "/api/respond/" + round(org).invitations().get(0).token(),
                () -> "{\"confirm\": [\"" + link + "\"]}");
        anyone(calls, "POST /api/respond/{token}", "POST", () -> "/api/respond/" + round(org).invitations().get(0).token(),
                () -> returnBody(link));
        review(calls, "GET /api/submissions", "GET", () -> "/api/submissions", null);
        review(calls, "GET /api/submissions/{id}", "GET", () -> "/api/submissions/" + submitted(org, link), null);
        review(calls, "POST /api/submissions/{id}/accept", "POST", () -> "/api/submissions/" + submitted(org, link) + "/accept", null);
        review(calls, "POST /api/submissions/{id}/reject", "POST", () -> "/api/submissions/" + submitted(org, link) + "/reject",
                () -> "{\"reason\": \"matrix\"}");
        anyone(calls, "POST /api/registrations", "POST", () -> "/api/registrations", () -> registrationBody());
        review(calls, "GET /api/registrations", "GET", () -> "/api/registrations?status=ALL", null);
        review(calls, "GET /api/registrations/{id}", "GET", () -> "/api/registrations/" + registration(), null);
        review(calls, "POST /api/registrations/{id}/accept", "POST", () -> "/api/registrations/" + registration() + "/accept", null);
        review(calls, "POST /api/registrations/{id}/reject", "POST", () -> "/api/registrations/" + registration() + "/reject",
                () -> "{\"reason\": \"matrix\"}");
    }

    private ReturnsService.Opened round(String org) {
        return returns.open(TestWrites.ADMIN, unique("Matrix round"), java.time.LocalDate.now().plusDays(30),
                List.of(new ReturnsService.Invitee(org, null)));
    }

    private String submitted(String org, String link) {
        String token = round(org).invitations().get(0).token();
        try {
            return returns.submit(token, JSON.readTree(returnBody(link)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String returnBody(String link) {
        return "{\"confirm\": [\"" + link + "\"], \"contact\": {\"name\": \"Matrix Person\", \"role\": \"international lead\"}}";
    }

    private String registration() {
        try {
            return registrations.register(JSON.readTree(registrationBody()), unique("matrix-client"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String registrationBody() {
        return "{\"name\": \"" + unique("Matrix Community Group") + "\", \"type\": \"COMMUNITY_ORGANISATION\", "
                + "\"country\": \"GB-WLS\", \"seeks\": \"a partner in Uganda\", "
                + "\"contact\": {\"name\": \"Matrix Person\", \"email\": \"person@example.org\"}}";
    }

    /** An edit of the steward's own organisation, made by an admin: an undo the steward may make too. */
    private long stewardedEdit() {
        var stewarded = reads.current().snapshot().organisation(Principals.STEWARDED).orElseThrow();
        var edited = ((com.fasterxml.jackson.databind.node.ObjectNode) JsonSnapshotFormat.toJsonNode(stewarded))
                .put("description", "to be undone " + SEQUENCE.incrementAndGet());
        return writes.updateOrganisation(stewarded.id(), JsonSnapshotFormat.parseEntity(edited,
                JsonSnapshotFormat.Entity.ORGANISATION, "organisation"), null, TestWrites.CHANGE).changeId();
    }

    /** A replace import of the seed and one more organisation, by an admin: undoing it rewrites the network wholesale. */
    private long freshReplace() {
        var extra = JsonSnapshotFormat.organisation(new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                .put("id", unique("matrix-replaced")).put("name", "Matrix replace").put("type", "NGO")
                .put("confidence", "ILLUSTRATIVE"));
        NetworkSnapshot network = WalesAfricaSeed.load().mergedWith(List.of(), List.of(extra), List.of());
        return writes.importNetwork(TestWrites.parsed(network), org.partnershipatlas.store.ImportMode.REPLACE, null,
                TestWrites.CHANGE, false, null).result().changeId();
    }

    /** An edit of an organisation outside the steward's stewardship, made by an admin: something to undo. */
    private long outsideEdit(Outside out) {
        var edited = ((com.fasterxml.jackson.databind.node.ObjectNode) JsonSnapshotFormat.toJsonNode(out.organisation()))
                .put("description", "to be undone " + SEQUENCE.incrementAndGet());
        return writes.updateOrganisation(out.organisation().id(), JsonSnapshotFormat.parseEntity(edited,
                JsonSnapshotFormat.Entity.ORGANISATION, "organisation"), null, TestWrites.CHANGE).changeId();
    }

    private String temporaryUser() {
        String name = unique("matrix-temp");
        users.create(TestWrites.ADMIN, name, "a-long-enough-password", List.of("VIEWER"), List.of());
        return name;
    }

    private String temporaryToken() {
        return users.createToken(TestWrites.ADMIN, unique("matrix-temp-token"), List.of("VIEWER"), List.of()).token().id();
    }

    private static String multipart(String id) {
        String organisations = "id,name,type,country,city,founded,website,description,seeking_partner,confidence,sources\r\n"
                + id + ",Matrix CSV " + id + ",NGO,KE,,,,,,ILLUSTRATIVE,\r\n";
        return "--matrixboundary\r\nContent-Disposition: form-data; name=\"organisations\"; filename=\"organisations.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + organisations + "\r\n--matrixboundary--\r\n";
    }

    /** An archive of the network and history as they are now. */
    private byte[] backup() {
        var out = new ByteArrayOutputStream();
        backups.archiveNow().writeTo(out);
        return out.toByteArray();
    }

    private static byte[] multipartBackup(byte[] archive) {
        var body = new ByteArrayOutputStream();
        body.writeBytes(utf8("--matrixboundary\r\nContent-Disposition: form-data; name=\"backup\"; filename=\"atlas.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n"));
        body.writeBytes(archive);
        body.writeBytes(utf8("\r\n--matrixboundary--\r\n"));
        return body.toByteArray();
    }

    private static void read(Map<String, List<Call>> calls, String route, String path) {
        calls.put(route, List.of(new Call(route, Need.READ, route.substring(0, route.indexOf(' ')), () -> path, null, null)));
    }

    private static void admin(Map<String, List<Call>> calls, String route, String method, Supplier<String> path,
                              Supplier<String> body) {
        calls.put(route, List.of(new Call(route, Need.ADMIN, method, path, body == null ? null : "application/json",
                body == null ? null : () -> utf8(body.get()))));
    }

    private static void review(Map<String, List<Call>> calls, String route, String method, Supplier<String> path,
                               Supplier<String> body) {
        calls.put(route, List.of(new Call(route, Need.REVIEW, method, path, body == null ? null : "application/json",
                body == null ? null : () -> utf8(body.get()))));
    }

    private static void anyone(Map<String, List<Call>> calls, String route, String method, Supplier<String> path,
                               Supplier<String> body) {
        calls.put(route, List.of(new Call(route, Need.PUBLIC, method, path, body == null ? null : "application/json",
                body == null ? null : () -> utf8(body.get()))));
    }

    private static void adminWrite(Map<String, List<Call>> calls, String route, String method, Supplier<String> path,
                                   Supplier<String> body) {
        calls.put(route, List.of(new Call(route, Need.ADMIN_WRITE, method, path, body == null ? null : "application/json",
                body == null ? null : () -> utf8(body.get()))));
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
