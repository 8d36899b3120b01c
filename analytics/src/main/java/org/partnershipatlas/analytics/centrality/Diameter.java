package org.partnershipatlas.analytics.centrality;

import java.util.Arrays;
import java.util.Objects;

import org.partnershipatlas.analytics.graph.NetworkGraph;

/**
 * The diameter: the longest shortest path, in hops, between two vertices that are connected (igraph's
 * {@code diameter(unconn=True)}; NetworkX raises on a disconnected graph). 0 for a graph without ties.
 *
 * <p>Algorithm: iFUB per component — a breadth-first search from a central vertex (the middle of a double sweep)
 * gives levels; eccentricities are then computed from the deepest level upwards until the lower bound exceeds twice
 * the next level (P. Crescenzi, R. Grossi, M. Habib, L. Lanzi and A. Marino, "On computing the diameter of
 * real-world undirected graphs", Theoretical Computer Science 514, 2013). Exact.
 *
 * <p>Complexity: O(nm) in the worst case, typically a few dozen BFS; O(n) memory.
 */
public final class Diameter {
    private final int diameter;

    public Diameter(NetworkGraph graph) {
        Objects.requireNonNull(graph, "graph");
        int n = graph.nodeCount();
        var components = new Components(graph);
        var bfs = new Bfs(graph);
        boolean[] done = new boolean[components.count()];
        int best = 0;
        for (int s = 0; s < n; s++) {
            int c = components.componentOf(s);
            if (done[c]) {
                continue;
            }
            done[c] = true;
            if (components.size(c) > 1) {
                best = Math.max(best, ifub(bfs, s));
            }
        }
        this.diameter = best;
    }

    private static int ifub(Bfs bfs, int start) {
        // double sweep: farthest a from start, farthest b from a; take the middle of the a–b path as the centre
        int a = bfs.run(start);
        int b = bfs.run(a);
        int lower = bfs.dist[b];
        int centre = b;
        for (int step = 0; step < lower / 2; step++) {
            centre = bfs.parent[centre];
        }
        bfs.run(centre);
        int reached = bfs.reached;
        int[] byLevel = Arrays.copyOf(bfs.order, reached);
        int[] level = new int[reached];
        for (int i = 0; i < reached; i++) {
            level[i] = bfs.dist[byLevel[i]];
        }
        int eccentricity = level[reached - 1];
        lower = Math.max(lower, eccentricity);
        int i = reached - 1;
        for (int l = eccentricity; l > 0; l--) {
            if (lower >= 2 * l) {
                return lower; // every pair left lies within levels ≤ l, so at most 2l apart
            }
            for (; i >= 0 && level[i] == l; i--) {
                int far = bfs.run(byLevel[i]);
                lower = Math.max(lower, bfs.dist[far]);
            }
        }
        return lower;
    }

    public int diameter() {
        return diameter;
    }

    /** Breadth-first search returning the last vertex reached (one of the farthest). */
    private static final class Bfs {
        final int[] offsets;
        final int[] targets;
        final int[] dist;
        final int[] parent;
        final int[] order;
        int reached;

        Bfs(NetworkGraph g) {
            offsets = g.csrOffsets();
            targets = g.csrTargets();
            dist = new int[g.nodeCount()];
            parent = new int[g.nodeCount()];
            order = new int[g.nodeCount()];
            Arrays.fill(dist, -1);
        }

        int run(int s) {
            for (int i = 0; i < reached; i++) {
                dist[order[i]] = -1;
            }
            int tail = 0;
            order[tail++] = s;
            dist[s] = 0;
            parent[s] = -1;
            for (int head = 0; head < tail; head++) {
                int v = order[head];
                for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                    int w = targets[e];
                    if (dist[w] < 0) {
                        dist[w] = dist[v] + 1;
                        parent[w] = v;
                        order[tail++] = w;
                    }
                }
            }
            reached = tail;
            return order[tail - 1];
        }
    }
}
