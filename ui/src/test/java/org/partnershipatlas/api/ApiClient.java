package org.partnershipatlas.api;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.partnershipatlas.AtlasSpringTest;
import org.partnershipatlas.security.Principals;

/**
 * The one HTTP client of the API tests: signs in (anonymous, HTTP Basic, a Bearer token), sends JSON, multipart or
 * raw bodies, and answers the status, the headers and the body. Every request it sends to {@code /api/…} and every
 * answer it gets are checked against the application's own OpenAPI document ({@link ApiContract}); what the
 * document does not allow fails the test that made the call, naming the operation, the status and what is wrong —
 * so a test cannot pass while the document and the code disagree.
 * <p>Immutable: {@link #as}, {@link #header} and {@link #collecting} give a changed copy.
 */
public final class ApiClient {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final AtomicInteger BOUNDARIES = new AtomicInteger();

    private final int port;
    private final String authorization;
    private final Map<String, String> headers;
    private final List<String> violations;

    private ApiClient(int port, String authorization, Map<String, String> headers, List<String> violations) {
        this.port = port;
        this.authorization = authorization;
        this.headers = Map.copyOf(headers);
        this.violations = violations;
    }

    /** An anonymous client of the application at this port ({@code @LocalServerPort}). */
    public static ApiClient on(int port) {
        return new ApiClient(port, null, Map.of(), null);
    }

    /** Signed in with this {@code Authorization} header ({@code null}: anonymous). */
    public ApiClient as(String authorizationHeader) {
        return new ApiClient(port, authorizationHeader, headers, violations);
    }

    public ApiClient anonymous() {
        return as(null);
    }

    public ApiClient asAdmin() {
        return as(Principals.basic("admin", AtlasSpringTest.ADMIN_PASSWORD));
    }

    public ApiClient basic(String user, String password) {
        return as(Principals.basic(user, password));
    }

    public ApiClient bearer(String token) {
        return as("Bearer " + token);
    }

    /** Sends this header with every request ({@code Accept-Language}, {@code If-Match}); {@code null} removes it. */
    public ApiClient header(String name, String value) {
        var changed = new LinkedHashMap<>(headers);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return new ApiClient(port, authorization, changed, violations);
    }

    /**
     * A copy that adds what the document does not allow to {@code sink} instead of failing at once: for a test that
     * makes many calls (the role matrix) and reports them all at its end ({@link ApiContract#assertNone}).
     */
    public ApiClient collecting(List<String> sink) {
        return new ApiClient(port, authorization, headers, sink);
    }

    public int port() {
        return port;
    }

    // --- requests ------------------------------------------------------------------------------------------------

    public ApiResponse get(String pathAndQuery) {
        return send("GET", pathAndQuery, null, null);
    }

    public ApiResponse delete(String pathAndQuery) {
        return send("DELETE", pathAndQuery, null, null);
    }

    /** A POST without a body. */
    public ApiResponse post(String pathAndQuery) {
        return send("POST", pathAndQuery, null, null);
    }

    public ApiResponse postJson(String pathAndQuery, String json) {
        return send("POST", pathAndQuery, "application/json", utf8(json));
    }

    public ApiResponse putJson(String pathAndQuery, String json) {
        return send("PUT", pathAndQuery, "application/json", utf8(json));
    }

    public ApiResponse patchJson(String pathAndQuery, String json) {
        return send("PATCH", pathAndQuery, "application/json", utf8(json));
    }

    /** A {@code multipart/form-data} body of these parts. */
    public ApiResponse multipart(String method, String pathAndQuery, Part... parts) {
        String boundary = "atlas-test-boundary-" + BOUNDARIES.incrementAndGet();
        var body = new ByteArrayOutputStream();
        for (Part part : parts) {
            body.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\""
                    + (part.filename() == null ? "" : "; filename=\"" + part.filename() + "\"") + "\r\n"
                    + (part.contentType() == null ? "" : "Content-Type: " + part.contentType() + "\r\n") + "\r\n"));
            body.writeBytes(part.content());
            body.writeBytes(utf8("\r\n"));
        }
        body.writeBytes(utf8("--" + boundary + "--\r\n"));
        return send(method, pathAndQuery, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /** Any request: a method, a path with its query (as sent: percent-encoded), a content type and a body or none. */
    public ApiResponse send(String method, String pathAndQuery, String contentType, byte[] body) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(120));
        var sent = new LinkedHashMap<String, String>(headers);
        if (authorization != null) {
            sent.put("Authorization", authorization);
        }
        if (contentType != null) {
            sent.put("Content-Type", contentType);
        }
        sent.forEach(builder::header);
        builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<byte[]> response;
        try {
            response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(method + " " + pathAndQuery + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + pathAndQuery + " was interrupted", e);
        }
        var answer = new ApiResponse(method, pathAndQuery, response.statusCode(), response.headers(), response.body());
        List<String> problems = ApiContract.check(port, method, pathAndQuery, sent, body, answer);
        if (!problems.isEmpty()) {
            String message = ApiContract.describe(method, pathAndQuery, answer, problems);
            if (violations == null) {
                throw new AssertionError(message);
            }
            synchronized (violations) {
                violations.add(message);
            }
        }
        return answer;
    }

    /**
     * A request built with {@code java.net.http} (for a test that needs an unusual header or method), sent and checked
     * like any other; its own {@code Authorization} header, if any, wins over this client's.
     */
    public ApiResponse send(HttpRequest request) {
        URI uri = request.uri();
        String pathAndQuery = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        var client = this;
        String contentType = null;
        for (var header : request.headers().map().entrySet()) {
            String value = header.getValue().get(0);
            if (header.getKey().equalsIgnoreCase("Authorization")) {
                client = client.as(value);
            } else if (header.getKey().equalsIgnoreCase("Content-Type")) {
                contentType = value;
            } else {
                client = client.header(header.getKey(), value);
            }
        }
        byte[] body = request.bodyPublisher().map(ApiClient::bytes).orElse(null);
        return client.send(request.method(), pathAndQuery, contentType, body == null || body.length == 0
                && !List.of("POST", "PUT", "PATCH").contains(request.method()) ? null : body);
    }

    /** What a body publisher publishes (the ones of {@code BodyPublishers} publish at once). */
    private static byte[] bytes(HttpRequest.BodyPublisher publisher) {
        var out = new ByteArrayOutputStream();
        var done = new java.util.concurrent.CompletableFuture<byte[]>();
        publisher.subscribe(new java.util.concurrent.Flow.Subscriber<java.nio.ByteBuffer>() {
            @Override
            public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(java.nio.ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                out.writeBytes(chunk);
            }

            @Override
            public void onError(Throwable throwable) {
                done.completeExceptionally(throwable);
            }

            @Override
            public void onComplete() {
                done.complete(out.toByteArray());
            }
        });
        try {
            return done.get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the request's body", e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** One part of a multipart body. */
    public record Part(String name, String filename, String contentType, byte[] content) {
        public static Part file(String name, String filename, String contentType, String content) {
            return new Part(name, filename, contentType, utf8(content));
        }

        public static Part file(String name, String filename, String contentType, byte[] content) {
            return new Part(name, filename, contentType, content);
        }
    }
}
