package org.partnershipatlas.analytics.centrality;

import java.util.List;
import java.util.SplittableRandom;

import org.partnershipatlas.analytics.graph.BreadthFirstOrder;
import org.partnershipatlas.analytics.graph.NetworkGraph;

/**
 * A KADABRA estimate of the graph after a removal, from the samples recorded for the graph before it
 * ({@link KadabraBetweenness#normalizedAfterRemoval}): what-if's "betweenness after" at a fraction of a fresh
 * estimate's cost, with far less noise in the differences.
 *
 * <p>A sample whose pair lost an end is dropped (the rest are a uniform sample of the pairs of {@code after}); one
 * whose path lost a vertex or a tie is drawn again, for the same pair, in {@code after}; every other is kept. A kept
 * path is a uniform shortest path of {@code after} conditioned on avoiding what was removed (if the pair's distance is
 * unchanged, its shortest paths in {@code after} are exactly the old ones that avoid it), so keeping it, else drawing
 * again, gives each shortest path of {@code after} probability 1/σ'_st: the estimate is unbiased, from about as many
 * samples as the one before. The stopping rule is not run again, so no guarantee of its own is stated; the samples
 * are shared with the estimate before (common random numbers), and the cost is the share of samples that crossed
 * what was removed.
 *
 * <p>Complexity: O(the recorded samples' length) plus, per sample drawn again, one bidirectional search.
 */
final class KadabraRemoval {
    private KadabraRemoval() {
    }

    /**
     * @param graph    the graph the samples were drawn in
     * @param order    its breadth-first renumbering, in which the samples are recorded
     * @param recorded the samples, batch by batch: {@code s, t, length, inner vertices…} ({@code length} −1: not
     *                 connected)
     * @param after    the graph after the removal (the same ids)
     * @param seed     the estimate's seed (the redrawn paths' streams are keyed by it and the sample's number)
     */
    static double[] normalizedAfter(NetworkGraph graph, BreadthFirstOrder order, List<int[]> recorded,
                                    NetworkGraph after, long seed) {
        int n = graph.nodeCount();
        int[] inAfter = new int[n];
        for (int v = 0; v < n; v++) {
            inAfter[v] = after.indexOf(graph.id(v));
        }
        // the samples are recorded in the breadth-first numbering
        int[] map = new int[n];
        for (int i = 0; i < n; i++) {
            map[i] = inAfter[order.oldOf(i)];
        }
        int[] offsets = graph.csrOffsets();
        int[] neighbours = graph.csrTargets();
        long survivingArcs = 0;
        for (int u = 0; u < n; u++) {
            for (int e = offsets[u]; inAfter[u] >= 0 && e < offsets[u + 1]; e++) {
                if (inAfter[neighbours[e]] >= 0) {
                    survivingArcs++;
                }
            }
        }
        boolean tiesRemoved = after.csrTargets().length < survivingArcs;
        var components = new Components(after);
        int[] component = new int[after.nodeCount()];
        for (int v = 0; v < component.length; v++) {
            component[v] = components.componentOf(v);
        }
        var redraw = new KadabraSampler(after.csrOffsets(), after.csrTargets(), component, false);
        long[] kept = new long[after.nodeCount()];
        long tau = 0;
        long index = 0;
        for (int[] batch : recorded) {
            for (int i = 0; i < batch.length; index++) {
                int s = batch[i];
                int t = batch[i + 1];
                int length = batch[i + 2];
                int first = i + 3;
                int inner = Math.max(length, 0);
                i = first + inner;
                if (map[s] < 0 || map[t] < 0) {
                    continue;
                }
                tau++;
                if (length >= 0 && !survives(batch, first, inner, s, t, map, after, tiesRemoved)) {
                    redraw.sample(map[s], map[t], new SplittableRandom(KadabraSampler.mix(~seed, index)));
                    continue;
                }
                for (int j = first; j < first + inner; j++) {
                    kept[map[batch[j]]] += KadabraSampler.UNIT;
                }
            }
        }
        for (int v = 0; v < kept.length; v++) {
            kept[v] += redraw.counts[v];
        }
        return KadabraBetweenness.normalized(kept, tau);
    }

    /** Whether a recorded path s → inner… → t has every vertex, and every tie when ties were removed, in {@code after}. */
    private static boolean survives(int[] batch, int first, int inner, int s, int t, int[] map, NetworkGraph after,
                                    boolean tiesRemoved) {
        for (int j = first; j < first + inner; j++) {
            if (map[batch[j]] < 0) {
                return false;
            }
        }
        if (!tiesRemoved) {
            return true;
        }
        int previous = s;
        for (int j = first; j <= first + inner; j++) {
            int next = j < first + inner ? batch[j] : t;
            if (!after.adjacent(map[previous], map[next])) {
                return false;
            }
            previous = next;
        }
        return true;
    }
}
