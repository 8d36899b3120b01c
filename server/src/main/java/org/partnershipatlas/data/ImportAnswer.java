package org.partnershipatlas.data;

import io.swagger.v3.oas.annotations.media.Schema;

import org.partnershipatlas.store.ImportMode;
import org.partnershipatlas.writes.ImportPreview;
import org.partnershipatlas.writes.NetworkWrites;

/**
 * What {@code POST /api/import} answers: the counts, the totals after it, the version (which is also the id of the
 * recorded change; {@code changeId} is {@code null} when the file changed nothing) and a one-line summary.
 */
record ImportAnswer(ImportMode mode, int organisationsCreated, int organisationsUpdated, long organisationsDeleted,
                    int linksCreated, int linksUpdated, long linksDeleted, int countries, long totalOrganisations,
                    long totalLinks, long version,
                    @Schema(nullable = true, description = "null when the file changed nothing") Long changeId,
                    String summary) {

    static ImportAnswer of(ImportMode mode, NetworkWrites.ImportOutcome outcome) {
        ImportPreview p = outcome.preview();
        var r = outcome.result();
        if (r == null) {
            return new ImportAnswer(mode, 0, 0, 0, 0, 0, 0, 0, -1, -1, p.baseVersion(), null, p.summary());
        }
        return new ImportAnswer(mode, r.organisationsCreated(), r.organisationsUpdated(), r.organisationsDeleted(),
                r.linksCreated(), r.linksUpdated(), r.linksDeleted(), r.countries(), r.totalOrganisations(),
                r.totalLinks(), r.version(), r.recordedChangeId(), p.summary());
    }
}
