package org.partnershipatlas.writes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.partnershipatlas.security.Actor;

/**
 * Who makes a write and why: what the door records beside the write itself.
 *
 * @param actor   who (the signed-in user, an API token, or the application)
 * @param reason  why, as the person typed it (optional; at most {@value #MAX_REASON_LENGTH} characters kept)
 * @param source  where the data comes from: a file name, "form", "api", a return (optional)
 * @param details further facts to record (a file's size and SHA-256), small values only
 */
public record Change(Actor actor, String reason, String source, Map<String, Object> details) {
    public static final int MAX_REASON_LENGTH = 1_000;

    public Change {
        Objects.requireNonNull(actor, "actor");
        reason = reason == null || reason.isBlank() ? null
                : reason.strip().substring(0, Math.min(reason.strip().length(), MAX_REASON_LENGTH));
        source = source == null || source.isBlank() ? null : source.strip();
        details = Map.copyOf(details == null ? Map.of() : details);
    }

    public static Change by(Actor actor, String source) {
        return new Change(actor, null, source, Map.of());
    }

    public Change withReason(String newReason) {
        return new Change(actor, newReason, source, details);
    }

    public Change withDetails(Map<String, Object> more) {
        var all = new LinkedHashMap<>(details);
        all.putAll(more);
        return new Change(actor, reason, source, all);
    }
}
