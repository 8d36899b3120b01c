package org.partnershipatlas.analytics.centrality;

import org.partnershipatlas.analytics.graph.ParallelSources;
import org.partnershipatlas.analytics.graph.NetworkGraph;

/**
 * Exact betweenness with degree-1 vertices folded away first: the trees hanging off a network (organisations with a
 * single partner, and chains of them) are removed, their pairs counted in closed form, and Brandes runs only on what
 * remains, each remaining vertex standing for the tree it carries.
 *
 * <p>Paper: M. Baglioni, F. Geraci, M. Pellegrini and E. Lastres, "Fast exact computation of betweenness centrality
 * in social networks", ASONAM 2012 (degree-1 reduction); the multiplicity form of Brandes' accumulation is also
 * that of A. E. Sarıyüce, K. Kaya, E. Saule and Ü. V. Çatalyürek, "Shattering and compressing networks for
 * betweenness centrality", SDM 2013.
 *
 * <p>Folding: repeatedly remove a vertex u of degree 1 into its only remaining neighbour p; {@code w(p) += w(u)}
 * (every vertex starts with {@code w = 1}). What remains is the 2-core of each component with a tree component
 * reduced to one vertex. Paths from a folded vertex leave its tree only through the tree's root, whatever the tie
 * lengths (a tree has one path between two vertices), so the same folding holds for every weight mode.
 *
 * <p>Counting, for a vertex u with folded size {@code w(u)} (u and what hangs below it), folded children of sizes
 * {@code c_i}, in a component of N vertices:
 * <ul>
 *   <li>pairs whose path runs inside u's tree through u: {@code Σ_{i<j} c_i c_j = ((w(u)−1)² − Σ c_i²) / 2};</li>
 *   <li>pairs from below u to outside its tree: {@code (w(u) − 1)(N − w(u))};</li>
 *   <li>for a vertex r left in the core, pairs whose path crosses the core through r: Brandes on the core with
 *   multiplicities, {@code ½ Σ_s w(s) Σ_t w(t) σ_st(r)/σ_st} over core vertices s, t ≠ r.</li>
 * </ul>
 * Together these are exactly the raw betweenness (each unordered pair once) of the whole graph; the sums run in
 * another order than plain Brandes', so results agree to rounding (about 1e-12 relative).
 *
 * <p>Complexity: folding O(n + m); the core Brandes O(n_c m_c) unweighted, O(n_c m_c + n_c² log n_c) weighted,
 * with n_c, m_c the core's size; memory O(n + m).
 */
final class LeafFolding {
    private final int n;
    private final int[] offsets;
    private final int[] targets;
    private final boolean[] removed;
    private final double[] weight;
    private final double[] tree;
    private final int folded;

    private LeafFolding(NetworkGraph graph) {
        this.n = graph.nodeCount();
        this.offsets = graph.csrOffsets();
        this.targets = graph.csrTargets();
        this.removed = new boolean[n];
        this.weight = new double[n];
        double[] childSquares = new double[n];
        int[] degree = new int[n];
        int[] queue = new int[n];
        int tail = 0;
        for (int v = 0; v < n; v++) {
            weight[v] = 1;
            degree[v] = offsets[v + 1] - offsets[v];
            if (degree[v] == 1) {
                queue[tail++] = v;
            }
        }
        int count = 0;
        for (int head = 0; head < tail; head++) {
            int u = queue[head];
            if (degree[u] != 1) {
                // its last neighbour was folded into it first (a tree reduced to u): u stays as the root
                continue;
            }
            int p = -1;
            for (int e = offsets[u]; e < offsets[u + 1]; e++) {
                if (!removed[targets[e]]) {
                    p = targets[e];
                    break;
                }
            }
            removed[u] = true;
            count++;
            degree[u] = 0;
            weight[p] += weight[u];
            childSquares[p] += weight[u] * weight[u];
            if (--degree[p] == 1) {
                queue[tail++] = p;
            }
        }
        this.folded = count;
        var components = new Components(graph);
        // the closed-form part, for every vertex (its weight is final once it is removed, or at the end)
        this.tree = new double[n];
        for (int v = 0; v < n; v++) {
            double below = weight[v] - 1;
            double outside = components.size(components.componentOf(v)) - weight[v];
            tree[v] = (below * below - childSquares[v]) / 2 + below * outside;
        }
    }

    /** The folding of {@code graph}, or {@code null} when it has no vertex of degree 1 (nothing to fold). */
    static LeafFolding of(NetworkGraph graph) {
        int[] offsets = graph.csrOffsets();
        for (int v = 0; v < graph.nodeCount(); v++) {
            if (offsets[v + 1] - offsets[v] == 1) {
                return new LeafFolding(graph);
            }
        }
        return null;
    }

    int foldedCount() {
        return folded;
    }

    /**
     * Raw betweenness of every vertex of the original graph.
     *
     * @param lengths half-edge lengths of the original graph, or {@code null} for hops
     */
    double[] betweenness(double[] lengths, int threads) {
        // the core: vertices left with at least one tie to another vertex left
        int[] coreOf = new int[n];
        int cores = 0;
        int arcs = 0;
        for (int v = 0; v < n; v++) {
            coreOf[v] = -1;
            if (removed[v]) {
                continue;
            }
            int d = 0;
            for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                d += removed[targets[e]] ? 0 : 1;
            }
            if (d > 0) {
                coreOf[v] = cores++;
                arcs += d;
            }
        }
        int[] vertexOf = new int[cores];
        int[] off = new int[cores + 1];
        int[] tgt = new int[arcs];
        double[] len = lengths == null ? null : new double[arcs];
        double[] multiplicity = new double[cores];
        int k = 0;
        for (int v = 0; v < n; v++) {
            int c = coreOf[v];
            if (c < 0) {
                continue;
            }
            vertexOf[c] = v;
            multiplicity[c] = weight[v];
            off[c] = k;
            for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                int w = targets[e];
                if (!removed[w]) {
                    if (len != null) {
                        len[k] = lengths[e];
                    }
                    tgt[k++] = coreOf[w];
                }
            }
        }
        off[cores] = k;
        double[] result = tree.clone();
        if (cores > 0) {
            double[] core = BetweennessCentrality.brandes(off, tgt, len, multiplicity,
                    ParallelSources.all(cores), threads);
            for (int c = 0; c < cores; c++) {
                // each ordered pair once: halve
                result[vertexOf[c]] += 0.5 * core[c];
            }
        }
        return result;
    }
}
