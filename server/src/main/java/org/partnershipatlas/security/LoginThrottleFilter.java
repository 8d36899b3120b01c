package org.partnershipatlas.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import org.partnershipatlas.app.Problems;

/**
 * Answers 429 (with {@code Retry-After}) to a sign-in for a user name {@link LoginAttempts} holds off, before the
 * password is even checked: HTTP Basic on the API, and the sign-in form's POST to {@code /login}.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {
    private final LoginAttempts attempts;

    public LoginThrottleFilter(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = username(request);
        Duration left = username == null ? Duration.ZERO : attempts.heldOff(username, request.getRemoteAddr());
        if (left.isZero()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, left.toSeconds());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Problems.write(request, response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-sign-ins",
                    "Too many failed sign-ins", "too many failed sign-ins for this user name from here; try again in "
                            + seconds + " s"), Map.of("Retry-After", String.valueOf(seconds)));
            return;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", String.valueOf(seconds));
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Too many sign-ins"
                + "</title><p>Too many failed sign-ins for this user name. Try again in " + ((seconds + 59) / 60)
                + " minute(s).</p><p><a href=\"login\">Back to sign-in</a></p></html>");
    }

    /** The user name a request tries to sign in as, or {@code null} if it is not a sign-in. */
    static String username(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException malformed) {
                return null;
            }
        }
        if ("POST".equals(request.getMethod()) && request.getRequestURI().equals(request.getContextPath() + "/login")) {
            return request.getParameter("username");
        }
        return null;
    }
}
