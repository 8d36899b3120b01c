package org.partnershipatlas.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.partnershipatlas.model.validation.NetworkChange;

/**
 * One write, already validated and authorised by the door that made it (the application's one write service):
 * what to upsert and delete, the network version it was computed against, the entity revisions the writer saw,
 * and what to record in the history. {@link NetworkStore#write} runs it in one transaction or not at all.
 *
 * @param baseVersion       the network version the write was computed against; if another write came first the
 *                          store refuses it ({@link StaleNetworkException}) and the door computes it again
 * @param mode              {@link ImportMode#REPLACE}: {@code upserts} becomes the whole network;
 *                          {@link ImportMode#MERGE}: upserts by id, then the deletions
 * @param upserts           countries, organisations and links to write
 * @param deleteOrganisations organisation ids to delete (their links must be listed in {@code deleteLinks})
 * @param deleteLinks       link ids to delete
 * @param expectedRevisions entities the writer edited with the revision it saw; any other stored revision refuses
 *                          the write ({@link RevisionConflictException})
 * @param note              what the history records
 */
public record StoreWrite(long baseVersion, ImportMode mode, NetworkChange upserts, List<String> deleteOrganisations,
                         List<String> deleteLinks, Map<EntityKey, Long> expectedRevisions, ChangeNote note) {
    public StoreWrite {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(upserts, "upserts");
        deleteOrganisations = List.copyOf(deleteOrganisations == null ? List.of() : deleteOrganisations);
        deleteLinks = List.copyOf(deleteLinks == null ? List.of() : deleteLinks);
        expectedRevisions = Map.copyOf(expectedRevisions == null ? Map.of() : expectedRevisions);
        Objects.requireNonNull(note, "note");
        if (mode == ImportMode.REPLACE && (!deleteOrganisations.isEmpty() || !deleteLinks.isEmpty())) {
            throw new IllegalArgumentException("a replace deletes whatever it does not hold; it lists no deletions");
        }
    }
}
