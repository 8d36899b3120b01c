package org.partnershipatlas.analytics.graph;

import java.util.Set;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.partnershipatlas.model.Countries;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;

/**
 * The undirected, simple projection of a network that every algorithm here reads: vertices {@code 0..n-1} with
 * string ids, and a compressed sparse row (CSR) adjacency — {@code offsets[v]..offsets[v+1]} index the neighbours of
 * {@code v} in {@code targets}, sorted ascending, with the tie weight of each half-edge in {@code weights}.
 *
 * <p>Projection rules (stated in every CLI output's {@code conventions}):
 * <ul>
 *   <li>Direction is dropped: a link from A to B and one from B to A are the same tie.</li>
 *   <li>Several links (or edge-list rows) between the same pair are merged into one tie whose weight is the
 *       <em>sum</em> of theirs: two partnerships between the same pair are a stronger tie.</li>
 *   <li>Self-loops cannot occur: the model forbids them and the edge-list reader rejects them with their line.</li>
 *   <li>The directed arcs as given are kept beside the projection, for Gould–Fernandez brokerage.</li>
 * </ul>
 *
 * <p>Memory: {@code 4(n+1) + 12·2m} bytes for the CSR plus the ids; a 100k/300k network takes about 10 MB.
 * Instances are immutable and safe to share between threads.
 */
public final class NetworkGraph {
    /** Node attribute names derived from a snapshot (see {@link #of(NetworkSnapshot)}). */
    public static final String NAME = "name";
    public static final String COUNTRY = "country";
    public static final String TYPE = "type";
    public static final String REGION = "region";
    /** The Gould–Fernandez group of the seed: {@code Wales}, the partner country's code, or {@code international}. */
    public static final String GROUP = "group";
    public static final String WALES_GROUP = "Wales";
    public static final String INTERNATIONAL_GROUP = "international";

    private final String[] ids;
    private final Map<String, Integer> index;
    private final int[] offsets;
    private final int[] targets;
    private final double[] weights;
    private final int[] arcFrom;
    private final int[] arcTo;
    private final double[] arcWeight;
    private final Map<String, String[]> attributes;
    private final NetworkSnapshot snapshot;

    private NetworkGraph(String[] ids, Map<String, Integer> index, int[] offsets, int[] targets, double[] weights,
                         int[] arcFrom, int[] arcTo, double[] arcWeight, Map<String, String[]> attributes,
                         NetworkSnapshot snapshot) {
        this.ids = ids;
        this.index = index;
        this.offsets = offsets;
        this.targets = targets;
        this.weights = weights;
        this.arcFrom = arcFrom;
        this.arcTo = arcTo;
        this.arcWeight = arcWeight;
        this.attributes = attributes;
        this.snapshot = snapshot;
    }

    /**
     * The projection of a snapshot: one vertex per organisation (snapshot order), one tie per linked pair with weight
     * the sum of {@link Link#weight()}; attributes {@code name}, {@code country}, {@code type}, {@code region} and
     * {@code group} (Wales / the organisation's country / international — no country or {@code MULTILATERAL}).
     */
    public static NetworkGraph of(NetworkSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        var b = builder();
        var orgs = snapshot.organisations();
        String[] names = new String[orgs.size()];
        String[] countries = new String[orgs.size()];
        String[] types = new String[orgs.size()];
        String[] regions = new String[orgs.size()];
        String[] groups = new String[orgs.size()];
        for (int i = 0; i < orgs.size(); i++) {
            Organisation o = orgs.get(i);
            b.node(o.id());
            names[i] = o.name();
            countries[i] = o.country();
            types[i] = o.type().name();
            regions[i] = o.country() == null ? null
                    : snapshot.country(o.country()).map(c -> c.region().name()).orElse(null);
            groups[i] = groupOf(o);
        }
        for (Link l : snapshot.links()) {
            b.edge(l.from(), l.to(), l.weight());
        }
        b.attributes.put(NAME, names);
        b.attributes.put(COUNTRY, countries);
        b.attributes.put(TYPE, types);
        b.attributes.put(REGION, regions);
        b.attributes.put(GROUP, groups);
        b.snapshot = snapshot;
        return b.build();
    }

