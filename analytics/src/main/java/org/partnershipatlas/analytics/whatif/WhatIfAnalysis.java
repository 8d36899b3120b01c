package org.partnershipatlas.analytics.whatif;

import java.util.PriorityQueue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.partnershipatlas.analytics.centrality.Components;
import org.partnershipatlas.analytics.findings.Finding;
import org.partnershipatlas.analytics.findings.NameList;
import org.partnershipatlas.analytics.graph.Labels;
import org.partnershipatlas.analytics.graph.NetworkGraph;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.Region;

/**
 * Compares a network with the same network after removing organisations and/or links: components before and after,
 * which parts are cut off from whom, which Health Boards lose their only route to a country, and the largest moves of
 * the main measures.
 *
 * <p>Definitions: a part is <em>cut off</em> when the surviving organisations of one component before fall into
 * several components after; the largest is the rest of the network, the others are reported. A Health Board
 * <em>loses its only route</em> to a partner country (outside Wales and the rest of the UK) when its component
 * holds an organisation of that country before and none after. Measure changes compare the organisations present in
 * both.
 *
 * <p>Complexity: O(n + m) beside the measures it is given.
 */
public final class WhatIfAnalysis {
    public static final int LIST_LIMIT = 20;
    public static final int CHANGES_PER_METRIC = 5;

    private WhatIfAnalysis() {
    }

