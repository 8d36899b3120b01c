package org.partnershipatlas.analytics;

import org.partnershipatlas.analytics.centrality.KadabraBetweenness;
import java.util.LinkedHashMap;
import java.util.Map;

import org.partnershipatlas.analytics.centrality.EigenvectorCentrality;
import org.partnershipatlas.analytics.centrality.PageRank;

/**
 * The definitions behind every number, as the CLI writes them under {@code conventions} and the UI can show them:
 * which normalisation, which paper, how input was projected. One place, so the text cannot drift from the code.
 */
public final class Conventions {
    private Conventions() {
    }

    /** The {@code betweenness} convention of a KADABRA estimate. */
    public static String kadabra(KadabraBetweenness b) {
        return "raw Brandes (2001) betweenness, each unordered pair of other vertices counted once (igraph; NetworkX "
                + "normalized=False); ESTIMATED by KADABRA (Borassi-Natale 2016) from " + b.samples() + " sampled "
                + "pairs, " + (b.countsOnePath() ? "each with one uniform shortest path"
                : "each vertex counting its share of the pair's shortest paths") + ", scaled by n(n-1)/2; epsilon "
                + b.epsilon()
                + " (on betweenness / (n(n-1)/2)), delta " + b.delta() + ", seed " + b.seed() + ": " + b.guarantee();
    }

    /** The conventions of a run with these options (sampled betweenness is stated when used). */
    public static Map<String, Object> of(AnalysisOptions options) {
        var c = new LinkedHashMap<String, Object>();
        c.put("graph", "undirected and simple: link direction dropped; several links or edge-list rows between the "
                + "same pair merged into one tie whose weight is the sum of theirs; self-loops rejected");
        c.put("weights", options.weights().cliName() + switch (options.weights()) {
            case NONE -> ": weights ignored (every tie has length 1 and strength 1; strength = degree)";
            case DISTANCE -> ": weight = path length for betweenness, closeness, harmonic and routes; PageRank, "
                    + "eigenvector, constraint and effective size unweighted; strength = sum of weights";
            case STRENGTH -> ": weight = tie strength; path length 1/w; PageRank, eigenvector, strength, constraint "
                    + "and effective size use w";
        });
        c.put("degree", "number of distinct neighbours");
        c.put("strength", "sum of tie weights (NetworkX degree(weight=)); equals degree with --weights none");
        c.put("betweenness", "raw Brandes (2001) betweenness, each unordered pair of other vertices counted once "
                + "(igraph; NetworkX normalized=False)"
                + (options.betweennessSamples() > 0 ? "; ESTIMATED from " + options.betweennessSamples()
                + " sampled sources scaled by n/k (Brandes-Pich 2007, seed " + options.seed() + ")" : "; exact"));
        c.put("betweennessNormalized", "betweenness / ((n-1)(n-2)/2) (NetworkX normalized=True; JGraphT's "
                + "normalised value is half of this)");
        c.put("closeness", "NetworkX closeness_centrality with the Wasserman-Faust correction: (r/S)·(r/(n-1)), "
                + "r = vertices reachable, S = sum of their distances; 0 if none reachable");
        c.put("harmonic", "sum over other vertices of 1/distance, unreachable adding 0; NOT divided by n-1 "
                + "(NetworkX harmonic_centrality; JGraphT divides)");
        c.put("pageRank", "alpha " + PageRank.DAMPING_FACTOR + ", uniform teleport, dangling mass spread uniformly, "
                + "over-relaxed Gauss-Seidel sweeps (omega " + PageRank.RELAXATION + ") to L1 change of a sweep < "
                + PageRank.TOLERANCE + " (NetworkX pagerank's fixed point; "
                + "JGraphT defaults to 100 iterations / 1e-4)");
        c.put("eigenvector", "NetworkX eigenvector_centrality: power iteration of (A+I) from the uniform vector, "
                + "Euclidean norm 1, to L1 change < n·" + EigenvectorCentrality.TOLERANCE_PER_NODE);
        c.put("coreNumber", "k-core number (Batagelj-Zaversnik 2003; NetworkX core_number)");
        c.put("clustering", "local clustering 2T/(d(d-1)), unweighted, 0 for degree < 2 (NetworkX clustering)");
        c.put("triangles", "triangles through the vertex (NetworkX triangles)");
        c.put("transitivity", "3 × triangles / connected triples (NetworkX transitivity)");
        c.put("averageClustering", "mean local clustering over all vertices, zeros included (NetworkX)");
        c.put("density", "2m / (n(n-1))");
        c.put("components", "connected components; an isolated vertex is one");
        c.put("diameter", "longest shortest path in hops between connected vertices (igraph unconn=True)");
        c.put("constraint", "Burt (1992) constraint as NetworkX constraint; null for a vertex without ties");
        c.put("effectiveSize", "Burt (1992) effective size as NetworkX effective_size (Borgatti's d - 2t/d "
                + "unweighted); null for a vertex without ties");
        c.put("community", "Louvain (Blondel et al. 2008), resolution 1, seeded visiting order (seed "
                + options.seed() + "); communities numbered by first vertex");
        c.put("articulationPoints", "vertices whose removal disconnects their component (Hopcroft-Tarjan 1973)");
        c.put("bridges", "ties whose removal disconnects their component, as [id, id] pairs");
        c.put("linkPrediction", "NetworkX definitions: common neighbours |N(u)∩N(v)|, Jaccard |∩|/|∪|, "
                + "Adamic-Adar Σ 1/ln d(w), resource allocation Σ 1/d(w), preferential attachment d(u)·d(v); "
                + "over non-adjacent pairs; neighbourhood methods list only pairs with a shared neighbour");
        c.put("brokerageRoles", "Gould-Fernandez (1989) over the arcs as stored: open two-paths a→b→c with no "
                + "a→c, by group of a, b, c");
        c.put("edgeList", "source,target[,weight] with a header row; ids are strings; a row joining an id to "
                + "itself is rejected with its line; repeated rows (either direction) merged, weights summed; "
                + "weights must be positive numbers");
        c.put("timingsMs", "wall time of each algorithm alone, keyed by the first metric it produces; "
                + "betweennessNormalized comes with betweenness; clustering, transitivity and averageClustering "
                + "with triangles; bridges with articulationPoints (one depth-first search finds both)");
        c.put("nan", "values undefined for a vertex are written as null");
        return c;
    }
}
