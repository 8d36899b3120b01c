package org.partnershipatlas.analytics.brokerage;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.partnershipatlas.analytics.graph.NetworkGraph;

/**
 * Gould–Fernandez brokerage role counts of every vertex, for a group attribute, over the directed arcs as stored
 * (for the seed: HEALTH_LINK and COLLABORATION Welsh side → partner, COORDINATION coordinator → unit, …).
 *
 * <p>Definition: vertex b brokers every ordered pair {@code (a, c)}, {@code a ≠ c}, with arcs {@code a → b} and
 * {@code b → c} and no arc {@code a → c}; each such open two-path counts once towards one {@link BrokerageRole}
 * decided by the groups of a, b and c. Parallel arcs count once. Vertices without a group value are put in a group
 * of their own ({@code "(none)"}). For the seed the group is {@link NetworkGraph#GROUP}: Wales (GB-WLS), the partner
 * country, or international (no country, or a multilateral body).
 *
 * <p>Paper: R. V. Gould and R. M. Fernandez, "Structures of mediation: a formal approach to brokerage in transaction
 * networks", Sociological Methodology 19, 1989 (the five roles, their figure 1); as in statnet's {@code brokerage}.
 *
 * <p>Complexity: O(Σ_b in(b)·out(b)·log d) time (the missing-arc test is a binary search), O(n + m) memory.
 */
public final class GouldFernandezBrokerage {
    public static final String NO_GROUP = "(none)";

    private final int[][] counts; // [vertex][role]
    private final String attribute;

    public GouldFernandezBrokerage(NetworkGraph graph, String groupAttribute) {
        Objects.requireNonNull(graph, "graph");
        this.attribute = Objects.requireNonNull(groupAttribute, "groupAttribute");
        if (!graph.hasAttribute(groupAttribute)) {
            throw new IllegalArgumentException("no node attribute \"" + groupAttribute + "\" (have "
                    + graph.attributeNames() + ")");
        }
        int n = graph.nodeCount();
        String[] group = new String[n];
        for (int v = 0; v < n; v++) {
            String g = graph.attribute(v, groupAttribute);
            group[v] = g == null || g.isBlank() ? NO_GROUP : g;
        }
        int[][] out = adjacency(graph, true);
        int[][] in = adjacency(graph, false);
        BrokerageRole[] roles = BrokerageRole.values();
        counts = new int[n][roles.length];
        for (int b = 0; b < n; b++) {
            for (int a : in[b]) {
                for (int c : out[b]) {
                    if (a == c || Arrays.binarySearch(out[a], c) >= 0) {
                        continue;
                    }
                    counts[b][BrokerageRole.of(group[a], group[b], group[c]).ordinal()]++;
                }
            }
        }
    }

    /** Sorted, de-duplicated successor (or predecessor) lists. */
    private static int[][] adjacency(NetworkGraph graph, boolean outgoing) {
        int n = graph.nodeCount();
        int[] degree = new int[n];
        for (int a = 0; a < graph.arcCount(); a++) {
            degree[outgoing ? graph.arcFrom(a) : graph.arcTo(a)]++;
        }
        int[][] lists = new int[n][];
        for (int v = 0; v < n; v++) {
            lists[v] = new int[degree[v]];
        }
        int[] fill = new int[n];
        for (int a = 0; a < graph.arcCount(); a++) {
            int v = outgoing ? graph.arcFrom(a) : graph.arcTo(a);
            lists[v][fill[v]++] = outgoing ? graph.arcTo(a) : graph.arcFrom(a);
        }
        for (int v = 0; v < n; v++) {
            lists[v] = Arrays.stream(lists[v]).sorted().distinct().toArray();
        }
        return lists;
    }

    public String groupAttribute() {
        return attribute;
    }

    public int count(int v, BrokerageRole role) {
        return counts[v][role.ordinal()];
    }

    /** The role counts of {@code v}, every role present (0 where none). */
    public Map<BrokerageRole, Integer> counts(int v) {
        var map = new EnumMap<BrokerageRole, Integer>(BrokerageRole.class);
        for (BrokerageRole r : BrokerageRole.values()) {
            map.put(r, counts[v][r.ordinal()]);
        }
        return map;
    }

    public int total(int v) {
        int sum = 0;
        for (int c : counts[v]) {
            sum += c;
        }
        return sum;
    }
}
