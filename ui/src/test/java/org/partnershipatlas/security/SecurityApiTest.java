package org.partnershipatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.partnershipatlas.AtlasSpringTest;
import org.partnershipatlas.TestWrites;
import org.partnershipatlas.api.ApiClient;
import org.partnershipatlas.api.ApiResponse;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.store.AccountStore;
import org.partnershipatlas.users.UserAdministration;

/**
 * Sign-in and the API's edges over real HTTP: Basic and token sign-in, held-off guessing, revoked tokens, hostile
 * user names and passwords, errors as problem JSON (401, 403, 404, 405, 413, 415, 429), the actuator locked,
 * the UI's session cookie never accepted by the API, and security headers.
 */
@AtlasSpringTest
class SecurityApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = Principals.basic("admin", AtlasSpringTest.ADMIN_PASSWORD);

    @LocalServerPort
    int port;
    @Autowired
    UserAdministration users;
    @Autowired
    AccountStore accounts;
    @Autowired
    NetworkReads reads;

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60));
    }

    /** Sent by the API tests' one client, which checks it against the OpenAPI document. */
    private ApiResponse send(HttpRequest.Builder builder) throws Exception {
        return ApiClient.on(port).send(builder.build());
    }

    private static void assertProblem(ApiResponse response, int status) throws Exception {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank();
    }

    @Test
    void anonymousWrite_is401WithAChallenge_andChangesNothing() throws Exception {
        long version = reads.version();
        var response = send(request("/api/import?mode=replace").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"format\": \"partnership-atlas/1\"}")));
        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).contains("Basic").contains("Bearer");
        assertThat(reads.version()).isEqualTo(version);
    }

    @Test
    void wrongPassword_is401_andTenFailuresHoldTheNameOffWith429_whileOtherNamesStillSignIn() throws Exception {
        users.create(TestWrites.ADMIN, "guessed-user", "the-right-password", List.of("EDITOR"), List.of());
        for (int i = 0; i < 10; i++) {
            assertProblem(send(request("/api/tokens").header("Authorization",
                    Principals.basic("guessed-user", "wrong-password-" + i)).GET()), 401);
        }
        var held = send(request("/api/network").header("Authorization",
                Principals.basic("guessed-user", "the-right-password")).GET());
        assertProblem(held, 429);
        assertThat(held.headers().firstValue("Retry-After")).isPresent();
        assertThat(send(request("/api/network").header("Authorization", ADMIN).GET()).status()).isEqualTo(200);
        // The form sign-in is held off for the same name too.
        var form = FormSignIn.post(port, "guessed-user", "the-right-password");
        assertThat(form.statusCode()).isEqualTo(429);
    }

    @Test
    void apiTokens_signIn_untilRevoked_thenAre401_andTheSecretIsNeverListed() throws Exception {
        var created = send(request("/api/tokens").header("Authorization", ADMIN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"nightly script\", \"roles\": [\"EDITOR\"]}")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode token = JSON.readTree(created.body());
        String secret = token.get("token").asText();
        assertThat(secret).startsWith(ApiTokens.PREFIX).hasSizeGreaterThan(40);

        var write = send(request("/api/organisations").header("Authorization", "Bearer " + secret)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"id\": \"made-by-token\", \"name\": \"Made by a token\", \"type\": \"NGO\", \"confidence\": \"ILLUSTRATIVE\"}")));
        assertThat(write.status()).as(write.body()).isEqualTo(201);
        assertThat(reads.organisation("made-by-token")).isPresent();

        var list = send(request("/api/tokens").header("Authorization", ADMIN).GET());
        assertThat(list.body()).contains("nightly script").doesNotContain(secret).doesNotContain(ApiTokens.hash(secret));

        assertThat(send(request("/api/tokens/" + token.get("id").asText()).header("Authorization", ADMIN).DELETE())
                .status()).isEqualTo(204);
        long version = reads.version();
        var refused = send(request("/api/organisations/made-by-token").header("Authorization", "Bearer " + secret)
                .DELETE());
        assertProblem(refused, 401);
        assertThat(reads.version()).isEqualTo(version);
        assertProblem(send(request("/api/network").header("Authorization", "Bearer atlas_not-a-real-token").GET()), 401);
    }

    @Test
    void hostileUserNamesAndPasswords_areTextOrRefusedWithTheirField() throws Exception {
        String welsh = "Ŵyn ap Siôn";
        var created = send(request("/api/users").header("Authorization", ADMIN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of(
                        "username", welsh, "password", "a-long-enough-password", "roles", List.of("VIEWER"))))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(accounts.user(welsh)).isPresent();
        var signedIn = send(request("/api/network").header("Authorization", Principals.basic(welsh, "a-long-enough-password")).GET());
        assertThat(signedIn.status()).isEqualTo(200);

        for (String body : List.of(
                JSON.writeValueAsString(java.util.Map.of("username", "<script>alert('x')</script> Ŵŷ 😀",
                        "password", "a-long-enough-password", "roles", List.of("VIEWER"))),
                "{\"username\": \"" + "x".repeat(10_000) + "\", \"password\": \"a-long-enough-password\", \"roles\": [\"VIEWER\"]}",
                "{\"username\": \"nul\\u0000name\", \"password\": \"a-long-enough-password\", \"roles\": [\"VIEWER\"]}",
                "{\"username\": \"long-password\", \"password\": \"" + "p".repeat(1_000_000) + "\", \"roles\": [\"VIEWER\"]}",
                "{\"username\": \"short-password\", \"password\": \"short\", \"roles\": [\"VIEWER\"]}",
                "{\"username\": \"bad-role\", \"password\": \"a-long-enough-password\", \"roles\": [\"<b>GOD</b>\"]}",
                "{\"username\": \"bad-steward\", \"password\": \"a-long-enough-password\", \"roles\": [\"EDITOR\"], \"stewardOf\": [\"no-such-org\"]}")) {
            long before = accounts.countUsers();
            var refused = send(request("/api/users").header("Authorization", ADMIN).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            assertProblem(refused, 400);
            assertThat(JSON.readTree(refused.body()).at("/errors/0/field").asText()).isIn("username", "password", "roles", "stewardOf");
            assertThat(accounts.countUsers()).isEqualTo(before);
        }
        // A long password at sign-in is simply not accepted (bcrypt reads 72 bytes; nothing fails inside). Headers
        // over Tomcat's 8 KB limit are refused by the container before the application sees them.
        assertProblem(send(request("/api/network").header("Authorization",
                Principals.basic("admin", AtlasSpringTest.ADMIN_PASSWORD + "p".repeat(5_000))).GET()), 401);
    }

    @Test
    void frameworkErrors_areProblemJsonWithTheRightStatus() throws Exception {
        assertProblem(send(request("/api/import").header("Authorization", ADMIN).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello"))), 415);
        assertProblem(send(request("/api/no-such-thing").GET()), 404);
        var method = send(request("/api/network").header("Authorization", ADMIN)
                .method("PATCH", HttpRequest.BodyPublishers.noBody()));
        assertProblem(method, 405);
        assertThat(method.headers().firstValue("Allow").orElse("")).contains("GET");
        assertProblem(send(request("/api/import").header("Authorization", ADMIN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"format\": "))), 400);
    }

    @Test
    void bodiesOverTheLimit_are413_forJsonAndMultipartAlike_andChangeNothing() throws Exception {
        long version = reads.version();
        byte[] big = new byte[(int) AtlasSpringTest.MAX_IMPORT_BYTES + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        assertProblem(send(request("/api/import").header("Authorization", ADMIN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(big))), 413);
        String boundary = "b0undary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"organisations\"; filename=\"o.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] multipart = new byte[head.length + big.length + tail.length];
        System.arraycopy(head, 0, multipart, 0, head.length);
        System.arraycopy(big, 0, multipart, head.length, big.length);
        System.arraycopy(tail, 0, multipart, head.length + big.length, tail.length);
        assertProblem(send(request("/api/import").header("Authorization", ADMIN)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart))), 413);
        assertThat(reads.version()).isEqualTo(version);
    }

    @Test
    void actuator_exposesOnlyHealthAndInfo() throws Exception {
        assertThat(send(request("/actuator/health").GET()).status()).isEqualTo(200);
        for (String endpoint : List.of("env", "heapdump", "beans", "configprops", "loggers", "threaddump")) {
            assertThat(send(request("/actuator/" + endpoint).GET()).status()).as(endpoint).isEqualTo(401);
            assertThat(send(request("/actuator/" + endpoint).header("Authorization", ADMIN).GET()).status())
                    .as(endpoint + " as admin").isIn(403, 404);
        }
    }

    @Test
    void theUisSessionCookie_isNeverAcceptedByTheApi() throws Exception {
        var login = FormSignIn.post(port, "admin", AtlasSpringTest.ADMIN_PASSWORD);
        assertThat(login.statusCode()).as("the form sign-in redirects").isBetween(300, 399);
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        long version = reads.version();
        assertProblem(send(request("/api/import?mode=replace").header("Cookie", cookie)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"format\": \"partnership-atlas/1\"}"))), 401);
        assertThat(reads.version()).isEqualTo(version);
    }

    @Test
    void pages_andApiAnswers_carryTheSecurityHeaders() throws Exception {
        for (String path : List.of("/network", "/api/network")) {
            var response = send(request(path).GET());
            assertThat(response.headers().firstValue("Content-Security-Policy").orElse(""))
                    .as(path).contains("default-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
        }
    }
}
