package org.partnershipatlas.store;

import org.partnershipatlas.model.NetworkSnapshot;

/** The whole network and the version it was read at, read in one transaction. */
public record VersionedSnapshot(long version, NetworkSnapshot snapshot) {
}
