package org.partnershipatlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.partnershipatlas.AtlasSpringTest;

/**
 * The OpenAPI document is complete enough to test against — the fuzzer of issue 19 found it too thin: every
 * operation that takes a body says what (media type and schema), every operation answers something other than a
 * lone 200 {@code *}/{@code *}, every refusal is the named Problem schema as problem JSON, and no year is unbounded.
 * The document is written to {@code target/api-docs.json} for a look.
 */
@AtlasSpringTest
class ApiDocumentTest {
    /** The writes that take no body: they act on what the path names. */
    static final Set<String> WITHOUT_BODY = Set.of("POST /api/history/{id}/undo", "POST /api/returns/{id}/remind",
            "POST /api/invitations/{id}/reissue", "POST /api/invitations/{id}/revoke");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    @LocalServerPort
    int port;

    @Test
    void everyOperation_documentsItsBody_itsAnswers_andBoundedYears() throws Exception {
        JsonNode document = ApiContract.document(port);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "api-docs.json"), document.toPrettyString());
        assertThat(document.path("paths").size()).as("paths in the document").isGreaterThan(40);
        assertThat(faults(document)).as("faults of the OpenAPI document").isEmpty();
        JsonNode problem = document.at("/components/schemas/Problem");
        assertThat(problem.path("required").toString()).contains("type", "title", "status");
    }

    /** The check finds what the fuzzer found: a body-less write, a lone 200 of any type, an unbounded year. */
    @Test
    void theCheck_findsTheThinDocumentTheFuzzerFound() throws Exception {
        JsonNode thin = new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
                {"paths": {
                  "/api/organisations": {"post": {"responses": {"200": {"content": {"*/*": {"schema": {"type": "object"}}}}}}},
                  "/api/metrics": {"get": {"parameters": [{"name": "year", "in": "query", "schema": {"type": "integer"}}],
                    "responses": {"200": {"content": {"*/*": {"schema": {"type": "object"}}}}}}}}}""");
        assertThat(faults(thin)).contains("POST /api/organisations: no request body",
                "POST /api/organisations: documents only 200", "POST /api/organisations 200: media type */*",
                "GET /api/metrics: year without minimum and maximum", "GET /api/metrics: no 400");
    }

    /** What is missing from the document, operation by operation. */
    static List<String> faults(JsonNode document) {
        var faults = new ArrayList<String>();
        for (var path = document.path("paths").fields(); path.hasNext(); ) {
            var entry = path.next();
            for (var op = entry.getValue().fields(); op.hasNext(); ) {
                var operation = op.next();
                if (METHODS.contains(operation.getKey())) {
                    check(operation.getKey().toUpperCase() + " " + entry.getKey(), operation.getValue(), faults);
                }
            }
        }
        return faults;
    }

    private static void check(String name, JsonNode operation, List<String> faults) {
        boolean writes = name.startsWith("POST") || name.startsWith("PUT") || name.startsWith("PATCH");
        JsonNode body = operation.path("requestBody");
        if (writes && !WITHOUT_BODY.contains(name)) {
            if (body.path("content").isEmpty()) {
                faults.add(name + ": no request body");
            }
            body.path("content").fields().forEachRemaining(media -> {
                if (media.getKey().contains("*")) {
                    faults.add(name + ": request body of media type " + media.getKey());
                }
                if (media.getValue().path("schema").isEmpty()) {
                    faults.add(name + ": request body " + media.getKey() + " without a schema");
                }
            });
        }
        JsonNode responses = operation.path("responses");
        var codes = new ArrayList<String>();
        responses.fieldNames().forEachRemaining(codes::add);
        if (codes.stream().noneMatch(c -> c.startsWith("2"))) {
            faults.add(name + ": no success answer");
        }
        if (codes.equals(List.of("200"))) {
            faults.add(name + ": documents only 200");
        }
        for (String code : List.of("400", "401", "500", "503")) {
            if (!codes.contains(code)) {
                faults.add(name + ": no " + code);
            }
        }
        responses.fields().forEachRemaining(response -> {
            JsonNode content = response.getValue().path("content");
            content.fieldNames().forEachRemaining(media -> {
                if (media.contains("*")) {
                    faults.add(name + " " + response.getKey() + ": media type " + media);
                }
            });
            if (response.getKey().startsWith("2") && !response.getKey().equals("204") && content.isEmpty()
                    && !response.getKey().equals("202")) {
                faults.add(name + " " + response.getKey() + ": no content");
            }
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                JsonNode problem = content.path("application/problem+json").path("schema").path("$ref");
                if (!problem.asText().equals("#/components/schemas/Problem") || content.size() != 1) {
                    faults.add(name + " " + response.getKey() + ": not the Problem schema as application/problem+json");
                }
            }
        });
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode schema = parameter.path("schema");
            if (schema.isMissingNode()) {
                faults.add(name + ": parameter " + parameter.path("name").asText() + " without a schema");
            }
            if (parameter.path("name").asText().equals("year")) {
                JsonNode bounded = schema.has("items") ? schema.path("items") : schema;
                if (!bounded.has("minimum") || !bounded.has("maximum")) {
                    faults.add(name + ": year without minimum and maximum");
                }
            }
        }
    }
}
