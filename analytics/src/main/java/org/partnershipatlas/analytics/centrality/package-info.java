/**
 * Who is central: degree and strength, betweenness (exact: parallel CSR Brandes after folding degree-1 trees;
 * estimated: KADABRA adaptive sampling with a stated (ε, δ), or a fixed source sample), closeness
 * (Wasserman–Faust), harmonic, PageRank, eigenvector, k-core, triangles and clustering; graph-level components,
 * density, transitivity, average clustering and diameter. Each class states its definition, normalisation, paper
 * and complexity; the normalisations are NetworkX's, not JGraphT's (see
 * {@link org.partnershipatlas.analytics.Conventions}).
 */
package org.partnershipatlas.analytics.centrality;
