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
 * vertices with preorder in {@code [pre(c), pre(c) + size(c))}: what is cut off. One search finds both: asking for
 * bridges after articulation points costs nothing more.
 *
 * <p>Kernel: flat int arrays allocated once per graph (no object per vertex, per tie or per bridge; bridges are kept
 * as pairs in one array); the search scans each vertex's ties once, resuming where it left off. The parent tie is
 * skipped once by position, so that a child reached by its parent is not mistaken for a back edge.
 *
 * <p>The projection is simple (parallel links merged), so a pair joined by two links is still reported as a bridge
 * of the tie; {@link org.partnershipatlas.analytics.gaps} reports how many links the tie holds.
 *
 * <p>Complexity: O(n + m) time, O(n) memory; {@link #separatedBy(int)} O(size of the groups + degree) per call.
 */
public final class ArticulationPointsAndBridges {
    private final NetworkGraph graph;
    private final int[] pre;
    private final int[] size;
    private final int[] byPre;
    private final boolean[] articulation;
    /** Bridges as (parent, child) pairs: {@code bridgeEnds[2i], bridgeEnds[2i+1]}. */
    private final int[] bridgeEnds;
    private final int bridgeCount;
    private final int[] low;
    private final int[] parent;

    public ArticulationPointsAndBridges(NetworkGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
        int n = graph.nodeCount();
        int[] offsets = graph.csrOffsets();
        int[] targets = graph.csrTargets();
        int[] pre = new int[n];
        int[] low = new int[n];
        int[] parent = new int[n];
        int[] size = new int[n];
        int[] byPre = new int[n];
        int[] next = new int[n];
        int[] stack = new int[n];
        boolean[] articulation = new boolean[n];
        // a forest has at most n − 1 ties, and every bridge is a tie of the search forest
        int[] bridges = new int[2 * Math.max(0, n - 1)];
        int found = 0;
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
                int e = next[v];
                int end = offsets[v + 1];
                int p = parent[v];
                int lowV = low[v];
                // scan v's ties until an unvisited neighbour is found (then descend) or the list ends
                int descend = -1;
                for (; e < end; e++) {
                    int w = targets[e];
                    int pw = pre[w];
                    if (pw < 0) {
                        descend = w;
                        e++;
                        break;
                    }
                    if (w != p && pw < lowV) {
                        lowV = pw;
                    }
                }
                low[v] = lowV;
                next[v] = e;
                if (descend >= 0) {
                    int w = descend;
                    parent[w] = v;
                    byPre[time] = w;
                    pre[w] = low[w] = time++;
                    next[w] = offsets[w];
                    stack[top++] = w;
                    if (v == root) {
                        rootChildren++;
                    }
                    continue;
                }
                top--;
                size[v] = time - pre[v];
                if (p < 0) {
                    continue;
                }
                if (lowV < low[p]) {
                    low[p] = lowV;
                }
                if (lowV > pre[p]) {
                    bridges[2 * found] = p;
                    bridges[2 * found + 1] = v;
                    found++;
                }
                if (lowV >= pre[p] && p != root) {
                    articulation[p] = true;
                }
            }
            if (rootChildren >= 2) {
                articulation[root] = true;
            }
        }
        this.pre = pre;
        this.low = low;
        this.parent = parent;
        this.size = size;
        this.byPre = byPre;
        this.articulation = articulation;
        this.bridgeEnds = bridges;
        this.bridgeCount = found;
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
        var result = new ArrayList<int[]>(bridgeCount);
        for (int i = 0; i < bridgeCount; i++) {
            result.add(new int[] {bridgeEnds[2 * i], bridgeEnds[2 * i + 1]});
        }
        return result;
    }

    /** The number of bridges. */
    public int bridgeCount() {
        return bridgeCount;
    }

    /** The search-tree parent end of bridge {@code i} (0 ≤ i &lt; {@link #bridgeCount()}). */
    public int bridgeParent(int i) {
        return bridgeEnds[2 * Objects.checkIndex(i, bridgeCount)];
    }

    /** The child end of bridge {@code i}: removing the bridge cuts off {@link #subtree(int)} of it. */
    public int bridgeChild(int i) {
        return bridgeEnds[2 * Objects.checkIndex(i, bridgeCount) + 1];
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
        // the search children of v whose low point does not reach above v (every child, for a root); children are
        // the neighbours whose parent is v, found in v's own ties
        var result = new ArrayList<int[]>();
        boolean root = parent[v] < 0;
        int[] offsets = graph.csrOffsets();
        int[] targets = graph.csrTargets();
        int[] children = new int[offsets[v + 1] - offsets[v]];
        int count = 0;
        for (int e = offsets[v]; e < offsets[v + 1]; e++) {
            int c = targets[e];
            if (parent[c] == v && pre[c] > pre[v] && (root || low[c] >= pre[v])) {
                children[count++] = c;
            }
        }
        // targets are sorted, so the groups come in vertex order of the child
        for (int i = 0; i < count; i++) {
            result.add(subtree(children[i]));
        }
        return result;
    }

    public NetworkGraph graph() {
        return graph;
    }
}
