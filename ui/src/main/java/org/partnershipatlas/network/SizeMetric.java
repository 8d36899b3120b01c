package org.partnershipatlas.network;

import java.util.function.ToDoubleFunction;

import org.partnershipatlas.analytics.NodeMetrics;

/**
 * The measures an organisation can be sized by, each with the message keys of its name and one-line explanation
 * ({@code metric.<token>} and {@code metric.<token>.explain} in {@code i18n/explorer}).
 */
public enum SizeMetric {
    NONE(m -> 1),
    DEGREE(NodeMetrics::degree),
    STRENGTH(NodeMetrics::strength),
    BETWEENNESS(NodeMetrics::betweenness),
    CLOSENESS(NodeMetrics::closeness),
    HARMONIC(NodeMetrics::harmonic),
    PAGE_RANK(NodeMetrics::pageRank),
    EIGENVECTOR(NodeMetrics::eigenvector),
    CORE_NUMBER(NodeMetrics::coreNumber),
    CLUSTERING(NodeMetrics::clustering),
    /** Burt's constraint: low means a broker, so the picture sizes by 1 − constraint. */
    CONSTRAINT(m -> m.constraint() == null ? 0 : 1 - Math.min(1, m.constraint())),
    EFFECTIVE_SIZE(m -> m.effectiveSize() == null ? 0 : m.effectiveSize());

    private final ToDoubleFunction<NodeMetrics> value;

    SizeMetric(ToDoubleFunction<NodeMetrics> value) {
        this.value = value;
    }

    /** The value that drives the size (larger = drawn larger). */
    public double sizeValue(NodeMetrics metrics) {
        return value.applyAsDouble(metrics);
    }

    public String token() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
