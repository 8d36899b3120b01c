package org.partnershipatlas.analytics.communities;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

import org.partnershipatlas.analytics.graph.NetworkGraph;
import org.partnershipatlas.analytics.graph.WeightMode;

/**
 * Communities by the Louvain method, and the modularity of the partition found.
 *
 * <p>Definition: modularity {@code Q = (1/2W) Σ_ij [A_ij − k_i k_j / 2W] δ(c_i, c_j)} with A the tie strengths (1
 * unless {@link WeightMode#STRENGTH}), {@code k_i} the strength of i and W the total strength (NetworkX
 * {@code modularity}, resolution 1); 0 for a graph without ties. Louvain greedily moves each vertex to the
 * neighbouring community with the largest gain in Q until no move helps, then merges each community into one vertex
 * and repeats on the smaller graph until nothing changes.
 *
 * <p>Determinism: vertices are visited in an order shuffled by a seeded generator (default {@value #DEFAULT_SEED});
 * a vertex moves only for a strictly larger gain. The same graph and seed give the same partition. Communities are
 * numbered in the order of their first vertex.
 *
 * <p>Paper: V. D. Blondel, J.-L. Guillaume, R. Lambiotte and E. Lefebvre, "Fast unfolding of communities in large
 * networks", Journal of Statistical Mechanics P10008, 2008; M. E. J. Newman, "Modularity and community structure in
 * networks", PNAS 103(23), 2006.
 *
 * <p>Complexity: about O(m) per pass, a few passes per level and O(log n) levels in practice; O(n + m) memory.
 */
public final class LouvainCommunities {
    public static final long DEFAULT_SEED = 42L;
    private static final double MIN_GAIN = 1e-12;

    private final int[] community;
    private final int count;
    private final double modularity;

    public LouvainCommunities(NetworkGraph graph, WeightMode mode) {
        this(graph, mode, DEFAULT_SEED);
    }

    public LouvainCommunities(NetworkGraph graph, WeightMode mode, long seed) {
        Objects.requireNonNull(graph, "graph");
        int n = graph.nodeCount();
        double[] strengths = graph.tieStrengths(Objects.requireNonNull(mode, "mode"));
        Level level = Level.of(graph, strengths);
        int[] membership = new int[n];
        for (int v = 0; v < n; v++) {
            membership[v] = v;
        }
        var random = new SplittableRandom(seed);
        while (true) {
            int[] moved = level.moveNodes(random);
            int communities = renumber(moved);
            if (communities == level.n) {
                break; // no vertex changed community: done
            }
            for (int v = 0; v < n; v++) {
                membership[v] = moved[membership[v]];
            }
            level = level.aggregate(moved, communities);
        }
        this.count = renumber(membership);
        this.community = membership;
        this.modularity = modularity(graph, strengths, membership);
    }

    /** Renumbers labels in place to 0..k-1 in order of first appearance; returns k. */
    private static int renumber(int[] labels) {
        int[] map = new int[labels.length];
        Arrays.fill(map, -1);
        int next = 0;
        for (int i = 0; i < labels.length; i++) {
            int l = labels[i];
            if (map[l] < 0) {
                map[l] = next++;
            }
            labels[i] = map[l];
        }
        return next;
    }

    /** NetworkX's modularity of a partition (labels 0..n-1) at resolution 1. */
    public static double modularity(NetworkGraph graph, double[] strengths, int[] labels) {
        int n = graph.nodeCount();
        double[] total = new double[n];
        double[] inside = new double[n];
        double twoW = 0;
        for (int v = 0; v < n; v++) {
            for (int e = graph.start(v); e < graph.end(v); e++) {
                double w = strengths == null ? 1.0 : strengths[e];
                total[labels[v]] += w;
                twoW += w;
                if (labels[graph.target(e)] == labels[v]) {
                    inside[labels[v]] += w;
                }
            }
        }
        if (twoW == 0) {
            return 0.0;
        }
        double q = 0;
        for (int c = 0; c < n; c++) {
            q += inside[c] / twoW - (total[c] / twoW) * (total[c] / twoW);
        }
        return q;
    }

    /** The community number of every vertex. */
    public int[] communities() {
        return community.clone();
    }

    public int count() {
        return count;
    }

    public double modularity() {
        return modularity;
    }

