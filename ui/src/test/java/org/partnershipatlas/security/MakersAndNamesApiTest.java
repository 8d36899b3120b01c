package org.partnershipatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.partnershipatlas.AtlasSpringTest;
import org.partnershipatlas.api.ApiClient;
import org.partnershipatlas.api.ApiResponse;
import org.partnershipatlas.store.AccountStore;

/**
 * Holes an attack on the packaged app found, each closed: tokens that outlived or outranked their maker, user names
 * that look like another's, a stranger locking the admin out by failing to sign in as them, and a sign-in form
 * without CSRF protection or a SameSite session cookie. Every refusal is checked to leave users and tokens as they
 * were.
 */
@AtlasSpringTest
class MakersAndNamesApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = Principals.basic("admin", AtlasSpringTest.ADMIN_PASSWORD);
    private static final String PASSWORD = "a-long-enough-password";

    @LocalServerPort
    int port;
    @Autowired
    AccountStore accounts;

    private ApiResponse call(String method, String path, String authorization, String body) throws Exception {
        return ApiClient.on(port).as(authorization).send(method, path, body == null ? null : "application/json",
                body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    private void createUser(String name, String role, List<String> stewardOf) throws Exception {
        var created = call("POST", "/api/users", ADMIN, JSON.writeValueAsString(Map.of("username", name,
                "password", PASSWORD, "roles", List.of(role), "stewardOf", stewardOf)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private String tokenMadeBy(String maker, String roles) throws Exception {
        var made = call("POST", "/api/tokens", Principals.basic(maker, PASSWORD),
                "{\"name\": \"" + maker + "'s script\", \"roles\": " + roles + "}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return "Bearer " + JSON.readTree(made.body()).get("token").asText();
    }

    private String tokensAndUsers() {
        return accounts.users().toString() + accounts.tokens();
    }

    // --- tokens act within their maker's rights ------------------------------------------------------------------

    @Test
    void aDisabledMakersTokens_answer401_andWorkAgainWhenTheMakerIsEnabled() throws Exception {
        createUser("maker-disabled", "ADMIN", List.of());
        String token = tokenMadeBy("maker-disabled", "[\"ADMIN\"]");
        assertThat(call("GET", "/api/users", token, null).status()).isEqualTo(200);
        assertThat(call("PATCH", "/api/users/maker-disabled", ADMIN, "{\"enabled\": false}").status()).isEqualTo(200);
        String before = tokensAndUsers();
        assertThat(call("GET", "/api/users", token, null).status()).isEqualTo(401);
        assertThat(call("POST", "/api/users", token, JSON.writeValueAsString(Map.of("username", "made-while-disabled",
                "password", PASSWORD, "roles", List.of("ADMIN")))).status()).isEqualTo(401);
        assertThat(tokensAndUsers()).isEqualTo(before);
        assertThat(call("PATCH", "/api/users/maker-disabled", ADMIN, "{\"enabled\": true}").status()).isEqualTo(200);
        assertThat(call("GET", "/api/users", token, null).status()).isEqualTo(200);
    }

    @Test
    void aToken_actsWithAtMostItsMakersRoleAndStewardship_atTheTimeOfUse() throws Exception {
        createUser("maker-demoted", "ADMIN", List.of());
        String token = tokenMadeBy("maker-demoted", "[\"ADMIN\"]");
        assertThat(call("GET", "/api/users", token, null).status()).isEqualTo(200);
        assertThat(call("PATCH", "/api/users/maker-demoted", ADMIN,
                "{\"roles\": [\"EDITOR\"], \"stewardOf\": [\"dolen-cymru\"]}").status()).isEqualTo(200);
        String before = tokensAndUsers();
        assertThat(call("GET", "/api/users", token, null).status()).as("no longer an admin's").isEqualTo(403);
        assertThat(tokensAndUsers()).isEqualTo(before);
        var outside = call("PUT", "/api/organisations/hub-cymru-africa", token, renamed("hub-cymru-africa"));
        assertThat(outside.status()).as("outside the maker's stewardship: " + outside.body()).isEqualTo(403);
        var unchanged = call("PUT", "/api/organisations/hub-cymru-africa", token, organisation("hub-cymru-africa"));
        assertThat(unchanged.status()).as("even when it would change nothing").isEqualTo(403);
        assertThat(tokensAndUsers()).isEqualTo(before);
        assertThat(organisation("hub-cymru-africa")).doesNotContain("(renamed)");
        var inside = call("PUT", "/api/organisations/dolen-cymru", token, renamed("dolen-cymru"));
        assertThat(inside.status()).as(inside.body()).isEqualTo(200);
    }

    private String organisation(String id) throws Exception {
        JsonNode stored = JSON.readTree(call("GET", "/api/organisations/" + id, ADMIN, null).body());
        return stored.toString();
    }

    private String renamed(String id) throws Exception {
        var stored = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(organisation(id));
        return stored.put("name", stored.get("name").asText() + " (renamed)").toString();
    }

    @Test
    void aTokenMadeWithAToken_belongsToThePersonBehindIt() throws Exception {
        createUser("maker-chain", "ADMIN", List.of());
        String first = tokenMadeBy("maker-chain", "[\"ADMIN\"]");
        var made = call("POST", "/api/tokens", first, "{\"name\": \"second\", \"roles\": [\"ADMIN\"]}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String id = JSON.readTree(made.body()).get("id").asText();
        assertThat(accounts.tokens()).filteredOn(t -> t.id().equals(id))
                .singleElement().satisfies(t -> assertThat(t.createdBy()).isEqualTo("maker-chain"));
        String second = "Bearer " + JSON.readTree(made.body()).get("token").asText();
        call("PATCH", "/api/users/maker-chain", ADMIN, "{\"enabled\": false}");
        assertThat(call("GET", "/api/network", second, null).status()).isEqualTo(401);
    }

    // --- names that look alike are one name ------------------------------------------------------------------------

    @Test
    void lookAlikeUserNames_areRefusedWithTheirField_andNothingIsCreated() throws Exception {
        for (String name : List.of("ADMIN", "Admin", "ａｄｍｉｎ", "\u0430dmin", "admin\u200b", "admin\u202e", "../admin",
                "ad\u00admin", "admin\u0000")) {
            String before = tokensAndUsers();
            var refused = call("POST", "/api/users", ADMIN, JSON.writeValueAsString(Map.of("username", name,
                    "password", PASSWORD, "roles", List.of("ADMIN"))));
            assertThat(refused.status()).as(name + ": " + refused.body()).isEqualTo(400);
            assertThat(JSON.readTree(refused.body()).at("/errors/0/field").asText()).isEqualTo("username");
            assertThat(tokensAndUsers()).isEqualTo(before);
        }
    }

    @Test
    void aNameTypedInAnotherCase_signsInAsTheSameUser() throws Exception {
        assertThat(call("GET", "/api/users", Principals.basic("ADMIN", AtlasSpringTest.ADMIN_PASSWORD), null).status())
                .isEqualTo(200);
    }

    // --- a stranger cannot lock the admin out ----------------------------------------------------------------------

    @Test
    void failedSignInsFromOneAddress_holdOffThatAddressOnly() throws Exception {
        createUser("held-off-victim", "VIEWER", List.of());
        for (int i = 0; i < 10; i++) {
            assertThat(basicFrom("127.0.0.2", "held-off-victim", "wrong-" + i)).startsWith("HTTP/1.1 401");
        }
        assertThat(basicFrom("127.0.0.2", "held-off-victim", PASSWORD)).as("the stranger's address").startsWith("HTTP/1.1 429");
        assertThat(call("GET", "/api/network", Principals.basic("held-off-victim", PASSWORD), null).status())
                .as("the real user, from elsewhere").isEqualTo(200);
    }

    /** A signed-in GET of the network from a chosen loopback address (Java's HTTP client cannot choose one). */
    private String basicFrom(String address, String user, String password) throws Exception {
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), port, InetAddress.getByName(address), 0)) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream().write(("GET /api/network HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                    + Principals.basic(user, password) + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // --- the sign-in form ------------------------------------------------------------------------------------------

    @Test
    void theSignInForm_needsItsCsrfToken_andTheSessionCookieIsSameSiteLax() throws Exception {
        var page = call("GET", "/login", null, null);
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly");
        String session = cookie.substring(0, cookie.indexOf(';'));
        Matcher meta = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(meta.find()).as("the page carries the token the sign-in form sends").isTrue();

        var forged = form(session, "username=admin&password=" + AtlasSpringTest.ADMIN_PASSWORD);
        assertThat(forged.status()).as("no token: refused").isEqualTo(403);
        assertThat(forged.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));

        var signedIn = form(session, "username=admin&password=" + AtlasSpringTest.ADMIN_PASSWORD + "&_csrf="
                + java.net.URLEncoder.encode(meta.group(1), StandardCharsets.UTF_8));
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private ApiResponse form(String session, String body) throws Exception {
        return ApiClient.on(port).header("Cookie", session).send("POST", "/login",
                "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));
    }
}
