package org.partnershipatlas.history;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;

import org.partnershipatlas.store.EntityChange;
import org.partnershipatlas.store.RecordedChange;

/**
 * A recorded change as the API shows it: {@code {"id", "at", "actor", "kind", "reason", "summary", "source",
 * "details", "complete", "entities": [{"type", "id", "before", "after"}]}}.
 */
record ChangeView(long id, Instant at, String actor,
                  @Schema(description = "seed, import, edit, undo, restore, return, assessment, …") String kind,
                  @Schema(nullable = true, description = "why, as the author gave it") String reason,
                  String summary,
                  @Schema(nullable = true, description = "where it came from: api, ui, a file's name") String source,
                  @Schema(nullable = true, description = "more about it, by kind (backupBefore, undone, …)",
                          additionalProperties = Schema.AdditionalPropertiesValue.TRUE) Map<String, Object> details,
                  boolean complete, List<EntityView> entities) {

    record EntityView(@Schema(allowableValues = {"organisation", "link"}) String type, String id,
                      @Schema(nullable = true, description = "as it was (null: created)") JsonNode before,
                      @Schema(nullable = true, description = "as it became (null: deleted)") JsonNode after) {
        static EntityView of(EntityChange e) {
            return new EntityView(e.type().token(), e.id(), e.before(), e.after());
        }
    }

    static ChangeView of(RecordedChange c) {
        return new ChangeView(c.id(), c.at(), c.actor(), c.kind().name().toLowerCase(Locale.ROOT), c.reason(), c.summary(),
                c.source(), c.details(), c.complete(), c.entities().stream().map(EntityView::of).toList());
    }
}
