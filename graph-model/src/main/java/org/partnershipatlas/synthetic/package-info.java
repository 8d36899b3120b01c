/**
 * Synthetic partnership-like networks for benchmarks and load tests (the analytics bench against igraph, the store's
 * import benchmark): seeded, reproducible, valid {@link org.partnershipatlas.model.NetworkSnapshot}s of any size, and
 * their plain edge lists. Nothing here is fact: every record cites "synthetic network, seed N".
 */
package org.partnershipatlas.synthetic;
