package org.partnershipatlas.store;

/** How much is stored, and at which version. */
public record StoreCounts(long organisations, long links, long countries, long version) {
}
