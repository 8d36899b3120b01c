package org.partnershipatlas.api;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.partnershipatlas.AtlasSpringTest;
import org.partnershipatlas.security.Principals;

/**
 * Checks API calls against the application's live OpenAPI document ({@code /v3/api-docs}, fetched once per running
 * application) with Atlassian's swagger-request-validator. The rules:
 * <ul>
 * <li>every answer must be one the document gives for that operation: a documented status, its media type, a body
 * that matches its schema (nulls only where a field is nullable, no undocumented fields);</li>
 * <li>a request the document does not allow (a bad parameter, an unknown one, a body against its schema) must be
 * refused with a 4xx — a test may send one on purpose, but the server must not accept what the contract forbids;</li>
 * <li>a path or method the document does not have must be answered 404 or 405 as problem JSON.</li>
 * </ul>
 */
public final class ApiContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Integer, Document> DOCUMENTS = new ConcurrentHashMap<>();
    private static final AtomicLong CHECKED = new AtomicLong();

    private ApiContract() {
    }

    /** The document of the application at this port, and a validator for it. */
    record Document(JsonNode json, OpenApiInteractionValidator validator) {
    }

    /** How many calls have been checked in this run (for the contract test's report). */
    public static long checked() {
        return CHECKED.get();
    }

    /** The OpenAPI document of the application at this port, as JSON (fetched once). */
    public static JsonNode document(int port) {
        return DOCUMENTS.computeIfAbsent(port, ApiContract::load).json();
    }

    /** Fails listing every violation a collecting client gathered. */
    public static void assertNone(List<String> violations) {
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " call(s) disagree with the OpenAPI document:\n\n"
                    + String.join("\n\n", violations));
        }
    }

    private static Document load(int port) {
        try {
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/v3/api-docs"))
                    .header("Authorization", Principals.basic("admin", AtlasSpringTest.ADMIN_PASSWORD))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("/v3/api-docs answered " + response.statusCode());
            }
            return new Document(JSON.readTree(response.body()),
                    OpenApiInteractionValidator.createForInlineApiSpecification(response.body()).build());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What is wrong with this call by the document (empty: nothing). */
    static List<String> check(int port, String method, String pathAndQuery, Map<String, String> headers, byte[] body,
                              ApiResponse answer) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        if (!path.startsWith("/api/")) {
            return List.of();
        }
        CHECKED.incrementAndGet();
        Document document = DOCUMENTS.computeIfAbsent(port, ApiContract::load);
        var problems = new ArrayList<String>();
        Request.Method verb = verb(method);
        if (verb == null || !documented(document.json(), path, method)) {
            if (answer.status() != 404 && answer.status() != 405) {
                problems.add("the document has no " + method + " " + path + ", so it must answer 404 or 405");
            }
            problemJson(answer, problems);
            return problems;
        }
        var request = new SimpleRequest.Builder(verb, path);
        query(q < 0 ? "" : pathAndQuery.substring(q + 1)).forEach(request::withQueryParam);
        headers.forEach((name, value) -> {
            if (name.equalsIgnoreCase("Content-Type")) {
                request.withContentType(value);
            } else {
                request.withHeader(name, value);
            }
        });
        if (body != null && body.length > 0) {
            request.withBody(body);
        }
        var response = new SimpleResponse.Builder(answer.status());
        answer.headers().map().forEach(response::withHeader);
        if (answer.bytes().length > 0) {
            response.withBody(answer.bytes());
        }
        ValidationReport responseReport = document.validator().validateResponse(path, verb, response.build());
        for (ValidationReport.Message m : responseReport.getMessages()) {
            if (m.getLevel() == ValidationReport.Level.ERROR) {
                problems.add("answer: " + text(m));
            }
        }
        if (answer.status() < 400) {
            // Only an accepted request must be one the document allows (a refused one may be wrong on purpose).
            ValidationReport requestReport = document.validator().validateRequest(request.build());
            for (ValidationReport.Message m : requestReport.getMessages()) {
                if (m.getLevel() == ValidationReport.Level.ERROR) {
                    problems.add("accepted a request the document does not allow: " + text(m));
                }
            }
        }
        if (answer.status() >= 400) {
            problemJson(answer, problems);
        }
        return problems;
    }

    static String describe(String method, String pathAndQuery, ApiResponse answer, List<String> problems) {
        return method + " " + pathAndQuery + " → " + answer.status() + " " + answer.contentType()
                + " disagrees with the OpenAPI document:\n  - " + String.join("\n  - ", problems)
                + "\n  body: " + answer.abbreviated();
    }

    private static String text(ValidationReport.Message m) {
        String where = m.getContext().flatMap(c -> c.getPointers().map(p -> " at " + p.getInstance())).orElse("");
        return "[" + m.getKey() + "] " + m.getMessage() + where
                + (m.getAdditionalInfo().isEmpty() ? "" : " " + m.getAdditionalInfo());
    }

    /** A refusal must be RFC 7807 problem JSON whose status is the answer's. */
    private static void problemJson(ApiResponse answer, List<String> problems) {
        if (answer.status() < 400) {
            return;
        }
        if (!answer.contentType().startsWith("application/problem+json")) {
            problems.add("a refusal must be application/problem+json, not \"" + answer.contentType() + "\"");
            return;
        }
        JsonNode json = answer.json();
        if (json.path("status").asInt() != answer.status() || !json.path("title").isTextual()
                || !json.path("type").isTextual()) {
            problems.add("a problem needs type, title and the answer's status");
        }
    }

    private static boolean documented(JsonNode document, String path, String method) {
        JsonNode paths = document.path("paths");
        String[] actual = path.split("/", -1);
        for (var it = paths.fieldNames(); it.hasNext(); ) {
            String template = it.next();
            String[] parts = template.split("/", -1);
            if (parts.length != actual.length) {
                continue;
            }
            boolean matches = true;
            for (int i = 0; i < parts.length && matches; i++) {
                matches = parts[i].startsWith("{") || parts[i].equals(actual[i]);
            }
            if (matches && paths.path(template).has(method.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static Request.Method verb(String method) {
        try {
            return Request.Method.valueOf(method);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<String, List<String>> query(String query) {
        var parameters = new LinkedHashMap<String, List<String>>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
