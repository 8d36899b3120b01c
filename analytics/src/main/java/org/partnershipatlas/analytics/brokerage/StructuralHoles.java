package org.partnershipatlas.analytics.brokerage;

import java.util.Objects;

import org.partnershipatlas.analytics.graph.NetworkGraph;
import org.partnershipatlas.analytics.graph.WeightMode;

/**
 * Burt's structural-hole measures, constraint and effective size, exactly as NetworkX's {@code constraint} and
 * {@code effective_size} on an undirected graph.
 *
 * <p>Definitions, with tie strengths {@code w} (all 1 unless {@link WeightMode#STRENGTH}):
 * <ul>
 *   <li>proportional tie {@code p(i,j) = w(i,j) / Σ_k w(i,k)} (NetworkX's normalised mutual weight: the mutual
 *       weight of an undirected tie is twice its weight, which cancels);</li>
 *   <li>constraint {@code C(i) = Σ_{j∈N(i)} (p(i,j) + Σ_{q∈N(i)} p(i,q)·p(q,j))²};</li>
 *   <li>effective size {@code E(i) = Σ_{j∈N(i)} (1 − Σ_{q∈N(i)} p(i,q)·m(j,q))}, with
 *       {@code m(j,q) = w(j,q) / max_k w(j,k)}; unweighted this is Borgatti's {@code d − 2t/d}, t the ties among
 *       the neighbours.</li>
 * </ul>
 * Both are undefined (NaN, written as JSON {@code null}) for a vertex without ties.
 *
 * <p>Paper: R. S. Burt, "Structural Holes: The Social Structure of Competition", Harvard University Press, 1992;
 * S. P. Borgatti, "Structural holes: unpacking Burt's redundancy measures", Connections 20(1), 1997.
 *
 * <p>Complexity: O(Σ_v Σ_{q∈N(v)} d(q)) = O(Σ_q d(q)²) time, O(n) memory (a dense marker of the ego's ties).
 */
public final class StructuralHoles {
    private final double[] constraint;
    private final double[] effectiveSize;

    public StructuralHoles(NetworkGraph graph, WeightMode mode) {
        this(graph, mode, true, true);
    }

    /** Computes only what is asked (the CLI times each measure alone). */
    public StructuralHoles(NetworkGraph graph, WeightMode mode, boolean wantConstraint, boolean wantEffectiveSize) {
        Objects.requireNonNull(graph, "graph");
        int n = graph.nodeCount();
        int[] offsets = graph.csrOffsets();
        int[] targets = graph.csrTargets();
        double[] w = graph.tieStrengths(Objects.requireNonNull(mode, "mode"));
        double[] total = new double[n];
        double[] max = new double[n];
        for (int v = 0; v < n; v++) {
            for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                double x = w == null ? 1.0 : w[e];
                total[v] += x;
                max[v] = Math.max(max[v], x);
            }
        }
        constraint = wantConstraint ? new double[n] : null;
        effectiveSize = wantEffectiveSize ? new double[n] : null;
        double[] pEgo = new double[n];   // p(ego, q) for q in N(ego), else 0
        double[] indirect = new double[n];
        double[] redundancy = new double[n];
        boolean[] inEgo = new boolean[n];
        for (int ego = 0; ego < n; ego++) {
            if (offsets[ego] == offsets[ego + 1]) {
                if (constraint != null) {
                    constraint[ego] = Double.NaN;
                }
                if (effectiveSize != null) {
                    effectiveSize[ego] = Double.NaN;
                }
                continue;
            }
            for (int e = offsets[ego]; e < offsets[ego + 1]; e++) {
                int q = targets[e];
                pEgo[q] = (w == null ? 1.0 : w[e]) / total[ego];
                inEgo[q] = true;
            }
            // for every neighbour q and every neighbour j of q that is also the ego's neighbour
            for (int e = offsets[ego]; e < offsets[ego + 1]; e++) {
                int q = targets[e];
                for (int f = offsets[q]; f < offsets[q + 1]; f++) {
                    int j = targets[f];
                    if (!inEgo[j]) {
                        continue;
                    }
                    double wqj = w == null ? 1.0 : w[f];
                    indirect[j] += pEgo[q] * (wqj / total[q]);       // p(ego,q)·p(q,j)
                    redundancy[q] += pEgo[j] * (wqj / max[q]);       // p(ego,j)·m(q,j), summed for neighbour q
                }
            }
            double c = 0;
            double size = 0;
            for (int e = offsets[ego]; e < offsets[ego + 1]; e++) {
                int j = targets[e];
                double local = pEgo[j] + indirect[j];
                c += local * local;
                size += 1.0 - redundancy[j];
            }
            if (constraint != null) {
                constraint[ego] = c;
            }
            if (effectiveSize != null) {
                effectiveSize[ego] = size;
            }
            for (int e = offsets[ego]; e < offsets[ego + 1]; e++) {
                int q = targets[e];
                pEgo[q] = 0;
                indirect[q] = 0;
                redundancy[q] = 0;
                inEgo[q] = false;
            }
        }
    }

    /** Constraint per vertex (NaN where undefined), or {@code null} if not asked. */
    public double[] constraint() {
        return constraint == null ? null : constraint.clone();
    }

    /** Effective size per vertex (NaN where undefined), or {@code null} if not asked. */
    public double[] effectiveSize() {
        return effectiveSize == null ? null : effectiveSize.clone();
    }

}
