/**
 * The analytics of the stored network, for every feature: {@link org.partnershipatlas.analysis.AnalysisService}
 * builds one {@link org.partnershipatlas.analytics.NetworkAnalytics} per network version and scope (year, link kinds,
 * themes, countries) and keeps it until the network changes, so repeated questions are near-free. Also the
 * general endpoints {@code GET /api/metrics} and {@code GET /api/summary}.
 */
package org.partnershipatlas.analysis;
