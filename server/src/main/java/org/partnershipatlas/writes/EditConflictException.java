package org.partnershipatlas.writes;

import java.time.Instant;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import org.partnershipatlas.app.ProblemException;
import org.partnershipatlas.app.Problems;

import org.partnershipatlas.store.EntityKey;

/**
 * An edit made against an older revision of an organisation or link than the stored one (412 in the API): someone
 * else changed it first. Says who and when, and carries both versions so they can be shown side by side.
 *
 * @param key             the entity
 * @param revision        the revision the edit was made against
 * @param currentRevision the stored revision (0 if the entity was deleted)
 * @param changedBy       who made the stored revision, if recorded
 * @param changedAt       when, if recorded
 * @param current         the stored entity (JSON as in a snapshot), {@code null} if deleted
 * @param attempted       the edit that was refused, {@code null} for a delete
 */
public class EditConflictException extends ProblemException {
    private final EntityKey key;
    private final long revision;
    private final long currentRevision;
    private final String changedBy;
    private final Instant changedAt;
    private final JsonNode current;
    private final JsonNode attempted;

    public EditConflictException(EntityKey key, long revision, long currentRevision, String changedBy, Instant changedAt,
                                 JsonNode current, JsonNode attempted) {
        super(key + " was changed" + (changedBy == null ? "" : " by " + changedBy)
                + (changedAt == null ? "" : " at " + changedAt) + " after you opened it (your revision " + revision
                + ", now " + currentRevision + "); nothing was changed");
        this.key = key;
        this.revision = revision;
        this.currentRevision = currentRevision;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.current = current;
        this.attempted = attempted;
    }

    public EntityKey key() {
        return key;
    }

    public long revision() {
        return revision;
    }

    public long currentRevision() {
        return currentRevision;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public JsonNode current() {
        return current;
    }

    public JsonNode attempted() {
        return attempted;
    }

    @Override
    public ProblemDetail problem() {
        ProblemDetail problem = Problems.of(HttpStatus.PRECONDITION_FAILED, "changed-meanwhile",
                "Changed by someone else", getMessage());
        problem.setProperty("entity", Map.of("type", key.type().token(), "id", key.id()));
        problem.setProperty("revision", revision);
        problem.setProperty("currentRevision", currentRevision);
        if (changedBy != null) {
            problem.setProperty("changedBy", changedBy);
        }
        if (changedAt != null) {
            problem.setProperty("changedAt", changedAt.toString());
        }
        problem.setProperty("current", current);
        problem.setProperty("attempted", attempted);
        return problem;
    }
}
