package org.partnershipatlas.app;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.util.ServletRequestPathUtils;
import java.io.IOException;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The error page, as problem JSON: what the servlet container shows when an error happens outside Spring MVC's
 * handlers (a malformed request the container rejects itself). And the answer for any {@code /api/…} address no
 * endpoint has: 404 problem JSON, never the web application's HTML page.
 */
@RestController
@Hidden
class ApiErrors implements ErrorController {
    private final RequestMappingHandlerMapping mappings;

    ApiErrors(@Qualifier("requestMappingHandlerMapping")
              RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = HttpStatus.resolve(code instanceof Integer i ? i : 500);
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String slug = status.value() == 404 ? "not-found" : status.is4xxClientError() ? "bad-request" : "internal";
        Problems.write(request, response, Problems.of(status, slug, status.getReasonPhrase(),
                status.is5xxServerError() ? "Something went wrong on the server; it has been logged."
                        : status.getReasonPhrase()), Map.of());
    }

    /**
     * Reached only when no endpoint takes the request. If an endpoint has this path but not this method or content
     * type, says so (405 with {@code Allow}, or 415); otherwise 404.
     */
    @RequestMapping("/api/**")
    void unknownApiPath(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var endpoints = endpointsAt(request);
        if (endpoints.isEmpty()) {
            Problems.write(request, response, Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found",
                    "no API endpoint at " + Problems.safePath(request) + " (see /v3/api-docs)"), Map.of());
            return;
        }
        var methods = new TreeSet<String>();
        boolean methodMatches = false;
        for (RequestMappingInfo info : endpoints) {
            var allowed = info.getMethodsCondition().getMethods();
            allowed.forEach(m -> methods.add(m.name()));
            methodMatches |= allowed.isEmpty() || allowed.stream().anyMatch(m -> m.name().equals(request.getMethod()));
        }
        if (methodMatches) {
            Problems.write(request, response, Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    "Unsupported media type", "this endpoint does not take Content-Type \""
                            + RequestChecks.abbreviate(String.valueOf(request.getContentType())) + "\""), Map.of());
            return;
        }
        Problems.write(request, response, Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                "Method not allowed", request.getMethod() + " is not supported here; use " + String.join(", ", methods)),
                Map.of("Allow", String.join(", ", methods)));
    }

    private List<RequestMappingInfo> endpointsAt(HttpServletRequest request) {
        var path = ServletRequestPathUtils.parseAndCache(request);
        var result = new ArrayList<RequestMappingInfo>();
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            var patterns = entry.getKey().getPathPatternsCondition();
            if (entry.getValue().getBeanType() == ApiErrors.class || patterns == null) {
                continue;
            }
            if (patterns.getPatterns().stream().anyMatch(p -> p.matches(path.pathWithinApplication()))) {
                result.add(entry.getKey());
            }
        }
        return result;
    }
}
