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

    public ConflictException(String code, String message, Map<String, Object> details) {
        super(message);
        this.code = code;
        this.details = Map.copyOf(details);
    }

    /** A stable code for scripts ({@code has-links}, {@code stale-preview}, {@code later-changes}). */
    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
