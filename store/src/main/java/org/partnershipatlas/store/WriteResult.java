package org.partnershipatlas.store;

/**
 * What a write did.
 *
 * @param mode                  merge or replace
 * @param organisationsCreated  organisations new to the store
 * @param organisationsUpdated  organisations that replaced one with the same id
 * @param organisationsDeleted  organisations deleted (for a replace: those the new network does not hold)
 * @param linksCreated          links new to the store
 * @param linksUpdated          links that replaced one with the same id
 * @param linksDeleted          links deleted
 * @param countries             countries declared by the write
 * @param totalOrganisations    organisations stored after the write
 * @param totalLinks            links stored after the write
 * @param version               the network version after the write, which is also the id of its recorded change
 */
public record WriteResult(
        ImportMode mode,
        int organisationsCreated,
        int organisationsUpdated,
        long organisationsDeleted,
        int linksCreated,
        int linksUpdated,
        long linksDeleted,
        int countries,
        long totalOrganisations,
        long totalLinks,
        long version) {

    /** The id of the change this write recorded (when it {@linkplain #changedNothing() changed nothing}: the version it found). */
    public long changeId() {
        return version;
    }

    /** Whether the write found nothing to change (then no change was recorded). */
    public boolean changedNothing() {
        return organisationsCreated == 0 && organisationsUpdated == 0 && organisationsDeleted == 0 && linksCreated == 0
                && linksUpdated == 0 && linksDeleted == 0;
    }
}
