package org.partnershipatlas.analytics;

import java.util.List;
import java.util.Locale;

import org.partnershipatlas.analytics.timeslice.YearGrowth;

/**
 * The whole network in figures.
 *
 * @param nodes              organisations
 * @param edges              ties (linked pairs)
 * @param links              links (several may join one pair; = edges for an edge list)
 * @param components         connected components (an isolated organisation is one)
 * @param largestComponent   organisations in the largest
 * @param isolated           organisations without ties
 * @param density            2m / (n(n−1))
 * @param transitivity       3 × triangles / connected triples
 * @param averageClustering  mean local clustering
 * @param diameter           longest shortest path in hops between connected organisations
 * @param articulationPoints how many
 * @param bridges            how many
 * @param growth             links and organisations per {@code since} year (empty for an edge list)
 * @param undatedLinks       links without a {@code since} year
 */
public record GraphSummary(int nodes, int edges, int links, int components, int largestComponent, int isolated,
                           double density, double transitivity, double averageClustering, int diameter,
                           int articulationPoints, int bridges, List<YearGrowth> growth, int undatedLinks) {
    public GraphSummary {
        growth = List.copyOf(growth);
    }

    public String explain() {
        return String.format(Locale.ROOT, "%d organisations, %d links between %d pairs; %d components (largest %d, "
                        + "%d isolated); density %.4f; diameter %d; %d articulation points, %d bridges",
                nodes, links, edges, components, largestComponent, isolated, density, diameter, articulationPoints,
                bridges);
    }
}
