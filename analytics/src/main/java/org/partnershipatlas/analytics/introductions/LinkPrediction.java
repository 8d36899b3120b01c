package org.partnershipatlas.analytics.introductions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;

import org.partnershipatlas.analytics.findings.Finding;
import org.partnershipatlas.analytics.graph.Labels;
import org.partnershipatlas.analytics.graph.NetworkGraph;
import org.partnershipatlas.model.Countries;
import org.partnershipatlas.model.Region;

/**
 * Link prediction over non-adjacent pairs, with NetworkX's definitions:
 * <ul>
 *   <li>common neighbours {@code |N(u) ∩ N(v)|};</li>
 *   <li>Jaccard {@code |N(u) ∩ N(v)| / |N(u) ∪ N(v)|} (D. Liben-Nowell and J. Kleinberg, "The link-prediction
 *       problem for social networks", JASIST 58(7), 2007);</li>
 *   <li>Adamic–Adar {@code Σ_{w ∈ N(u)∩N(v)} 1/ln d(w)} (L. A. Adamic and E. Adar, "Friends and neighbors on the
 *       Web", Social Networks 25(3), 2003);</li>
 *   <li>resource allocation {@code Σ_{w ∈ N(u)∩N(v)} 1/d(w)} (T. Zhou, L. Lü and Y.-C. Zhang, "Predicting missing
 *       links via local information", European Physical Journal B 71, 2009);</li>
 *   <li>preferential attachment {@code d(u)·d(v)} (A.-L. Barabási and R. Albert, "Emergence of scaling in random
 *       networks", Science 286, 1999).</li>
 * </ul>
 * Only pairs with a positive score are listed (a neighbourhood score is positive only for pairs two steps apart), so
 * the top k over all non-edges never enumerates n² pairs: neighbourhood methods walk each vertex's two-step
 * neighbourhood (O(Σ_w d(w)²) time), preferential attachment scans vertices in decreasing degree and stops as soon as
 * no remaining pair can enter the top k. Ties are ordered by source then target id. Degrees ignore weights.
 *
 * <p>Plausible pairs: a Welsh body (country GB-WLS) and an organisation in a partner country (outside Wales and
 * the rest of the UK); the Welsh body is then the source.
 *
 * <p>Memory: O(n + k).
 */
public final class LinkPrediction {
    private LinkPrediction() {
    }

