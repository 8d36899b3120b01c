package org.partnershipatlas.store;

import java.util.List;
import java.util.Objects;

/**
 * The whole network and the whole history, read in one transaction: what a backup holds.
 *
 * @param network the network with the version it was read at
 * @param history every recorded change, oldest first
 */
public record NetworkWithHistory(VersionedSnapshot network, List<RecordedChange> history) {
    public NetworkWithHistory {
        Objects.requireNonNull(network, "network");
        history = List.copyOf(history);
    }
}
