package org.partnershipatlas.store;

import java.time.Instant;

/**
 * Which recorded changes to list, newest first. {@code null} fields do not filter.
 *
 * @param limit  at most this many (1–1000)
 * @param entity an organisation or link id the change touched (for an organisation, its links' changes too)
 * @param actor  who made it
 * @param kind   what made it
 * @param from   made at or after
 * @param to     made before
 * @param before only changes with an id below this (paging)
 */
public record ChangeQuery(int limit, String entity, String actor, ChangeKind kind, Instant from, Instant to,
                          Long before) {
    public static final int MAX_LIMIT = 1_000;

    public ChangeQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
    }

    public static ChangeQuery latest(int limit) {
        return new ChangeQuery(limit, null, null, null, null, null, null);
    }

    public ChangeQuery forEntity(String id) {
        return new ChangeQuery(limit, id, actor, kind, from, to, before);
    }
}
