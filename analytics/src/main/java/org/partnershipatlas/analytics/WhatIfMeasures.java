package org.partnershipatlas.analytics;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.partnershipatlas.analytics.centrality.BetweennessCentrality;
import org.partnershipatlas.analytics.centrality.Degrees;
import org.partnershipatlas.analytics.centrality.KadabraBetweenness;
import org.partnershipatlas.analytics.graph.NetworkGraph;
import org.partnershipatlas.analytics.graph.WeightMode;
import org.partnershipatlas.analytics.whatif.WhatIfAnalysis;
import org.partnershipatlas.analytics.whatif.WhatIfMeasure;
import org.partnershipatlas.analytics.whatif.WhatIfResult;
import org.partnershipatlas.model.Link;

/**
 * {@link NetworkAnalytics#whatIf}: the network after a removal, and the headline measures compared before and after
 * it. Up to {@link NetworkAnalytics#WHAT_IF_EXACT_LIMIT} organisations those are degree, exact betweenness, closeness
 * and PageRank; above it degree, PageRank and estimated betweenness — KADABRA when unweighted (the broker ranking's
 * estimate, whose recorded samples also give the network after, see
 * {@link KadabraBetweenness#normalizedAfterRemoval}), {@value NetworkAnalytics#WHAT_IF_SAMPLES} sampled sources with
 * weights. Kept apart from the facade because it is one question with its own rules: which measures, estimated how,
 * and how the network after is built.
 */
final class WhatIfMeasures {
    private WhatIfMeasures() {
    }

    /** @throws IllegalArgumentException for an id that is neither an organisation nor a link */
    static WhatIfResult whatIf(NetworkAnalytics before, Collection<String> ids) {
        NetworkGraph graph = before.graph();
        Set<String> organisations = new LinkedHashSet<>();
        Set<String> links = new LinkedHashSet<>();
        for (String id : ids) {
            if (graph.contains(id)) {
                organisations.add(id);
            } else if (graph.snapshot().flatMap(s -> s.link(id)).isPresent()) {
                links.add(id);
            } else {
                throw new IllegalArgumentException("unknown organisation or link \"" + id + "\"");
            }
        }
        // Without links removed, the graph filtered is the projection of the snapshot filtered (see
        // NetworkGraph.without) at a fraction of the cost; what follows reads the graph only, never its snapshot.
        // With links removed the snapshot is filtered (each filter builds its indexes again: only those that remove
        // something) and projected again.
        NetworkGraph after = links.isEmpty() || graph.snapshot().isEmpty() ? graph.without(organisations)
                : NetworkGraph.of(graph.snapshot().map(s -> organisations.isEmpty() ? s
                        : s.withOrganisations(o -> !organisations.contains(o.id())))
                        .orElseThrow().withLinks((Link l) -> !links.contains(l.id())));
        var afterAnalytics = NetworkAnalytics.of(after, before.options());
        boolean estimate = graph.nodeCount() > NetworkAnalytics.WHAT_IF_EXACT_LIMIT;
        // the network after removal is estimated the same way as before it, even if it falls below the limit
        return WhatIfAnalysis.compare(graph, after, List.copyOf(organisations), List.copyOf(links),
                estimate ? before.estimatedHeadlineMeasures() : exact(before),
                estimate ? estimatedAfter(before, afterAnalytics) : exact(afterAnalytics));
    }

    private static Map<WhatIfMeasure, double[]> exact(NetworkAnalytics a) {
        var m = new EnumMap<WhatIfMeasure, double[]>(WhatIfMeasure.class);
        m.put(WhatIfMeasure.DEGREE, Degrees.strength(a.graph(), WeightMode.NONE));
        m.put(WhatIfMeasure.BETWEENNESS, a.betweennessCentrality().normalized());
        m.put(WhatIfMeasure.CLOSENESS, a.closenessScores());
        m.put(WhatIfMeasure.PAGE_RANK, a.pageRankScores());
        return m;
    }

    /** The estimated headline measures of {@code a} (kept by it: see {@link NetworkAnalytics#prepare()}). */
    static Map<WhatIfMeasure, double[]> estimated(NetworkAnalytics a, boolean adaptive) {
        var options = a.options();
        var m = new EnumMap<WhatIfMeasure, double[]>(WhatIfMeasure.class);
        m.put(WhatIfMeasure.DEGREE, Degrees.strength(a.graph(), WeightMode.NONE));
        if (adaptive && options.weights() == WeightMode.NONE) {
            var shared = a.adaptiveBetweenness();
            m.put(WhatIfMeasure.BETWEENNESS_ESTIMATED, shared.isPresent() ? shared.get().normalized()
                    : new KadabraBetweenness(a.graph(), KadabraBetweenness.DEFAULT_EPSILON,
                    KadabraBetweenness.DEFAULT_DELTA, NetworkAnalytics.BROKER_LIMIT, options.threads(),
                    options.seed()).normalized());
        } else {
            m.put(WhatIfMeasure.BETWEENNESS_ESTIMATED, new BetweennessCentrality(a.graph(), options.weights(),
                    options.threads(), NetworkAnalytics.WHAT_IF_SAMPLES, options.seed()).normalized());
        }
        m.put(WhatIfMeasure.PAGE_RANK, a.pageRankScores());
        return m;
    }

    /**
     * The estimated headline measures of the network after a removal. With the adaptive estimate, betweenness comes
     * from its own recorded samples, those that crossed what was removed drawn again
     * ({@link KadabraBetweenness#normalizedAfterRemoval}): a fraction of a fresh estimate's cost, and less noise in
     * the differences.
     */
    private static Map<WhatIfMeasure, double[]> estimatedAfter(NetworkAnalytics before, NetworkAnalytics after) {
        var shared = before.usesAdaptiveBetweenness() ? before.adaptiveBetweenness()
                : Optional.<KadabraBetweenness>empty();
        if (shared.isEmpty()) {
            return estimated(after, before.usesAdaptiveBetweenness());
        }
        var m = new EnumMap<WhatIfMeasure, double[]>(WhatIfMeasure.class);
        m.put(WhatIfMeasure.DEGREE, Degrees.strength(after.graph(), WeightMode.NONE));
        m.put(WhatIfMeasure.BETWEENNESS_ESTIMATED, shared.get().normalizedAfterRemoval(after.graph()));
        m.put(WhatIfMeasure.PAGE_RANK, after.pageRankScores());
        return m;
    }
}