    /** The seed's Gould–Fernandez group of an organisation. */
    public static String groupOf(Organisation o) {
        if (o.country() == null || o.type() == OrganisationType.MULTILATERAL) {
            return INTERNATIONAL_GROUP;
        }
        return Countries.WALES.equals(o.country()) ? WALES_GROUP : o.country();
    }

    public static Builder builder() {
        return new Builder();
    }

    // --- size and ids --------------------------------------------------------------------------------------------

    public int nodeCount() {
        return ids.length;
    }

    /** The number of ties (unordered linked pairs). */
    public int edgeCount() {
        return targets.length / 2;
    }

    public String id(int v) {
        return ids[v];
    }

    /** The vertex of {@code id}, or -1. */
    public int indexOf(String id) {
        Integer v = index.get(id);
        return v == null ? -1 : v;
    }

    public boolean contains(String id) {
        return index.containsKey(id);
    }

    public List<String> ids() {
        return Collections.unmodifiableList(Arrays.asList(ids));
    }

    /** The snapshot this graph projects, when it came from one (not from an edge list). */
    public Optional<NetworkSnapshot> snapshot() {
        return Optional.ofNullable(snapshot);
    }

    // --- adjacency -------------------------------------------------------------------------------------------------

    public int degree(int v) {
        return offsets[v + 1] - offsets[v];
    }

    /** First half-edge of {@code v}; its neighbours are {@code target(i)} for {@code start(v) <= i < end(v)}. */
    public int start(int v) {
        return offsets[v];
    }

    public int end(int v) {
        return offsets[v + 1];
    }

    public int target(int halfEdge) {
        return targets[halfEdge];
    }

    public double weight(int halfEdge) {
        return weights[halfEdge];
    }

    /** Whether {@code u} and {@code v} are tied (binary search in the sorted neighbours of the smaller degree). */
    public boolean adjacent(int u, int v) {
        if (degree(u) > degree(v)) {
            int t = u;
            u = v;
            v = t;
        }
        return Arrays.binarySearch(targets, offsets[u], offsets[u + 1], v) >= 0;
    }

    /** The weight of the tie between {@code u} and {@code v}, or 0 when there is none. */
    public double weightBetween(int u, int v) {
        int i = Arrays.binarySearch(targets, offsets[u], offsets[u + 1], v);
        return i >= 0 ? weights[i] : 0.0;
    }

    /** The raw CSR offsets, for the kernels of this module; callers must not modify them. */
    public int[] csrOffsets() {
        return offsets;
    }

    /** The raw CSR targets (neighbours sorted per vertex), for the kernels of this module; read only. */
    public int[] csrTargets() {
        return targets;
    }

    /**
     * The length of each half-edge under {@code mode}, aligned with the targets, or {@code null} when every length
     * is 1 (breadth-first search).
     */
    public double[] lengths(WeightMode mode) {
        if (mode.unweightedPaths()) {
            return null;
        }
        double[] len = new double[weights.length];
        for (int i = 0; i < len.length; i++) {
            len[i] = mode.length(weights[i]);
        }
        return len;
    }

    /** The strength of each half-edge under {@code mode} (PageRank, eigenvector, Burt), or {@code null} for all 1. */
    public double[] tieStrengths(WeightMode mode) {
        if (!mode.weightedTies()) {
            return null;
        }
        return weights.clone();
    }

    // --- arcs and attributes ----------------------------------------------------------------------------------------

    /** The number of directed arcs as given (duplicates and both directions kept). */
    public int arcCount() {
        return arcFrom.length;
    }

    public int arcFrom(int arc) {
        return arcFrom[arc];
    }

    public int arcTo(int arc) {
        return arcTo[arc];
    }

