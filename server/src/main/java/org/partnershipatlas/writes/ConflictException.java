package org.partnershipatlas.writes;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import org.partnershipatlas.app.ProblemException;
import org.partnershipatlas.app.Problems;

/**
 * A write refused because of the network's state rather than its input (409 in the API): an organisation that still
 * has links, a preview made against an older network, an undo that later changes contradict. Nothing was changed.
 *
 * @see EditConflictException for an edit made against an older revision (412)
 */
public class ConflictException extends ProblemException {
    /** Members of RFC 7807 that a detail may not replace (a registration's "status" becomes "currentStatus"). */
    private static final Set<String> RFC_7807_MEMBERS = Set.of("type", "title", "status", "detail", "instance");
    private final String code;
    private final Map<String, Object> details;
    private final Integer retryAfterSeconds;

    public ConflictException(String code, String message, Map<String, Object> details) {
        this(code, message, details, null);
    }

    /** @param retryAfterSeconds when the same request is worth trying again ({@code Retry-After}), or {@code null} */
    public ConflictException(String code, String message, Map<String, Object> details, Integer retryAfterSeconds) {
        super(message);
        this.code = code;
        this.details = Map.copyOf(details);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds after which trying the same request again may succeed, or empty when it would not. */
    @Override
    public Optional<Integer> retryAfterSeconds() {
        return Optional.ofNullable(retryAfterSeconds);
    }

    /** A stable code for scripts ({@code has-links}, {@code stale-preview}, {@code later-changes}). */
    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }

    @Override
    public ProblemDetail problem() {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, code, "Conflict", getMessage());
        details.forEach((key, value) -> problem.setProperty(RFC_7807_MEMBERS.contains(key)
                ? "current" + Character.toUpperCase(key.charAt(0)) + key.substring(1) : key, value));
        return problem;
    }
}
