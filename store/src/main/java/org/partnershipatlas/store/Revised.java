package org.partnershipatlas.store;

import java.util.Objects;

/**
 * A stored entity with its revision: the network version of its last write. An edit sends back the revision it
 * was made against (HTTP {@code If-Match}), so that a later edit by someone else is never silently overwritten.
 */
public record Revised<T>(T value, long revision) {
    public Revised {
        Objects.requireNonNull(value, "value");
    }
}
