package org.partnershipatlas.analytics.brokerage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import org.partnershipatlas.analytics.findings.Finding;
import org.partnershipatlas.analytics.findings.NameList;
import org.partnershipatlas.analytics.graph.Labels;
import org.partnershipatlas.analytics.graph.NetworkGraph;

/**
 * The ranked list of brokers: organisations on shortest routes between others, or holding part of the network on
 * alone, each with its roles and the reasons for its rank as findings (codes with arguments).
 *
 * <p>Ranking: by raw betweenness (descending; on large networks an estimate, see
 * {@link org.partnershipatlas.analytics.NetworkAnalytics#ADAPTIVE_BETWEENNESS_ABOVE}), then articulation points first, then id; organisations with
 * betweenness 0 that are not articulation points are left out (a leaf is no broker). Reasons, in this order: its
 * share of shortest routes between other organisations ({@code SHORTEST_ROUTES_SHARE}, the normalised betweenness
 * as a percentage — why it ranks here), what it alone connects ({@code ONLY_ROUTE_TO}: the groups an articulation
 * point separates, by country), the countries it spans, its bridges, a low Burt constraint (within the lowest
 * quarter of organisations with two or more ties) and its Gould–Fernandez role counts ({@code OPEN_PAIRS}, then
 * one {@code BROKERAGE_ROLE} per role it plays).
 *
 * <p>Complexity: O(n log n) beside the measures it is given; the separated groups cost O(n) per articulation point
 * listed.
 */
public final class BrokerRanking {
    private BrokerRanking() {
    }

    /**
     * @param graph       the graph
     * @param betweenness raw betweenness per vertex
     * @param normalized  normalised betweenness per vertex
     * @param cuts        articulation points and bridges
     * @param constraint  Burt's constraint per vertex (NaN where undefined)
     * @param effective   Burt's effective size per vertex (NaN where undefined)
     * @param roles       Gould–Fernandez counts, or {@code null} when no group attribute is available
     * @param limit       at most this many brokers
     */
    public static List<Broker> rank(NetworkGraph graph, double[] betweenness, double[] normalized,
                                    ArticulationPointsAndBridges cuts, double[] constraint, double[] effective,
                                    GouldFernandezBrokerage roles, int limit) {
        return rank(graph, betweenness, normalized, cuts, constraint, effective, roles, limit, false);
    }

    /**
     * As {@link #rank(NetworkGraph, double[], double[], ArticulationPointsAndBridges, double[], double[],
     * GouldFernandezBrokerage, int)}, saying in the reasons that betweenness is {@code estimated} (sampled) when it
     * is.
     */
    public static List<Broker> rank(NetworkGraph graph, double[] betweenness, double[] normalized,
                                    ArticulationPointsAndBridges cuts, double[] constraint, double[] effective,
                                    GouldFernandezBrokerage roles, int limit, boolean estimated) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(betweenness, "betweenness");
        Objects.requireNonNull(normalized, "normalized");
        Objects.requireNonNull(cuts, "cuts");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        int n = graph.nodeCount();
        int[] bridgeCount = new int[n];
        for (int[] b : cuts.bridges()) {
            bridgeCount[b[0]]++;
            bridgeCount[b[1]]++;
        }
        double lowConstraint = lowerQuartile(graph, constraint);
        Integer[] order = IntStream.range(0, n)
                .filter(v -> betweenness[v] > 0 || cuts.isArticulationPoint(v))
                .boxed()
                .sorted(Comparator.<Integer>comparingDouble(v -> -betweenness[v])
                        .thenComparing(v -> !cuts.isArticulationPoint(v))
                        .thenComparing(graph::id))
                .limit(limit)
                .toArray(Integer[]::new);
        var result = new ArrayList<Broker>(order.length);
        for (int i = 0; i < order.length; i++) {
            int v = order[i];
            var labels = new ArrayList<String>();
            var reasons = new ArrayList<Finding>();
            reasons.add(Finding.of("SHORTEST_ROUTES_SHARE", "percent", 100 * normalized[v], "pairs", betweenness[v],
                    "estimated", estimated));
            int cutOff = 0;
            if (cuts.isArticulationPoint(v)) {
                labels.add("articulation point");
                int[] separated = cuts.separatedBy(v).stream().flatMapToInt(Arrays::stream).toArray();
                cutOff = separated.length;
                var where = Labels.byCountry(graph, separated);
                reasons.add(Finding.of("ONLY_ROUTE_TO", "count", cutOff, "byCountry", where.isEmpty() ? null : where,
                        "organisations", Labels.names(graph, separated)));
            }
            var countries = countriesAround(graph, v);
            if (countries.size() >= 2) {
                reasons.add(Finding.of("SPANS_COUNTRIES", "count", countries.size(), "countries",
                        NameList.of(countries.stream().map(c -> Labels.countryName(graph, c)).toList())));
            }
            if (bridgeCount[v] > 0) {
                labels.add("bridge end");
                reasons.add(Finding.of("BRIDGE_TIES", "count", bridgeCount[v]));
            }
            Double c = Double.isNaN(constraint[v]) ? null : constraint[v];
            if (c != null && graph.degree(v) >= 2 && c <= lowConstraint) {
                labels.add("low constraint");
                reasons.add(Finding.of("LOW_CONSTRAINT", "constraint", c));
            }
            Map<BrokerageRole, Integer> roleCounts = new EnumMap<>(BrokerageRole.class);
            if (roles != null) {
                roleCounts = roles.counts(v);
                int total = roles.total(v);
                if (total > 0) {
                    roleCounts.entrySet().stream().filter(e -> e.getValue() > 0)
                            .max(Map.Entry.comparingByValue())
                            .ifPresent(e -> labels.add(e.getKey().name().toLowerCase(Locale.ROOT)));
                    reasons.add(Finding.of("OPEN_PAIRS", "pairs", total, "attribute",
                            roles.groupAttribute().equals(NetworkGraph.GROUP) ? null : roles.groupAttribute()));
                    roleCounts.forEach((role, count) -> {
                        if (count > 0) {
                            reasons.add(Finding.of("BROKERAGE_ROLE", "role", role, "count", count));
                        }
                    });
                }
            }
            result.add(new Broker(i + 1, graph.id(v), graph.label(v), betweenness[v], normalized[v],
                    cuts.isArticulationPoint(v), cutOff, bridgeCount[v], c,
                    Double.isNaN(effective[v]) ? null : effective[v], roleCounts, countries.size(), labels, reasons));
        }
        return result;
    }

    /** The countries of v and its neighbours, in order of first appearance. */
    private static List<String> countriesAround(NetworkGraph graph, int v) {
        var set = new LinkedHashSet<String>();
        String own = graph.attribute(v, NetworkGraph.COUNTRY);
        if (own != null) {
            set.add(own);
        }
        for (int e = graph.start(v); e < graph.end(v); e++) {
            String c = graph.attribute(graph.target(e), NetworkGraph.COUNTRY);
            if (c != null) {
                set.add(c);
            }
        }
        return List.copyOf(set);
    }

    private static double lowerQuartile(NetworkGraph graph, double[] constraint) {
        double[] values = IntStream.range(0, graph.nodeCount())
                .filter(v -> graph.degree(v) >= 2 && !Double.isNaN(constraint[v]))
                .mapToDouble(v -> constraint[v]).sorted().toArray();
        return values.length == 0 ? Double.NEGATIVE_INFINITY : values[(values.length - 1) / 4];
    }
}
