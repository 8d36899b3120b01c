package org.partnershipatlas.security;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import org.partnershipatlas.app.DatabaseOutage;
import org.partnershipatlas.app.Problems;

/**
 * Signs in API requests that carry {@code Authorization: Bearer <token>}. A token that is unknown or revoked is
 * answered 401 at once, never treated as anonymous.
 */
class ApiTokenFilter extends OncePerRequestFilter {
    private final ApiTokens tokens;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ApiTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokens.TokenAuthentication> authentication;
        try {
            authentication = tokens.authenticate(header.substring(7).strip());
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isOutage(e)) {
                throw e;
            }
            Problems.write(request, response, DatabaseOutage.problem(), Map.of("Retry-After", DatabaseOutage.retryAfter()));
            return;
        }
        if (authentication.isEmpty()) {
            Problems.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, "sign-in", "Sign-in needed",
                    "the API token is not known or has been revoked"),
                    Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""));
            return;
        }
        var context = contexts.createEmptyContext();
        context.setAuthentication(authentication.get());
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }
}
