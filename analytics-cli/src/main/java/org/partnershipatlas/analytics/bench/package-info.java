/**
 * Measuring speed: {@link org.partnershipatlas.analytics.bench.Benchmark} times the kernels the peer comparison
 * covers; the harness {@code analytics/bench/compare-peers.sh} generates networks with
 * {@link org.partnershipatlas.synthetic.SyntheticNetworkGenerator}, runs the CLI, python-igraph, NetworKit and rustworkx on the same edge
 * lists and prints the ratios. No timing is asserted in unit tests.
 */
package org.partnershipatlas.analytics.bench;
