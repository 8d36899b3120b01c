package org.partnershipatlas.network;

import java.util.Locale;

/**
 * The measures an organisation can be sized by, each with the message keys of its name and one-line explanation
 * ({@code metric.<token>} and {@code metric.<token>.explain} in {@code i18n/explorer}) and the analytics measure
 * it reads ({@link org.partnershipatlas.analytics.NetworkAnalytics#values}).
 */
public enum SizeMetric {
    NONE(null),
    DEGREE("degree"),
    STRENGTH("strength"),
    BETWEENNESS("betweenness"),
    CLOSENESS("closeness"),
    HARMONIC("harmonic"),
    PAGE_RANK("pageRank"),
    EIGENVECTOR("eigenvector"),
    CORE_NUMBER("coreNumber"),
    CLUSTERING("clustering"),
    /** Burt's constraint: low means a broker, so the picture sizes by 1 − constraint. */
    CONSTRAINT("constraint"),
    EFFECTIVE_SIZE("effectiveSize");

    private final String measure;

    SizeMetric(String measure) {
        this.measure = measure;
    }

    /** The analytics measure behind it, or {@code null} for same-size. */
    public String measure() {
        return measure;
    }

    /** The value that drives the size (larger = drawn larger) from the measure's raw value. */
    public double sizeValue(double raw) {
        if (Double.isNaN(raw)) {
            return 0;
        }
        return this == CONSTRAINT ? 1 - Math.min(1, raw) : raw;
    }

    public String token() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
