package org.partnershipatlas.app;

import org.springframework.http.server.PathContainer;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What Spring Security's request firewall refuses (a control character in a parameter name, an encoded slash, an
 * unusual method) is answered as problem JSON, never as a stack trace: 405 with {@code Allow} for a method no
 * endpoint takes ({@code TRACE}, {@code CONNECT}, made-up ones), 400 naming the reason otherwise. Spring Security uses
 * the one bean of this type for every filter chain.
 */
@Component
class FirewallRejections implements RequestRejectedHandler {
    private static final Logger log = LoggerFactory.getLogger(FirewallRejections.class);
    /** The methods the firewall lets through (StrictHttpFirewall's defaults). */
    static final Set<String> FIREWALL_METHODS = Set.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT");

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    FirewallRejections(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        log.info("Refused by the request firewall: {} {}: {}", RequestChecks.abbreviate(request.getMethod()),
                RequestChecks.abbreviate(request.getRequestURI()), RequestChecks.abbreviate(e.getMessage()));
        String method = request.getMethod();
        if (!FIREWALL_METHODS.contains(method)) {
            String allow = String.join(", ", allowed(request));
            Problems.write(request, response, Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                    "Method not allowed", RequestChecks.abbreviate(method) + " is not supported here; use " + allow),
                    Map.of("Allow", allow));
            return;
        }
        Problems.write(request, response, Problems.of(HttpStatus.BAD_REQUEST, "bad-request", "Bad request",
                "the request was refused: " + reason(e)), Map.of());
    }

    /** The firewall's message, without the value it quotes (which may hold control characters or be long). */
    private static String reason(RequestRejectedException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int quote = message.indexOf('"');
        String words = quote > 0 ? message.substring(0, quote).strip() : message;
        return RequestChecks.abbreviate(words.replaceFirst("^The request was rejected because ", ""));
    }

    /** The methods of the endpoints at this path, or the firewall's when none is known (a page, a static file). */
    private Set<String> allowed(HttpServletRequest request) {
        var methods = new TreeSet<String>();
        RequestMappingHandlerMapping mapping = mappings.getIfAvailable();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (mapping != null && path.startsWith("/api/")) {
            for (var entry : mapping.getHandlerMethods().entrySet()) {
                RequestMappingInfo info = entry.getKey();
                var patterns = info.getPathPatternsCondition();
                if (entry.getValue().getBeanType() == ApiErrors.class || patterns == null
                        || patterns.getPatterns().stream().noneMatch(p -> p.matches(
                        PathContainer.parsePath(path)))) {
                    continue;
                }
                info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
            }
        }
        if (methods.isEmpty()) {
            methods.addAll(Set.of("GET", "HEAD", "POST"));
        }
        return methods;
    }
}
