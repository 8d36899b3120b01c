/**
 * Projections of a network for the algorithms: {@link org.partnershipatlas.analytics.graph.NetworkGraph}, the
 * immutable undirected simple graph in compact CSR arrays (from a snapshot, or an edge list read by
 * {@link org.partnershipatlas.analytics.graph.EdgeListFormat}), its JGraphT twin
 * ({@link org.partnershipatlas.analytics.graph.JGraphTProjection}), the weight modes, and the shared machinery of
 * the all-pairs kernels (a reusable shortest-path workspace, a source-parallel runner).
 */
package org.partnershipatlas.analytics.graph;
