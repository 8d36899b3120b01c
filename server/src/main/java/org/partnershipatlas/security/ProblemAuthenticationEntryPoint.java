package org.partnershipatlas.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import org.partnershipatlas.app.DatabaseOutage;
import org.partnershipatlas.app.Problems;

/** The API's 401 and 403 as problem JSON (written directly, so no error page is involved). */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {
    static final String CHALLENGE = "Basic realm=\"Partnership Atlas\", Bearer";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (DatabaseOutage.isOutage(e)) {
            // The user store could not be asked: the credentials were not judged at all.
            Problems.write(request, response, DatabaseOutage.problem(), Map.of("Retry-After", DatabaseOutage.retryAfter()));
            return;
        }
        String detail = request.getHeader("Authorization") == null
                ? "sign in: HTTP Basic with a user name and password, or Authorization: Bearer with an API token"
                : "the credentials were not accepted";
        Problems.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, "sign-in", "Sign-in needed", detail),
                Map.of("WWW-Authenticate", CHALLENGE));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Problems.write(request, response, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
                "your roles do not allow " + request.getMethod() + " here"), Map.of());
    }
}
