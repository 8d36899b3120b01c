package org.partnershipatlas.analytics.graph;

import java.util.Arrays;

/**
 * The vertices of a CSR graph renumbered in breadth-first order, one component after another, each component's
 * search starting from its highest-degree vertex (Cuthill–McKee style, without the degree sort inside a level). The
 * shortest-path kernels run on the renumbered copy because a search then touches nearby array slots: neighbours get
 * nearby numbers, and the hubs most searches pass through come first.
 *
 * <p>The same sweep gives, for free, what the kernels need besides: each component as a contiguous range of new
 * numbers, and the eccentricity of its root — so that {@code 2·ecc(root) + 1} bounds the number of vertices on any
 * shortest path inside it (every vertex is within {@code ecc(root)} of the root).
 *
 * <p>Complexity: O(n + m) time, O(n) memory beside the copy a caller makes with {@link #offsets} and
 * {@link #targets}.
 */
public final class BreadthFirstOrder {
    private final int[] newOf;
    private final int[] oldOf;
    private final int[] componentFirst;
    private final int[] eccentricity;
    private final int[] sourceOffsets;
    private final int[] sourceTargets;

    private BreadthFirstOrder(int[] newOf, int[] oldOf, int[] componentFirst, int[] eccentricity, int[] offsets,
                              int[] targets) {
        this.newOf = newOf;
        this.oldOf = oldOf;
        this.componentFirst = componentFirst;
        this.eccentricity = eccentricity;
        this.sourceOffsets = offsets;
        this.sourceTargets = targets;
    }

    public static BreadthFirstOrder of(NetworkGraph graph) {
        return of(graph.csrOffsets(), graph.csrTargets());
    }

    /** The order of a bare CSR ({@code offsets} of length n + 1). */
    public static BreadthFirstOrder of(int[] offsets, int[] targets) {
        int n = offsets.length - 1;
        int[] newOf = new int[n];
        int[] oldOf = new int[n];
        int[] level = new int[n];
        Arrays.fill(newOf, -1);
        int[] componentFirst = new int[n + 1];
        int[] eccentricity = new int[n];
        int components = 0;
        int next = 0;
        for (int root : byDegree(offsets)) {
            if (newOf[root] >= 0) {
                continue;
            }
            componentFirst[components] = next;
            int head = next;
            newOf[root] = next;
            level[next] = 0;
            oldOf[next++] = root;
            while (head < next) {
                int i = head++;
                int v = oldOf[i];
                for (int e = offsets[v], end = offsets[v + 1]; e < end; e++) {
                    int w = targets[e];
                    if (newOf[w] < 0) {
                        newOf[w] = next;
                        level[next] = level[i] + 1;
                        oldOf[next++] = w;
                    }
                }
            }
            eccentricity[components++] = level[next - 1];
        }
        componentFirst[components] = n;
        return new BreadthFirstOrder(newOf, oldOf, Arrays.copyOf(componentFirst, components + 1),
                Arrays.copyOf(eccentricity, components), offsets, targets);
    }

    /** Vertices by degree, highest first, ties in vertex order (a counting sort: no boxing in a cold JVM). */
    private static int[] byDegree(int[] offsets) {
        int n = offsets.length - 1;
        int maxDegree = 0;
        for (int v = 0; v < n; v++) {
            maxDegree = Math.max(maxDegree, offsets[v + 1] - offsets[v]);
        }
        int[] slot = new int[maxDegree + 2];
        for (int v = 0; v < n; v++) {
            slot[maxDegree - (offsets[v + 1] - offsets[v]) + 1]++;
        }
        for (int d = 1; d < slot.length; d++) {
            slot[d] += slot[d - 1];
        }
        int[] order = new int[n];
        for (int v = 0; v < n; v++) {
            order[slot[maxDegree - (offsets[v + 1] - offsets[v])]++] = v;
        }
        return order;
    }

    public int size() {
        return oldOf.length;
    }

    /** The new number of an original vertex. */
    public int newOf(int vertex) {
        return newOf[vertex];
    }

    /** The original vertex of a new number. */
    public int oldOf(int number) {
        return oldOf[number];
    }

    public int components() {
        return eccentricity.length;
    }

    /** The first new number of component {@code c}; {@code componentFirst(components())} is n. */
    public int componentFirst(int c) {
        return componentFirst[c];
    }

    /** The eccentricity of component {@code c}'s root, its highest-degree vertex (0 for an isolated vertex). */
    public int eccentricity(int c) {
        return eccentricity[c];
    }

    /** The component of every new number. */
    public int[] componentOfNumbers() {
        int[] component = new int[oldOf.length];
        for (int c = 0; c < components(); c++) {
            Arrays.fill(component, componentFirst[c], componentFirst[c + 1], c);
        }
        return component;
    }

    /**
     * An upper bound on the number of vertices of any shortest path: {@code min(size, 2·ecc(root) + 1)} of the
     * largest component by that measure (1 for a graph without ties, 0 when empty).
     */
    public int vertexDiameterBound() {
        int best = oldOf.length == 0 ? 0 : 1;
        for (int c = 0; c < components(); c++) {
            best = Math.max(best, Math.min(componentFirst[c + 1] - componentFirst[c], 2 * eccentricity[c] + 1));
        }
        return best;
    }

    /** CSR offsets of the renumbered graph. */
    public int[] offsets() {
        int n = oldOf.length;
        int[] offsets = new int[n + 1];
        for (int i = 0; i < n; i++) {
            int v = oldOf[i];
            offsets[i + 1] = offsets[i] + sourceOffsets[v + 1] - sourceOffsets[v];
        }
        return offsets;
    }

    /**
     * CSR targets of the renumbered graph (with {@link #offsets()}), each vertex's neighbours sorted ascending:
     * written by a transposition (each new number appended to its neighbours' lists in increasing order), O(m).
     */
    public int[] targets(int[] offsets) {
        int n = oldOf.length;
        int[] fill = Arrays.copyOf(offsets, n);
        int[] targets = new int[offsets[n]];
        for (int i = 0; i < n; i++) {
            int v = oldOf[i];
            for (int e = sourceOffsets[v], end = sourceOffsets[v + 1]; e < end; e++) {
                int w = newOf[sourceTargets[e]];
                targets[fill[w]++] = i;
            }
        }
        return targets;
    }
}
