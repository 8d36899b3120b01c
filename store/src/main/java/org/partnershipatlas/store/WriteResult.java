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
 * @param recorded              whether a change was recorded: a write that finds nothing to change records nothing
 *                              and leaves the version as it was
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
        long version,
        boolean recorded) {

    /** A write the store made (it always records its change). */
    public WriteResult(ImportMode mode, int organisationsCreated, int organisationsUpdated, long organisationsDeleted,
                       int linksCreated, int linksUpdated, long linksDeleted, int countries, long totalOrganisations,
                       long totalLinks, long version) {
        this(mode, organisationsCreated, organisationsUpdated, organisationsDeleted, linksCreated, linksUpdated,
                linksDeleted, countries, totalOrganisations, totalLinks, version, true);
    }

    /** What a write that found nothing to change answers: the network as it is at {@code version}, nothing recorded. */
    public static WriteResult nothingAt(long version, long totalOrganisations, long totalLinks) {
        return new WriteResult(ImportMode.MERGE, 0, 0, 0, 0, 0, 0, 0, totalOrganisations, totalLinks, version, false);
    }

    /** The id of the change this write recorded (when it {@linkplain #changedNothing() changed nothing}: the version it found). */
    public long changeId() {
        return version;
    }

    /** The id of the change this write recorded, or {@code null} when it changed nothing (what the API answers). */
    public Long recordedChangeId() {
        return recorded ? version : null;
    }

    /** Whether the write found nothing to change (then no change was recorded). */
    public boolean changedNothing() {
        return !recorded;
    }
}
