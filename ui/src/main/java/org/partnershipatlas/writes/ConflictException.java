package org.partnershipatlas.writes;

import java.util.Map;

/**
 * A write refused because of the network's state rather than its input (409 in the API): an organisation that still
 * has links, a preview made against an older network, an undo that later changes contradict. Nothing was changed.
 *
 * @see EditConflictException for an edit made against an older revision (412)
 */
public class ConflictException extends RuntimeException {
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
    public java.util.Optional<Integer> retryAfterSeconds() {
        return java.util.Optional.ofNullable(retryAfterSeconds);
    }

    /** A stable code for scripts ({@code has-links}, {@code stale-preview}, {@code later-changes}). */
    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
