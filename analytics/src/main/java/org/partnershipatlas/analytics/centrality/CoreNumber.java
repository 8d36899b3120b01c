package org.partnershipatlas.analytics.centrality;

import java.util.Objects;

import org.partnershipatlas.analytics.graph.NetworkGraph;

/**
 * The k-core number of every vertex: the largest k such that the vertex belongs to a subgraph in which every vertex
 * has degree at least k (NetworkX {@code core_number}; ties counted once, weights ignored).
 *
 * <p>Paper: V. Batagelj and M. Zaversnik, "An O(m) algorithm for cores decomposition of networks", arXiv cs/0310049,
 * 2003 — vertices kept in degree buckets and peeled in increasing order.
 *
 * <p>Complexity: O(n + m) time, O(n) memory.
 */
public final class CoreNumber {
    private final int[] cores;

    public CoreNumber(NetworkGraph graph) {
        Objects.requireNonNull(graph, "graph");
        int n = graph.nodeCount();
        int[] offsets = graph.csrOffsets();
        int[] targets = graph.csrTargets();
        int[] deg = new int[n];
        int maxDeg = 0;
        for (int v = 0; v < n; v++) {
            deg[v] = graph.degree(v);
            maxDeg = Math.max(maxDeg, deg[v]);
        }
        int[] bin = new int[maxDeg + 1];
        for (int v = 0; v < n; v++) {
            bin[deg[v]]++;
        }
        int start = 0;
        for (int d = 0; d <= maxDeg; d++) {
            int count = bin[d];
            bin[d] = start;
            start += count;
        }
        int[] pos = new int[n];
        int[] vert = new int[n];
        for (int v = 0; v < n; v++) {
            pos[v] = bin[deg[v]];
            vert[pos[v]] = v;
            bin[deg[v]]++;
        }
        for (int d = maxDeg; d > 0; d--) {
            bin[d] = bin[d - 1];
        }
        if (maxDeg >= 0 && n > 0) {
            bin[0] = 0;
        }
        for (int i = 0; i < n; i++) {
            int v = vert[i];
            for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                int u = targets[e];
                if (deg[u] > deg[v]) {
                    int du = deg[u];
                    int pu = pos[u];
                    int pw = bin[du];
                    int w = vert[pw];
                    if (u != w) {
                        pos[u] = pw;
                        vert[pu] = w;
                        pos[w] = pu;
                        vert[pw] = u;
                    }
                    bin[du]++;
                    deg[u]--;
                }
            }
        }
        this.cores = deg;
    }

    public int[] cores() {
        return cores.clone();
    }
}
