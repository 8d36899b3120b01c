package org.partnershipatlas.writes;

import java.util.List;
import java.util.Map;

import org.partnershipatlas.model.validation.NetworkChange;
import org.partnershipatlas.store.EntityChange;
import org.partnershipatlas.store.EntityKey;
import org.partnershipatlas.store.EntityType;
import org.partnershipatlas.store.ImportMode;

/**
 * What one write does, worked out by a planner against one version of the network: what the store upserts and
 * deletes, the revisions the writer saw, and every entity it touches with its state before and after (what is
 * authorised, previewed and recorded). A plan that touches no entity changes nothing: the door then records nothing
 * and the version stays.
 *
 * @param mode                how the store writes it ({@link ImportMode#REPLACE}: the upserts become the whole network)
 * @param upserts             countries, organisations and links to write
 * @param deleteOrganisations organisation ids to delete (their links are in {@code deleteLinks})
 * @param deleteLinks         link ids to delete
 * @param expectedRevisions   entities edited against a revision the writer saw ({@code If-Match})
 * @param entities            every entity touched, before and after
 */
record Plan(ImportMode mode, NetworkChange upserts, List<String> deleteOrganisations, List<String> deleteLinks,
            Map<EntityKey, Long> expectedRevisions, List<EntityChange> entities) {

    Plan {
        deleteOrganisations = List.copyOf(deleteOrganisations);
        deleteLinks = List.copyOf(deleteLinks);
        expectedRevisions = Map.copyOf(expectedRevisions);
        entities = List.copyOf(entities);
    }

    /** A merge writing {@code upserts} and deleting nothing. */
    static Plan merge(NetworkChange upserts, List<EntityChange> entities) {
        return new Plan(ImportMode.MERGE, upserts, List.of(), List.of(), Map.of(), entities);
    }

    /** A plan that changes nothing. */
    static Plan nothing() {
        return merge(empty(), List.of());
    }

    static NetworkChange empty() {
        return new NetworkChange(List.of(), List.of(), List.of());
    }

    boolean changesNothing() {
        return entities.isEmpty();
    }

    /** How many organisations and links it removes. */
    long removals() {
        return entities.stream().filter(e -> e.after() == null && e.type() != EntityType.COUNTRY).count();
    }
}
