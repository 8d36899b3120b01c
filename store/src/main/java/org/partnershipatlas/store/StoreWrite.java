package org.partnershipatlas.store;

import java.util.HashSet;
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
 * @param history           {@code null} to keep the history; otherwise the history that replaces it, oldest first
 *                          (restoring a backup; only with {@link ImportMode#REPLACE}). The change this write records
 *                          goes on top of it, with an id above every one of its changes
 * @param alongside         {@code null}, or work that commits in the same transaction as this write or not at all
 *                          (a restore's users, tokens, returns and stories)
 */
public record StoreWrite(long baseVersion, ImportMode mode, NetworkChange upserts, List<String> deleteOrganisations,
                         List<String> deleteLinks, Map<EntityKey, Long> expectedRevisions, ChangeNote note,
                         List<RecordedChange> history, AlongsideWrite alongside) {

    /** A write with nothing alongside it. */
    public StoreWrite(long baseVersion, ImportMode mode, NetworkChange upserts, List<String> deleteOrganisations,
                      List<String> deleteLinks, Map<EntityKey, Long> expectedRevisions, ChangeNote note,
                      List<RecordedChange> history) {
        this(baseVersion, mode, upserts, deleteOrganisations, deleteLinks, expectedRevisions, note, history, null);
    }

    /** A write that keeps the history and adds its own change to it (every write but a restore). */
    public StoreWrite(long baseVersion, ImportMode mode, NetworkChange upserts, List<String> deleteOrganisations,
                      List<String> deleteLinks, Map<EntityKey, Long> expectedRevisions, ChangeNote note) {
        this(baseVersion, mode, upserts, deleteOrganisations, deleteLinks, expectedRevisions, note, null, null);
    }

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
        if (history != null) {
            if (mode != ImportMode.REPLACE) {
                throw new IllegalArgumentException("the history is replaced only with the whole network (mode REPLACE)");
            }
            history = List.copyOf(history);
            var ids = new HashSet<Long>(history.size() * 2);
            for (RecordedChange change : history) {
                Objects.requireNonNull(change.at(), "a recorded change's time");
                Objects.requireNonNull(change.actor(), "a recorded change's actor");
                Objects.requireNonNull(change.kind(), "a recorded change's kind");
                if (change.id() < 1) {
                    throw new IllegalArgumentException("a recorded change's id must be at least 1: " + change.id());
                }
                if (!ids.add(change.id())) {
                    throw new IllegalArgumentException("two recorded changes with id " + change.id());
                }
            }
        }
    }

    /** Whether this write replaces the history (a restore). */
    public boolean replacesHistory() {
        return history != null;
    }

    /**
     * The network version this write produces when the stored version is {@code current}: one more, or for a restore
     * one more than the highest of that and every restored change id, so that the version never goes back and a
     * cache keyed by version never answers with a network from before the restore.
     */
    long nextVersion(long current) {
        long highest = current;
        if (history != null) {
            for (RecordedChange change : history) {
                highest = Math.max(highest, change.id());
            }
        }
        return highest + 1;
    }
}
