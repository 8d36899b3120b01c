package org.partnershipatlas.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the history records about a write, written in the same transaction as the write itself.
 *
 * @param actor    who: a user name, an API token's name ({@code token:<name>}), or {@code system}
 * @param kind     what made it
 * @param reason   why, as the person typed it, or {@code null}
 * @param source   where the data came from (a file name, "form", a return), or {@code null}
 * @param summary  one line for the history list ("3 organisations added, 1 link changed")
 * @param details  further facts (a file's size and SHA-256, the change an undo reverses), small values only
 * @param entities every entity touched with its before and after state, unless {@code complete} is false
 * @param complete whether {@code entities} lists everything touched; a very large import keeps only its counts
 *                 (and the backup taken before it) to keep the store lean
 */
public record ChangeNote(String actor, ChangeKind kind, String reason, String source, String summary,
                         Map<String, Object> details, List<EntityChange> entities, boolean complete) {
    public ChangeNote {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(kind, "kind");
        summary = summary == null ? "" : summary;
        details = Map.copyOf(details == null ? Map.of() : details);
        entities = List.copyOf(entities == null ? List.of() : entities);
    }
}
