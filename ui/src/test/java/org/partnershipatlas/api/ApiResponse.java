package org.partnershipatlas.api;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the API answered: its status, headers and body. */
public record ApiResponse(String method, String pathAndQuery, int status, HttpHeaders headers, byte[] bytes) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The body as UTF-8 text. */
    public String body() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The body as JSON. */
    public JsonNode json() {
        try {
            return JSON.readTree(bytes);
        } catch (java.io.IOException e) {
            throw new AssertionError(method + " " + pathAndQuery + " → " + status + ": not JSON: " + abbreviated(), e);
        }
    }

    /** A header's first value, or {@code null}. */
    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** The Content-Type, or {@code ""}. */
    public String contentType() {
        return headers.firstValue("Content-Type").orElse("");
    }

    /** The body cut to 300 characters, for assertion messages. */
    public String abbreviated() {
        String body = body();
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    @Override
    public String toString() {
        return method + " " + pathAndQuery + " → " + status + " " + abbreviated();
    }
}