    /** One level of the method: a weighted graph with self-loops (merged communities of the level below). */
    private static final class Level {
        final int n;
        final int[] offsets;
        final int[] targets;
        final double[] weights;
        final double[] loops;    // weight of each vertex's self-loop (inside its merged community), counted once
        final double[] strength; // k_i: tie weights plus twice the loop
        final double twoW;

        Level(int n, int[] offsets, int[] targets, double[] weights, double[] loops) {
            this.n = n;
            this.offsets = offsets;
            this.targets = targets;
            this.weights = weights;
            this.loops = loops;
            this.strength = new double[n];
            double sum = 0;
            for (int v = 0; v < n; v++) {
                double k = 2 * loops[v];
                for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                    k += weights[e];
                }
                strength[v] = k;
                sum += k;
            }
            this.twoW = sum;
        }

        static Level of(NetworkGraph g, double[] strengths) {
            int n = g.nodeCount();
            double[] w = new double[g.csrTargets().length];
            for (int e = 0; e < w.length; e++) {
                w[e] = strengths == null ? 1.0 : strengths[e];
            }
            return new Level(n, g.csrOffsets(), g.csrTargets(), w, new double[n]);
        }

        /** Local moving; returns each vertex's community (a vertex id of this level). */
        int[] moveNodes(SplittableRandom random) {
            int[] comm = new int[n];
            double[] tot = new double[n];
            for (int v = 0; v < n; v++) {
                comm[v] = v;
                tot[v] = strength[v];
            }
            if (twoW == 0) {
                return comm;
            }
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double[] linkTo = new double[n];
            int[] touched = new int[n];
            boolean improved = true;
            while (improved) {
                improved = false;
                for (int v : order) {
                    int own = comm[v];
                    int touchedCount = 0;
                    for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                        int c = comm[targets[e]];
                        if (linkTo[c] == 0) {
                            touched[touchedCount++] = c;
                        }
                        linkTo[c] += weights[e];
                    }
                    tot[own] -= strength[v];
                    double kv = strength[v] / twoW;
                    int best = own;
                    double bestGain = linkTo[own] - tot[own] * kv;
                    for (int i = 0; i < touchedCount; i++) {
                        int c = touched[i];
                        double gain = linkTo[c] - tot[c] * kv;
                        if (gain > bestGain + MIN_GAIN) {
                            bestGain = gain;
                            best = c;
                        }
                    }
                    tot[best] += strength[v];
                    if (best != own) {
                        comm[v] = best;
                        improved = true;
                    }
                    for (int i = 0; i < touchedCount; i++) {
                        linkTo[touched[i]] = 0;
                    }
                    linkTo[own] = 0;
                }
            }
            return comm;
        }

        /** The graph of communities: ties summed, ties inside a community become its loop. */
        Level aggregate(int[] comm, int k) {
            double[] newLoops = new double[k];
            // count distinct neighbouring communities per community with a marker
            int[][] members = new int[k][];
            int[] sizes = new int[k];
            for (int v = 0; v < n; v++) {
                sizes[comm[v]]++;
            }
            for (int c = 0; c < k; c++) {
                members[c] = new int[sizes[c]];
                sizes[c] = 0;
            }
            for (int v = 0; v < n; v++) {
                members[comm[v]][sizes[comm[v]]++] = v;
                newLoops[comm[v]] += loops[v];
            }
            double[] acc = new double[k];
            int[] seen = new int[k];
            int[] list = new int[k];
            var tgt = new int[Math.max(1, targets.length)];
            var wts = new double[Math.max(1, targets.length)];
            int[] newOffsets = new int[k + 1];
            int out = 0;
            for (int c = 0; c < k; c++) {
                newOffsets[c] = out;
                int listed = 0;
                for (int v : members[c]) {
                    for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                        int d = comm[targets[e]];
                        if (d == c) {
                            newLoops[c] += weights[e] / 2; // each inside tie is seen from both ends
                            continue;
                        }
                        if (seen[d] != c + 1) {
                            seen[d] = c + 1;
                            list[listed++] = d;
                            acc[d] = 0;
                        }
                        acc[d] += weights[e];
                    }
                }
                Arrays.sort(list, 0, listed);
                for (int i = 0; i < listed; i++) {
                    tgt[out] = list[i];
                    wts[out] = acc[list[i]];
                    out++;
                }
            }
            newOffsets[k] = out;
            return new Level(k, newOffsets, Arrays.copyOf(tgt, out), Arrays.copyOf(wts, out), newLoops);
        }
    }
}
