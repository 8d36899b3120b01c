package org.partnershipatlas.analytics.whatif;

/** How one measure of one organisation moved. */
public record MetricChange(String id, WhatIfMeasure measure, double before, double after, double change) {
}
