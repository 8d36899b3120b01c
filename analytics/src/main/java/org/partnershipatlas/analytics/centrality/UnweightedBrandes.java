package org.partnershipatlas.analytics.centrality;

import java.util.Arrays;
import java.util.function.IntConsumer;

import org.partnershipatlas.analytics.graph.BreadthFirstOrder;
import org.partnershipatlas.analytics.graph.ParallelSources;

/**
 * The unweighted kernel of {@link BetweennessCentrality} (Brandes 2001 with vertex multiplicities), on a copy of the
 * CSR renumbered in breadth-first order from each component's highest-degree vertex ({@link BreadthFirstOrder}), so
 * that a search touches nearby array slots. Each search records its shortest-path DAG edges and the accumulation walks
 * them backwards, visiting only DAG edges; the search is branch-free and direction-optimising (see
 * {@link BetweennessCentrality} for both). Sources are shared out among threads by {@link ParallelSources}, the
 * per-thread sums added at the end.
 *
 * <p>Complexity: O(nm) time divided among the threads, O(n + m) memory per thread.
 */
final class UnweightedBrandes {
    private UnweightedBrandes() {
    }

    /**
     * Σ over {@code sources} s of {@code m(s)·δ_s(v)} with hop-count lengths, each ordered pair once, in the
     * original numbering (see {@link BetweennessCentrality#brandes}).
     */
    static double[] run(int[] offsets, int[] targets, double[] multiplicity, int[] sources, int threads) {
        int n = offsets.length - 1;
        var order = BreadthFirstOrder.of(offsets, targets);
        int components = order.components();
        // each component is a contiguous range of new numbers: component[i], and the range [first, end)
        int[] component = order.componentOfNumbers();
        int[] componentFirst = new int[components + 1];
        for (int c = 0; c <= components; c++) {
            componentFirst[c] = order.componentFirst(c);
        }
        int[] degree = new int[n];
        long[] componentArcs = new long[components];
        for (int c = 0; c < components; c++) {
            for (int i = componentFirst[c]; i < componentFirst[c + 1]; i++) {
                int v = order.oldOf(i);
                degree[i] = offsets[v + 1] - offsets[v];
                componentArcs[c] += degree[i];
            }
        }
        // each vertex's ties padded to a multiple of four with the extra vertex n, which no search ever reaches
        int[] off = new int[n + 1];
        for (int i = 0; i < n; i++) {
            int v = order.oldOf(i);
            off[i + 1] = off[i] + ((offsets[v + 1] - offsets[v] + 3) & ~3);
        }
        int[] tgt = new int[off[n]];
        Arrays.fill(tgt, n);
        for (int i = 0; i < n; i++) {
            int v = order.oldOf(i);
            int k = off[i];
            for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                tgt[k++] = order.newOf(targets[e]);
            }
        }
        double[] mult = null;
        if (multiplicity != null) {
            mult = new double[n];
            for (int i = 0; i < n; i++) {
                mult[i] = multiplicity[order.oldOf(i)];
            }
        }
        int[] relabelled = new int[sources.length];
        for (int i = 0; i < sources.length; i++) {
            relabelled[i] = order.newOf(sources[i]);
        }
        int arcs = targets.length;
        double[] m = mult;
        var shape = new Shape(degree, component, componentFirst, componentArcs);
        var workers = ParallelSources.run(relabelled, threads, () -> new DagWorker(off, tgt, arcs, m, shape));
        double[] sum = new double[n];
        for (DagWorker w : workers) {
            for (int i = 0; i < n; i++) {
                sum[order.oldOf(i)] += w.score[i];
            }
        }
        return sum;
    }

    /** What every worker of the unweighted kernel shares: degrees, components as ranges, ties per component. */
    private record Shape(int[] degree, int[] component, int[] componentFirst, long[] componentArcs) {
    }

    /**
     * One thread's arrays for the unweighted kernel. The search records, for the vertex at each breadth-first
     * position, where its DAG successors start in {@code successors}; the accumulation then pulls, in reverse order,
     * {@code δ(v) = σ(v) · Σ_{w succ v} (1 + δ(w)) / σ(w)}, one division per vertex, reading successors sequentially.
     */
    private static final class DagWorker implements IntConsumer {
        /** The distance of an unreached vertex: above every level. */
        private static final int UNREACHED = Integer.MAX_VALUE;
        /** The padding vertex's distance: below every level a search looks for (≥ 1), so it is never kept. */
        private static final int PADDING = -1;

        private final int n;
        private final int[] offsets;
        private final int[] targets;
        private final double[] multiplicity;
        private final int[] dist;
        private final double[] sigma;
        private final double[] coefficient;
        private final double[] score;
        private final int[] order;
        private final int[] successorsStart;
        private final int[] successors;
        private final Shape shape;
        /** Bottom-up steps: the component's vertices not reached yet. */
        private final int[] remaining;
        /** Bottom-up steps: parents of the vertex at each breadth-first position, {@code [predFrom, predTo)}. */
        private final int[] preds;
        private final int[] predFrom;
        private final int[] predTo;
        /** Dependency pushed to a vertex by its bottom-up children (their coefficients), reset as it is read. */
        private final double[] pushed;

        /**
         * @param offsets      padded CSR offsets (multiples of four)
         * @param targets      padded CSR targets, padding = n
         * @param arcs         the number of real half-edges
         * @param multiplicity per-vertex multiplicity, or null for 1
         */
        DagWorker(int[] offsets, int[] targets, int arcs, double[] multiplicity, Shape shape) {
            int n = offsets.length - 1;
            this.shape = shape;
            this.remaining = new int[n];
            this.preds = new int[arcs / 2 + 1];
            this.predFrom = new int[n + 1];
            this.predTo = new int[n + 1];
            this.pushed = new double[n + 1];
            this.n = n;
            this.offsets = offsets;
            this.targets = targets;
            this.multiplicity = multiplicity;
            this.dist = new int[n + 1];
            Arrays.fill(dist, UNREACHED);
            dist[n] = PADDING;
            // σ and the coefficient of the padding vertex stay 0
            this.sigma = new double[n + 1];
            this.coefficient = new double[n + 1];
            this.score = new double[n];
            // one slot more: the branch-free search writes a candidate one past the last vertex reached
            this.order = new int[n + 1];
            this.successorsStart = new int[n + 1];
            // each tie is a DAG edge in at most one direction; each vertex's list is padded by at most four
            this.successors = new int[arcs / 2 + 4 * n + 8];
        }

        @Override
        public void accept(int s) {
            final int[] offsets = this.offsets;
            final int[] targets = this.targets;
            final int[] dist = this.dist;
            final double[] sigma = this.sigma;
            final int[] order = this.order;
            final int[] successors = this.successors;
            final int pad = n;
            int tail = 0;
            int k = 0;
            order[tail++] = s;
            dist[s] = 0;
            sigma[s] = 1;
            final int[] degree = shape.degree;
            final int c = shape.component[s];
            long unseenArcs = shape.componentArcs[c] - degree[s];
            int remainingCount = -1;
            int predTop = 0;
            int head = 0;
            int level = 0;
            predFrom[0] = 0;
            predTo[0] = 0;
            while (head < tail) {
                int levelEnd = tail;
                long frontierArcs = 0;
                for (int i = head; i < levelEnd; i++) {
                    frontierArcs += degree[order[i]];
                }
                if (remainingCount < 0 && unseenArcs + ((shape.componentFirst[c + 1] - shape.componentFirst[c]) >> 3)
                        < frontierArcs) {
                    // direction-optimising (Beamer, Asanović and Patterson, SC 2012): when the vertices not yet
                    // reached have fewer ties than the frontier, find the next level from their side; this and every
                    // later level are found so, and their DAG edges kept as parent lists instead of successor lists
                    remainingCount = 0;
                    for (int w = shape.componentFirst[c], end = shape.componentFirst[c + 1]; w < end; w++) {
                        remaining[remainingCount] = w;
                        remainingCount += dist[w] == UNREACHED ? 1 : 0;
                    }
                }
                if (remainingCount < 0) {
                    for (; head < levelEnd; head++) {
                        int v = order[head];
                        int first = k;
                        successorsStart[head] = first;
                        int next = dist[v] + 1;
                        double sv = sigma[v];
                        // branch-free, four ties at a time: whether w is new, or on the DAG (new, or one level down),
                        // decides by arithmetic what is kept, so the unpredictable tests cost no mispredicted jumps,
                        // and most vertices (3 to 8 ties) take the loop once or twice. σ of an unreached vertex is 0.
                        for (int e = offsets[v], end = offsets[v + 1]; e < end; e += 4) {
                            for (int u = 0; u < 4; u++) {
                                int w = targets[e + u];
                                int dw = dist[w];
                                // a reached vertex lies at most one level down (dw ≤ next) and an unreached one
                                // above every level: w is new iff dw > next, on the DAG iff dw ≥ next (dw ≥ −1: no
                                // overflow)
                                int fresh = (next - dw) >>> 31;
                                int onDag = (next - 1 - dw) >>> 31;
                                dist[w] = Math.min(dw, next);
                                order[tail] = w;
                                tail += fresh;
                                successors[k] = w;
                                k += onDag;
                                sigma[w] += onDag * sv;
                            }
                        }
                        // pad the successor list to a multiple of four (at least four) with the padding vertex
                        int count = k - first;
                        successors[k] = pad;
                        successors[k + 1] = pad;
                        successors[k + 2] = pad;
                        successors[k + 3] = pad;
                        k = first + ((count + 3) & ~3) + (((count - 1) >>> 31) << 2);
                    }
                    for (int i = levelEnd; i < tail; i++) {
                        unseenArcs -= degree[order[i]];
                        // found top-down: no parent list
                        predFrom[i] = 0;
                        predTo[i] = 0;
                    }
                } else {
                    for (; head < levelEnd; head++) {
                        successorsStart[head] = k;
                    }
                    int kept = 0;
                    for (int r = 0; r < remainingCount; r++) {
                        int w = remaining[r];
                        int from = predTop;
                        double sw = 0;
                        for (int e = offsets[w], end = offsets[w + 1]; e < end; e += 4) {
                            for (int u = 0; u < 4; u++) {
                                int p = targets[e + u];
                                int x = dist[p] ^ level;
                                int parent = ((x | -x) >>> 31) ^ 1;
                                preds[predTop] = p;
                                predTop += parent;
                                sw += parent * sigma[p];
                            }
                        }
                        if (sw > 0) {
                            dist[w] = level + 1;
                            sigma[w] = sw;
                            predFrom[tail] = from;
                            predTo[tail] = predTop;
                            order[tail++] = w;
                        } else {
                            predTop = from;
                            remaining[kept++] = w;
                        }
                    }
                    remainingCount = kept;
                }
                level++;
            }
            successorsStart[head] = k;
            final double[] coefficient = this.coefficient;
            final double[] score = this.score;
            final double[] multiplicity = this.multiplicity;
            double sourceWeight = multiplicity == null ? 1.0 : multiplicity[s];
            for (int i = tail - 1; i > 0; i--) {
                int v = order[i];
                double p0 = 0;
                double p1 = 0;
                for (int j = successorsStart[i], end = successorsStart[i + 1]; j < end; j += 4) {
                    p0 += coefficient[successors[j]] + coefficient[successors[j + 1]];
                    p1 += coefficient[successors[j + 2]] + coefficient[successors[j + 3]];
                }
                double sv = sigma[v];
                double delta = sv * (p0 + p1 + pushed[v]);
                pushed[v] = 0;
                score[v] += sourceWeight * delta;
                double cv = ((multiplicity == null ? 1.0 : multiplicity[v]) + delta) / sv;
                coefficient[v] = cv;
                for (int j = predFrom[i], end = predTo[i]; j < end; j++) {
                    pushed[preds[j]] += cv;
                }
                // done with v: reset it for the next search (dist marks visits, σ must start at 0; the coefficient
                // is assigned before it is read)
                dist[v] = UNREACHED;
                sigma[v] = 0;
            }
            dist[s] = UNREACHED;
            sigma[s] = 0;
            pushed[s] = 0;
        }
    }
}
