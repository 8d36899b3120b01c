package org.partnershipatlas.analytics.centrality;

/**
 * KADABRA's stopping rule (Borassi and Natale 2016, Theorem 9 and §4): when τ sampled paths have been counted, may
 * sampling stop with the (ε, δ) guarantee? See {@link KadabraBetweenness} for the guarantee in words.
 *
 * <p>Bounds: with {@code ω} the number of samples after which the VC-dimension bound alone gives every vertex within
 * ε (Riondato and Kornaropoulos 2016), and {@code L = ln(1/δ_v)}, the true share of a vertex with estimate b̃ lies, but
 * with probability δ_v each side, in {@code [b̃ − f, b̃ + g]}:
 * {@code f = (L/τ)(−(ω/τ − 1/3) + √((ω/τ − 1/3)² + 2b̃ω/L))},
 * {@code g = (L/τ)((ω/τ + 1/3) + √((ω/τ + 1/3)² + 2b̃ω/L))}. Half of δ goes to the ω bound, half is shared equally
 * among the 2n one-sided bounds ({@code δ_v = δ/(4n)}) — sound without the paper's first sampling phase, at the
 * price of a few more samples. Both f and g grow with b̃, so the rule only ever needs the k + 1 highest estimates.
 *
 * <p>Cost of a check: O(n log k) to find the k + 1 highest counts, O(k) bounds.
 */
final class KadabraRule {
    private final double epsilon;
    private final int k;
    private final double omega;
    private final double logInverseDelta;

    /**
     * @param vertexDiameterBound an upper bound on the vertices of a shortest path (at least 3)
     */
    KadabraRule(double epsilon, double delta, int k, int n, int vertexDiameterBound) {
        this.epsilon = epsilon;
        this.k = k;
        this.omega = omega(epsilon, delta, vertexDiameterBound);
        this.logInverseDelta = Math.log(4.0 * n / delta);
    }

    /** {@code ω = (0.5/ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(2/δ))}. */
    static double omega(double epsilon, double delta, int vertexDiameterBound) {
        double log2 = Math.log(vertexDiameterBound - 2) / Math.log(2);
        return 0.5 / (epsilon * epsilon) * (Math.floor(log2 + 1e-9) + 1 + Math.log(2 / delta));
    }

    double omega() {
        return omega;
    }

    /** Whether the counts of τ samples meet the rule: the absolute one for k = 0, the top-k set's otherwise. */
    boolean finished(long[] counts, long tau) {
        if (k == 0) {
            long max = 0;
            for (long c : counts) {
                max = Math.max(max, c);
            }
            double b = (double) max / KadabraSampler.UNIT / tau;
            // f and g grow with b̃, and g ≥ f: the largest estimate decides
            return upper(b, tau) < epsilon && lower(b, tau) < epsilon;
        }
        int[] top = KadabraBetweenness.topIndices(counts, Math.min(counts.length, k + 1));
        int size = top.length;
        double lowestInside = Double.POSITIVE_INFINITY;
        double highestOutside = Double.NEGATIVE_INFINITY;
        boolean outsideWithin = true;
        if (size > k) {
            // the highest vertex outside is the hardest of them (both tests are monotone in b̃)
            double b = (double) counts[top[k]] / KadabraSampler.UNIT / tau;
            double up = upper(b, tau);
            highestOutside = b + up;
            outsideWithin = up < epsilon && lower(b, tau) < epsilon;
        }
        for (int i = 0; i < Math.min(k, size); i++) {
            double b = (double) counts[top[i]] / KadabraSampler.UNIT / tau;
            double lo = lower(b, tau);
            lowestInside = Math.min(lowestInside, b - lo);
            boolean within = lo < epsilon && upper(b, tau) < epsilon;
            if (!within && !(b - lo > highestOutside)) {
                return false;
            }
        }
        return outsideWithin || highestOutside < lowestInside;
    }

    /** KADABRA's f: how far b̃ may lie above the true value. */
    double lower(double b, long tau) {
        double a = omega / tau - 1.0 / 3;
        double f = logInverseDelta / tau * (-a + Math.sqrt(a * a + 2 * b * omega / logInverseDelta));
        return Math.min(f, b);
    }

    /** KADABRA's g: how far the true value may lie above b̃. */
    double upper(double b, long tau) {
        double a = omega / tau + 1.0 / 3;
        double g = logInverseDelta / tau * (a + Math.sqrt(a * a + 2 * b * omega / logInverseDelta));
        return Math.min(g, 1 - b);
    }
}
