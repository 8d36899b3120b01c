package org.partnershipatlas.analytics.centrality;

import java.util.Arrays;
import java.util.Objects;

import org.partnershipatlas.analytics.graph.NetworkGraph;

/**
 * Connected components by breadth-first search: each vertex's component number (components numbered in the order
 * of their smallest vertex), their sizes and count. An isolated vertex is a component of its own (NetworkX
 * {@code number_connected_components}).
 *
 * <p>Complexity: O(n + m) time, O(n) memory.
 */
public final class Components {
    private final int[] component;
    private final int[] sizes;

    public Components(NetworkGraph graph) {
        Objects.requireNonNull(graph, "graph");
        int n = graph.nodeCount();
        int[] offsets = graph.csrOffsets();
        int[] targets = graph.csrTargets();
        component = new int[n];
        Arrays.fill(component, -1);
        int[] queue = new int[n];
        int[] counts = new int[n];
        int count = 0;
        for (int s = 0; s < n; s++) {
            if (component[s] >= 0) {
                continue;
            }
            int tail = 0;
            queue[tail++] = s;
            component[s] = count;
            for (int head = 0; head < tail; head++) {
                int v = queue[head];
                for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                    int w = targets[e];
                    if (component[w] < 0) {
                        component[w] = count;
                        queue[tail++] = w;
                    }
                }
            }
            counts[count++] = tail;
        }
        sizes = Arrays.copyOf(counts, count);
    }

    /** The component number of every vertex. */
    public int[] component() {
        return component.clone();
    }

    public int componentOf(int v) {
        return component[v];
    }

    public int count() {
        return sizes.length;
    }

    public int size(int componentNumber) {
        return sizes[componentNumber];
    }

    /** The number of the largest component (the first one on ties), or -1 for an empty graph. */
    public int largest() {
        int best = -1;
        for (int c = 0; c < sizes.length; c++) {
            if (best < 0 || sizes[c] > sizes[best]) {
                best = c;
            }
        }
        return best;
    }
}
