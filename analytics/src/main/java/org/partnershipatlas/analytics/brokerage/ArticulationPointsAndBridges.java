package org.partnershipatlas.analytics.brokerage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.partnershipatlas.analytics.graph.NetworkGraph;

/**
 * Articulation points (vertices whose removal disconnects their component) and bridges (ties whose removal does),
 * with, for each, the part of the network it alone holds on: the depth-first subtrees it separates.
 *
 * <p>Algorithm: J. Hopcroft and R. Tarjan, "Algorithm 447: efficient algorithms for graph manipulation",
 * Communications of the ACM 16(6), 1973 — one depth-first search computing preorder numbers and low points. The
 * search keeps its own stack (no recursion), so a path of 100k vertices cannot overflow the thread stack. A child
 * {@code c} of {@code p} with {@code low(c) > pre(p)} makes {@code (p, c)} a bridge; with {@code low(c) ≥ pre(p)} it
 * makes {@code p} an articulation point (a root only with two or more children). The subtree of {@code c} is the
 * vertices with preorder in {@code [pre(c), pre(c) + size(c))}: what is cut off.
 *
 * <p>The projection is simple (parallel links merged), so a pair joined by two links is still reported as a bridge
 * of the tie; {@link org.partnershipatlas.analytics.gaps} reports how many links the tie holds.
 *
 * <p>Complexity: O(n + m) time, O(n) memory; {@link #separatedBy(int)} O(n) per call.
 */
public final class ArticulationPointsAndBridges {
    private final NetworkGraph graph;
    private final int[] pre;
    private final int[] size;
    private final int[] byPre;
    private final boolean[] articulation;
    private final List<int[]> bridges = new ArrayList<>();
    private final int[] low;
    private final int[] parent;

    public ArticulationPointsAndBridges(NetworkGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
        int n = graph.nodeCount();
        int[] offsets = graph.csrOffsets();
        int[] targets = graph.csrTargets();
        pre = new int[n];
        size = new int[n];
        byPre = new int[n];
        low = new int[n];
        parent = new int[n];
        int[] next = new int[n];
        int[] stack = new int[n];
        articulation = new boolean[n];
        Arrays.fill(pre, -1);
        int time = 0;
        for (int root = 0; root < n; root++) {
            if (pre[root] >= 0) {
                continue;
            }
            int top = 0;
            stack[top++] = root;
            byPre[time] = root;
            pre[root] = low[root] = time++;
            parent[root] = -1;
            next[root] = offsets[root];
            int rootChildren = 0;
            while (top > 0) {
                int v = stack[top - 1];
                if (next[v] < offsets[v + 1]) {
                    int w = targets[next[v]++];
                    if (pre[w] < 0) {
                        parent[w] = v;
                        byPre[time] = w;
                        pre[w] = low[w] = time++;
                        next[w] = offsets[w];
                        stack[top++] = w;
                        if (v == root) {
                            rootChildren++;
                        }
                    } else if (w != parent[v]) {
                        low[v] = Math.min(low[v], pre[w]);
                    }
                    continue;
                }
                top--;
                size[v] = time - pre[v];
                int p = parent[v];
                if (p < 0) {
                    continue;
                }
                low[p] = Math.min(low[p], low[v]);
                if (low[v] > pre[p]) {
                    bridges.add(new int[] {p, v});
                }
                if (low[v] >= pre[p] && p != root) {
                    articulation[p] = true;
                }
            }
            if (rootChildren >= 2) {
                articulation[root] = true;
            }
        }
    }

    public boolean isArticulationPoint(int v) {
        return articulation[v];
    }

    /** Articulation points in vertex order. */
    public int[] articulationPoints() {
        int count = 0;
        for (boolean a : articulation) {
            count += a ? 1 : 0;
        }
        int[] result = new int[count];
        int k = 0;
        for (int v = 0; v < articulation.length; v++) {
            if (articulation[v]) {
                result[k++] = v;
            }
        }
        return result;
    }

    /** Bridges as {@code {parent, child}} pairs of the search tree: removing one cuts off the child's subtree. */
    public List<int[]> bridges() {
        return bridges.stream().map(int[]::clone).toList();
    }

    /** The vertices of the search subtree rooted at {@code v}: what a bridge to {@code v} alone connects. */
    public int[] subtree(int v) {
        return Arrays.copyOfRange(byPre, pre[v], pre[v] + size[v]);
    }

    /**
     * The groups of vertices that only {@code v} connects to the rest of its component (empty unless v is an
     * articulation point): each is the subtree of a child whose low point does not reach above v.
     */
    public List<int[]> separatedBy(int v) {
        if (!articulation[v]) {
            return List.of();
        }
        // the search children of v whose low point does not reach above v (every child, for a root)
        var result = new ArrayList<int[]>();
        boolean root = parent[v] < 0;
        for (int c = 0; c < parent.length; c++) {
            if (parent[c] == v && pre[c] > pre[v] && (root || low[c] >= pre[v])) {
                result.add(subtree(c));
            }
        }
        return result;
    }

    public NetworkGraph graph() {
        return graph;
    }
}