    /**
     * @throws IllegalArgumentException when {@code forId} is unknown
     */
    public static List<LinkSuggestion> suggest(NetworkGraph graph, SuggestionRequest request) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(request, "request");
        int only = -1;
        if (request.forId() != null) {
            only = graph.indexOf(request.forId());
            if (only < 0) {
                throw new IllegalArgumentException("unknown organisation \"" + request.forId() + "\"");
            }
        }
        var top = new TopK(request.top(), graph);
        var side = request.plausibleOnly() ? sides(graph) : null;
        if (request.method().neighbourhood()) {
            neighbourhood(graph, request.method(), only, side, top);
        } else {
            preferentialAttachment(graph, only, side, top);
        }
        var result = new ArrayList<LinkSuggestion>();
        for (Candidate c : top.sorted()) {
            int s = c.u;
            int t = c.v;
            if (only >= 0 ? t == only : (side != null && side[t] == WELSH)) {
                s = c.v;
                t = c.u;
            }
            int[] shared = shared(graph, s, t);
            Finding reason = shared.length == 0
                    ? Finding.of("TIE_COUNTS", "source", graph.label(s), "sourceTies", graph.degree(s),
                    "target", graph.label(t), "targetTies", graph.degree(t))
                    : Finding.of("SHARED_PARTNERS", "count", shared.length, "partners", Labels.names(graph, shared));
            result.add(new LinkSuggestion(graph.id(s), graph.id(t), c.score, request.method().cliName(),
                    new Evidence(Labels.ids(graph, shared), null, reason)));
        }
        return result;
    }

    static final byte OTHER = 0;
    static final byte WELSH = 1;
    static final byte PARTNER = 2;

    /** Which side of a plausible pair each vertex can be on. */
    static byte[] sides(NetworkGraph graph) {
        byte[] side = new byte[graph.nodeCount()];
        for (int v = 0; v < side.length; v++) {
            side[v] = sideOf(graph, v);
        }
        return side;
    }

    static byte sideOf(NetworkGraph graph, int v) {
        String country = graph.attribute(v, NetworkGraph.COUNTRY);
        if (Countries.WALES.equals(country)) {
            return WELSH;
        }
        String region = graph.attribute(v, NetworkGraph.REGION);
        if (country != null && region != null && !region.equals(Region.WALES.name())
                && !region.equals(Region.REST_OF_UK.name())) {
            return PARTNER;
        }
        return OTHER;
    }

    static boolean plausible(byte[] side, int u, int v) {
        return side == null || (side[u] == WELSH && side[v] == PARTNER) || (side[u] == PARTNER && side[v] == WELSH);
    }

    private static void neighbourhood(NetworkGraph graph, LinkPredictionMethod method, int only, byte[] side, TopK top) {
        int n = graph.nodeCount();
        int[] count = new int[n];
        double[] sum = new double[n];
        int[] mark = new int[n];
        Arrays.fill(mark, -1);
        int[] touched = new int[n];
        int from = only >= 0 ? only : 0;
        int to = only >= 0 ? only + 1 : n;
        for (int u = from; u < to; u++) {
            if (side != null && side[u] == OTHER) {
                continue;
            }
            for (int e = graph.start(u); e < graph.end(u); e++) {
                mark[graph.target(e)] = u;
            }
            mark[u] = u;
            int touchedCount = 0;
            for (int e = graph.start(u); e < graph.end(u); e++) {
                int w = graph.target(e);
                int dw = graph.degree(w);
                double add = switch (method) {
                    case ADAMIC_ADAR -> 1.0 / Math.log(dw);
                    case RESOURCE_ALLOCATION -> 1.0 / dw;
                    default -> 0;
                };
                for (int f = graph.start(w); f < graph.end(w); f++) {
                    int v = graph.target(f);
                    if (mark[v] == u || (only < 0 && v < u)) {
                        continue;
                    }
                    if (count[v] == 0) {
                        touched[touchedCount++] = v;
                    }
                    count[v]++;
                    sum[v] += add;
                }
            }
            for (int i = 0; i < touchedCount; i++) {
                int v = touched[i];
                if (plausible(side, u, v)) {
                    double score = switch (method) {
                        case COMMON_NEIGHBOURS -> count[v];
                        case JACCARD -> (double) count[v] / (graph.degree(u) + graph.degree(v) - count[v]);
                        default -> sum[v];
                    };
                    top.offer(u, v, score);
                }
                count[v] = 0;
                sum[v] = 0;
            }
        }
    }

    private static void preferentialAttachment(NetworkGraph graph, int only, byte[] side, TopK top) {
        int n = graph.nodeCount();
        Integer[] byDegree = new Integer[n];
        for (int v = 0; v < n; v++) {
            byDegree[v] = v;
        }
        Arrays.sort(byDegree, Comparator.<Integer>comparingInt(graph::degree).reversed().thenComparing(graph::id));
        if (only >= 0) {
            for (int v : byDegree) {
                double score = (double) graph.degree(only) * graph.degree(v);
                if (score <= 0 || (top.full() && score < top.threshold())) {
                    break;
                }
                if (v != only && !graph.adjacent(only, v) && plausible(side, only, v)) {
                    top.offer(only, v, score);
                }
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            int u = byDegree[i];
            if (i + 1 < n && top.full()
                    && (double) graph.degree(u) * graph.degree(byDegree[i + 1]) < top.threshold()) {
                break;
            }
            for (int j = i + 1; j < n; j++) {
                int v = byDegree[j];
                double score = (double) graph.degree(u) * graph.degree(v);
                if (score <= 0 || (top.full() && score < top.threshold())) {
                    break;
                }
                if (!graph.adjacent(u, v) && plausible(side, u, v)) {
                    top.offer(u, v, score);
                }
            }
        }
    }

    /** The common neighbours of u and v, by merging their sorted neighbour lists. */
    static int[] shared(NetworkGraph graph, int u, int v) {
        var result = new ArrayList<Integer>();
        int i = graph.start(u);
        int j = graph.start(v);
        while (i < graph.end(u) && j < graph.end(v)) {
            int a = graph.target(i);
            int b = graph.target(j);
            if (a == b) {
                result.add(a);
                i++;
                j++;
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        return result.stream().mapToInt(Integer::intValue).toArray();
    }

    private record Candidate(int u, int v, double score, String first, String second) {
    }

    /** The k best pairs seen: a min-heap on (score, then reverse id order). */
    private static final class TopK {
        private final int k;
        private final NetworkGraph graph;
        private final Comparator<Candidate> better = Comparator.<Candidate>comparingDouble(c -> c.score).reversed()
                .thenComparing(c -> c.first).thenComparing(c -> c.second);
        private final PriorityQueue<Candidate> heap;

        TopK(int k, NetworkGraph graph) {
            this.k = k;
            this.graph = graph;
            this.heap = new PriorityQueue<>(better.reversed());
        }

        void offer(int u, int v, double score) {
            if (full() && score < heap.peek().score) {
                return;
            }
            String a = graph.id(u);
            String b = graph.id(v);
            var c = a.compareTo(b) <= 0 ? new Candidate(u, v, score, a, b) : new Candidate(u, v, score, b, a);
            heap.add(c);
            if (heap.size() > k) {
                heap.poll();
            }
        }

        boolean full() {
            return heap.size() >= k;
        }

        double threshold() {
            return heap.peek().score;
        }

        List<Candidate> sorted() {
            var list = new ArrayList<>(heap);
            list.sort(better);
            return list;
        }
    }
}
