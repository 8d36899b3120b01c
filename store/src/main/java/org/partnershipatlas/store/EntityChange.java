package org.partnershipatlas.store;

import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One entity touched by a change: its state before and after, each as the JSON snapshot writes the entity, or
 * {@code null} where it did not exist (created, deleted).
 */
public record EntityChange(EntityType type, String id, JsonNode before, JsonNode after) {
    public EntityChange {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        if (before == null && after == null) {
            throw new IllegalArgumentException(type.token() + " " + id + ": a change needs a before or an after");
        }
    }

    public EntityKey key() {
        return new EntityKey(type, id);
    }
}
