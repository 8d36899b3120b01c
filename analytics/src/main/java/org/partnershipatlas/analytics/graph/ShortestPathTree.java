package org.partnershipatlas.analytics.graph;

import java.util.Arrays;

/**
 * A reusable single-source shortest-path workspace over a {@link NetworkGraph}: breadth-first search when every
 * length is 1, else Dijkstra with an indexed binary heap. After {@link #run(int)} the reached vertices are
 * {@code order(0..reached()-1)} in non-decreasing distance (the source first), with {@link #distance(int)} and the
 * number of shortest paths {@link #sigma(int)}. Arrays are sized once and reset only where touched, so a run costs
 * O(m + n) (BFS) or O((m + n) log n) (Dijkstra) and no allocation. Not thread-safe: one per thread.
 */
public final class ShortestPathTree {
    private final int[] offsets;
    private final int[] targets;
    private final double[] lengths;
    private final double[] dist;
    private final double[] sigma;
    private final int[] order;
    private final int[] heap;
    private final int[] heapPos;
    private int reached;

    /**
     * @param graph   the graph
     * @param lengths half-edge lengths from {@link NetworkGraph#lengths(WeightMode)}, or {@code null} for hops
     */
    public ShortestPathTree(NetworkGraph graph, double[] lengths) {
        this(graph.csrOffsets(), graph.csrTargets(), lengths);
    }

    /**
     * Over a bare CSR (a derived graph, e.g. the 2-core left after folding leaves).
     *
     * @param offsets CSR offsets, n + 1 of them
     * @param targets CSR targets
     * @param lengths half-edge lengths aligned with {@code targets}, or {@code null} for hops
     */
    public ShortestPathTree(int[] offsets, int[] targets, double[] lengths) {
        int n = offsets.length - 1;
        this.offsets = offsets;
        this.targets = targets;
        this.lengths = lengths;
        this.dist = new double[n];
        this.sigma = new double[n];
        this.order = new int[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        this.heap = lengths == null ? null : new int[n];
        this.heapPos = lengths == null ? null : new int[n];
        if (heapPos != null) {
            Arrays.fill(heapPos, -1);
        }
    }

    /** Computes distances and shortest-path counts from {@code source}. */
    public void run(int source) {
        for (int i = 0; i < reached; i++) {
            int v = order[i];
            dist[v] = Double.POSITIVE_INFINITY;
            sigma[v] = 0;
        }
        if (lengths == null) {
            bfs(source);
        } else {
            dijkstra(source);
        }
    }

    private void bfs(int s) {
        int tail = 0;
        order[tail++] = s;
        dist[s] = 0;
        sigma[s] = 1;
        for (int head = 0; head < tail; head++) {
            int v = order[head];
            double dv = dist[v] + 1;
            double sv = sigma[v];
            for (int i = offsets[v], end = offsets[v + 1]; i < end; i++) {
                int w = targets[i];
                double dw = dist[w];
                if (dw == Double.POSITIVE_INFINITY) {
                    dist[w] = dv;
                    sigma[w] = sv;
                    order[tail++] = w;
                } else if (dw == dv) {
                    sigma[w] += sv;
                }
            }
        }
        reached = tail;
    }

    private void dijkstra(int s) {
        int settled = 0;
        int size = 0;
        dist[s] = 0;
        sigma[s] = 1;
        heap[size] = s;
        heapPos[s] = size++;
        while (size > 0) {
            int v = heap[0];
            heapPos[v] = -1;
            size--;
            if (size > 0) {
                int last = heap[size];
                siftDown(last, 0, size);
            }
            order[settled++] = v;
            double dv = dist[v];
            double sv = sigma[v];
            for (int i = offsets[v], end = offsets[v + 1]; i < end; i++) {
                int w = targets[i];
                double nd = dv + lengths[i];
                double dw = dist[w];
                if (nd < dw) {
                    dist[w] = nd;
                    sigma[w] = sv;
                    if (heapPos[w] < 0) {
                        heap[size] = w;
                        heapPos[w] = size;
                        siftUp(w, size++);
                    } else {
                        siftUp(w, heapPos[w]);
                    }
                } else if (nd == dw) {
                    sigma[w] += sv;
                }
            }
        }
        reached = settled;
    }

    private void siftUp(int v, int pos) {
        double d = dist[v];
        while (pos > 0) {
            int parent = (pos - 1) >>> 1;
            int p = heap[parent];
            if (dist[p] <= d) {
                break;
            }
            heap[pos] = p;
            heapPos[p] = pos;
            pos = parent;
        }
        heap[pos] = v;
        heapPos[v] = pos;
    }

    private void siftDown(int v, int pos, int size) {
        double d = dist[v];
        int half = size >>> 1;
        while (pos < half) {
            int child = 2 * pos + 1;
            int c = heap[child];
            int right = child + 1;
            if (right < size && dist[heap[right]] < dist[c]) {
                child = right;
                c = heap[child];
            }
            if (d <= dist[c]) {
                break;
            }
            heap[pos] = c;
            heapPos[c] = pos;
            pos = child;
        }
        heap[pos] = v;
        heapPos[v] = pos;
    }

    /** How many vertices the last run reached, the source included. */
    public int reached() {
        return reached;
    }

    /** The {@code i}-th vertex reached (non-decreasing distance). */
    public int order(int i) {
        return order[i];
    }

    /** The distance from the last source, or infinity if unreached. */
    public double distance(int v) {
        return dist[v];
    }

    /** The number of shortest paths from the last source (a double: counts overflow long on large graphs). */
    public double sigma(int v) {
        return sigma[v];
    }

    /** The raw arrays of the last run, for the kernels of this module (betweenness); read only. */
    public int[] orderArray() {
        return order;
    }

    public double[] distArray() {
        return dist;
    }

    public double[] sigmaArray() {
        return sigma;
    }

    /** The half-edge lengths, or {@code null} for hops. */
    public double[] lengthsArray() {
        return lengths;
    }
}