    /**
     * This graph without some vertices (and their ties), attributes and arcs kept; the snapshot is dropped (for a
     * snapshot, filter it and project again to keep the links' evidence).
     */
    public NetworkGraph without(Set<String> removedIds) {
        // Filtered in place of built again: the vertices keep their order and the ties theirs, so the result is the
        // graph the builder would make from the same nodes and rows (and the projection of a snapshot without those
        // organisations), duplicate rows summed in the same order. A fifth of a what-if on 10,000 organisations was
        // building it afresh.
        int n = ids.length;
        int[] map = new int[n];
        int kept = 0;
        for (int v = 0; v < n; v++) {
            map[v] = removedIds.contains(ids[v]) ? -1 : kept++;
        }
        String[] keptIds = new String[kept];
        var keptIndex = new HashMap<String, Integer>(Math.max(16, kept * 4 / 3 + 1));
        for (int v = 0; v < n; v++) {
            if (map[v] >= 0) {
                keptIds[map[v]] = ids[v];
                keptIndex.put(ids[v], map[v]);
            }
        }
        int[] keptOffsets = new int[kept + 1];
        int[] keptTargets = new int[targets.length];
        double[] keptWeights = new double[weights.length];
        int out = 0;
        for (int v = 0; v < n; v++) {
            if (map[v] < 0) {
                continue;
            }
            keptOffsets[map[v]] = out;
            for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                // neighbours are sorted by vertex, and the renumbering keeps their order
                if (map[targets[e]] >= 0) {
                    keptTargets[out] = map[targets[e]];
                    keptWeights[out] = weights[e];
                    out++;
                }
            }
        }
        keptOffsets[kept] = out;
        int arcs = 0;
        int[] keptFrom = new int[arcFrom.length];
        int[] keptTo = new int[arcTo.length];
        double[] keptArcWeight = new double[arcWeight.length];
        for (int a = 0; a < arcFrom.length; a++) {
            if (map[arcFrom[a]] >= 0 && map[arcTo[a]] >= 0) {
                keptFrom[arcs] = map[arcFrom[a]];
                keptTo[arcs] = map[arcTo[a]];
                keptArcWeight[arcs] = arcWeight[a];
                arcs++;
            }
        }
        var keptAttributes = new LinkedHashMap<String, String[]>();
        for (var attribute : attributes.entrySet()) {
            String[] values = attribute.getValue();
            String[] column = new String[keptIds.length];
            for (int v = 0; v < n; v++) {
                if (map[v] >= 0) {
                    column[map[v]] = values[v];
                }
            }
            keptAttributes.put(attribute.getKey(), column);
        }
        return new NetworkGraph(keptIds, Map.copyOf(keptIndex), keptOffsets, Arrays.copyOf(keptTargets, out),
                Arrays.copyOf(keptWeights, out), Arrays.copyOf(keptFrom, arcs), Arrays.copyOf(keptTo, arcs),
                Arrays.copyOf(keptArcWeight, arcs), Collections.unmodifiableMap(keptAttributes), null);
    }

    /** The value of a node attribute, or {@code null} where it is absent. */
    public String attribute(int v, String name) {
        String[] values = attributes.get(name);
        return values == null ? null : values[v];
    }

    public boolean hasAttribute(String name) {
        return attributes.containsKey(name);
    }

    public List<String> attributeNames() {
        return List.copyOf(attributes.keySet());
    }

    /** A display label: the name attribute where there is one, else the id. */
    public String label(int v) {
        String name = attribute(v, NAME);
        return name == null ? ids[v] : name;
    }

    @Override
    public String toString() {
        return "NetworkGraph[" + nodeCount() + " nodes, " + edgeCount() + " ties]";
    }

    /** Collects nodes, ties and attributes; not thread-safe, single use. */
    public static final class Builder {
        private final Map<String, Integer> index = new HashMap<>();
        private String[] ids = new String[16];
        private int n;
        private int[] from = new int[16];
        private int[] to = new int[16];
        private double[] w = new double[16];
        private int m;
        private final Map<String, String[]> attributes = new LinkedHashMap<>();
        private final Map<String, Map<Integer, String>> sparseAttributes = new LinkedHashMap<>();
        private NetworkSnapshot snapshot;

        private Builder() {
        }

        /** Adds {@code id} if it is new; returns its vertex. */
        public int node(String id) {
            Objects.requireNonNull(id, "id");
            Integer v = index.get(id);
            if (v != null) {
                return v;
            }
            if (n == ids.length) {
                ids = Arrays.copyOf(ids, n * 2);
            }
            ids[n] = id;
            index.put(id, n);
            return n++;
        }

        public boolean hasNode(String id) {
            return index.containsKey(id);
        }

        /**
         * Adds a tie (and its ends if new).
         *
         * @throws IllegalArgumentException on a self-loop or a weight that is not a positive finite number
         */
        public Builder edge(String source, String target, double weight) {
            if (source.equals(target)) {
                throw new IllegalArgumentException("self-loop on \"" + source + "\"");
            }
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("weight must be a positive finite number: " + weight);
            }
            int u = node(source);
            int v = node(target);
            if (m == from.length) {
                from = Arrays.copyOf(from, m * 2);
                to = Arrays.copyOf(to, m * 2);
                w = Arrays.copyOf(w, m * 2);
            }
            from[m] = u;
            to[m] = v;
            w[m] = weight;
            m++;
            return this;
        }

        /** Sets a node attribute (the node is added if new). */
        public Builder attribute(String id, String name, String value) {
            int v = node(id);
            sparseAttributes.computeIfAbsent(name, k -> new HashMap<>()).put(v, value);
            return this;
        }

        public NetworkGraph build() {
            int[] degree = new int[n + 1];
            for (int e = 0; e < m; e++) {
                degree[from[e]]++;
                degree[to[e]]++;
            }
            int[] rawOffsets = new int[n + 1];
            for (int v = 0; v < n; v++) {
                rawOffsets[v + 1] = rawOffsets[v] + degree[v];
            }
            // half-edge keys: neighbour in the high word, raw edge in the low word, so sorting groups duplicates
            long[] keys = new long[2 * m];
            int[] fill = Arrays.copyOf(rawOffsets, n);
            for (int e = 0; e < m; e++) {
                keys[fill[from[e]]++] = ((long) to[e] << 32) | e;
                keys[fill[to[e]]++] = ((long) from[e] << 32) | e;
            }
            int[] offsets = new int[n + 1];
            int[] targets = new int[2 * m];
            double[] weights = new double[2 * m];
            int out = 0;
            for (int v = 0; v < n; v++) {
                offsets[v] = out;
                int lo = rawOffsets[v];
                int hi = rawOffsets[v + 1];
                Arrays.sort(keys, lo, hi);
                int previous = -1;
                for (int i = lo; i < hi; i++) {
                    int neighbour = (int) (keys[i] >>> 32);
                    double weight = w[(int) keys[i]];
                    if (neighbour == previous) {
                        weights[out - 1] += weight;
                    } else {
                        targets[out] = neighbour;
                        weights[out] = weight;
                        out++;
                        previous = neighbour;
                    }
                }
            }
            offsets[n] = out;
            var attrs = new LinkedHashMap<>(attributes);
            sparseAttributes.forEach((name, values) -> {
                String[] column = attrs.containsKey(name) ? Arrays.copyOf(attrs.get(name), n) : new String[n];
                values.forEach((v, value) -> column[v] = value);
                attrs.put(name, column);
            });
            attrs.replaceAll((name, column) -> column.length == n ? column : Arrays.copyOf(column, n));
            return new NetworkGraph(Arrays.copyOf(ids, n), Map.copyOf(index), offsets,
                    Arrays.copyOf(targets, out), Arrays.copyOf(weights, out),
                    Arrays.copyOf(from, m), Arrays.copyOf(to, m), Arrays.copyOf(w, m), Collections.unmodifiableMap(attrs),
                    snapshot);
        }
    }
}
