package org.partnershipatlas.analytics.whatif;

/** How one measure of one organisation moved. */
public record MetricChange(String id, String metric, double before, double after, double change) {
}