    /**
     * @param before        the network as it is
     * @param after         the network after the removal (a subgraph with the same ids)
     * @param metricsBefore measure → per-vertex values of {@code before}
     * @param metricsAfter  the same measures of {@code after}
     */
    public static WhatIfResult compare(NetworkGraph before, NetworkGraph after, List<String> removedOrganisations,
                                       List<String> removedLinks, Map<WhatIfMeasure, double[]> metricsBefore,
                                       Map<WhatIfMeasure, double[]> metricsAfter) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        var cb = new Components(before);
        var ca = new Components(after);
        // surviving vertices of each old component, grouped by new component
        Map<Integer, Map<Integer, List<Integer>>> pieces = new LinkedHashMap<>();
        for (int v = 0; v < after.nodeCount(); v++) {
            int old = cb.componentOf(before.indexOf(after.id(v)));
            pieces.computeIfAbsent(old, k -> new LinkedHashMap<>())
                    .computeIfAbsent(ca.componentOf(v), k -> new ArrayList<>()).add(v);
        }
        var separations = new ArrayList<Separation>();
        for (var parts : pieces.values()) {
            if (parts.size() < 2) {
                continue;
            }
            var sorted = parts.values().stream().sorted(Comparator.<List<Integer>>comparingInt(List::size).reversed())
                    .toList();
            int anchor = hub(after, sorted.get(0));
            for (var part : sorted.subList(1, sorted.size())) {
                int[] vertices = part.stream().mapToInt(Integer::intValue).toArray();
                var where = Labels.byCountry(after, vertices);
                var ids = Labels.ids(after, vertices);
                separations.add(new Separation(vertices.length, ids.subList(0, Math.min(ids.size(), LIST_LIMIT)),
                        Finding.of("BY_COUNTRY", "byCountry", where), after.id(anchor),
                        Finding.of("PART_CUT_OFF", "count", vertices.length,
                                "byCountry", where.isEmpty() ? null : where, "from", after.label(anchor),
                                "fromId", after.id(anchor), "organisations", Labels.names(after, vertices))));
            }
        }
        separations.sort(Comparator.comparingInt(Separation::size).reversed());
        var lost = lostRoutes(before, cb, after, ca);
        var changes = changes(before, after, metricsBefore, metricsAfter);
        var removed = NameList.of(names(before, removedOrganisations, removedLinks));
        Finding explanation = Finding.of("REMOVAL_EFFECT", "removed", removed, "before", cb.count(),
                "after", ca.count(), "parts", separations.size(), "lostRoutes", lost.size());
        return new WhatIfResult(removedOrganisations, removedLinks, cb.count(), ca.count(), separations, lost,
                changes, explanation);
    }

    /** What was removed as a person reads it: organisations by name, links as "A – B". */
    private static List<String> names(NetworkGraph before, List<String> organisations, List<String> links) {
        var all = new ArrayList<String>();
        organisations.forEach(id -> all.add(label(before, id)));
        for (String id : links) {
            all.add(before.snapshot().flatMap(s -> s.link(id))
                    .map(l -> label(before, l.from()) + " – " + label(before, l.to())).orElse(id));
        }
        return all;
    }

    private static String label(NetworkGraph g, String id) {
        return g.contains(id) ? g.label(g.indexOf(id)) : id;
    }

    /** The vertex of highest degree in a part: the name it is known by. */
    private static int hub(NetworkGraph g, List<Integer> part) {
        return part.stream().max(Comparator.<Integer>comparingInt(g::degree).thenComparing(v -> -v)).orElseThrow();
    }

    private static List<LostRoute> lostRoutes(NetworkGraph before, Components cb, NetworkGraph after, Components ca) {
        if (!before.hasAttribute(NetworkGraph.TYPE) || !before.hasAttribute(NetworkGraph.REGION)) {
            return List.of();
        }
        var countriesBefore = countriesByComponent(before, cb);
        var countriesAfter = countriesByComponent(after, ca);
        var result = new ArrayList<LostRoute>();
        for (int v = 0; v < after.nodeCount(); v++) {
            if (!OrganisationType.HEALTH_BOARD.name().equals(after.attribute(v, NetworkGraph.TYPE))) {
                continue;
            }
            var had = countriesBefore.getOrDefault(cb.componentOf(before.indexOf(after.id(v))), Set.of());
            var has = countriesAfter.getOrDefault(ca.componentOf(v), Set.of());
            for (String code : had) {
                if (!has.contains(code)) {
                    result.add(new LostRoute(after.id(v), after.label(v), code, Labels.countryName(after, code)));
                }
            }
        }
        return result;
    }

    private static Map<Integer, Set<String>> countriesByComponent(NetworkGraph g, Components c) {
        Map<Integer, Set<String>> result = new HashMap<>();
        for (int v = 0; v < g.nodeCount(); v++) {
            String region = g.attribute(v, NetworkGraph.REGION);
            String country = g.attribute(v, NetworkGraph.COUNTRY);
            if (country != null && region != null && !region.equals(Region.WALES.name())
                    && !region.equals(Region.REST_OF_UK.name())) {
                result.computeIfAbsent(c.componentOf(v), k -> new TreeSet<>()).add(country);
            }
        }
        return result;
    }

    /** Largest change first, then by id. */
    private static final Comparator<MetricChange> BY_SIZE =
            Comparator.<MetricChange>comparingDouble(c -> -Math.abs(c.change())).thenComparing(MetricChange::id);

    private static List<MetricChange> changes(NetworkGraph before, NetworkGraph after,
                                              Map<WhatIfMeasure, double[]> mb, Map<WhatIfMeasure, double[]> ma) {
        var result = new ArrayList<MetricChange>();
        for (var entry : mb.entrySet()) {
            double[] b = entry.getValue();
            double[] a = ma.get(entry.getKey());
            if (a == null) {
                continue;
            }
            // the CHANGES_PER_METRIC largest changes, kept in a small heap whose head is the least of them (on a
            // large network nearly every PageRank changes a little: sorting them all was a tenth of a what-if)
            var biggest = new PriorityQueue<MetricChange>(BY_SIZE.reversed());
            for (int v = 0; v < after.nodeCount(); v++) {
                double x = b[before.indexOf(after.id(v))];
                double y = a[v];
                if (x != y) {
                    biggest.add(new MetricChange(after.id(v), entry.getKey(), x, y, y - x));
                    if (biggest.size() > CHANGES_PER_METRIC) {
                        biggest.poll();
                    }
                }
            }
            var list = new ArrayList<>(biggest);
            list.sort(BY_SIZE);
            result.addAll(list);
        }
        return result;
    }
}
