package org.partnershipatlas.history;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.partnershipatlas.store.EntityChange;
import org.partnershipatlas.store.RecordedChange;

/**
 * A recorded change as the API shows it: {@code {"id", "at", "actor", "kind", "reason", "summary", "source",
 * "details", "complete", "entities": [{"type", "id", "before", "after"}]}}.
 */
record ChangeView(long id, Instant at, String actor, String kind, String reason, String summary, String source,
                  Map<String, Object> details, boolean complete, List<EntityView> entities) {

    record EntityView(String type, String id, JsonNode before, JsonNode after) {
        static EntityView of(EntityChange e) {
            return new EntityView(e.type().token(), e.id(), e.before(), e.after());
        }
    }

    static ChangeView of(RecordedChange c) {
        return new ChangeView(c.id(), c.at(), c.actor(), c.kind().name().toLowerCase(Locale.ROOT), c.reason(), c.summary(),
                c.source(), c.details(), c.complete(), c.entities().stream().map(EntityView::of).toList());
    }
}
