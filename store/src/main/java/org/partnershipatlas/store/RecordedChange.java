package org.partnershipatlas.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A change as the history holds it. Its {@code id} is the network version the change produced: every write raises
 * the version by one and records one change, so ids are unique and ordered.
 */
public record RecordedChange(long id, Instant at, String actor, ChangeKind kind, String reason, String source,
                             String summary, Map<String, Object> details, List<EntityChange> entities,
                             boolean complete) {

    public RecordedChange {
        details = Map.copyOf(details == null ? Map.of() : details);
        entities = List.copyOf(entities == null ? List.of() : entities);
    }

    public boolean touches(EntityKey key) {
        return entities.stream().anyMatch(e -> e.key().equals(key));
    }
}
