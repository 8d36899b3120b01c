/**
 * The network in time: growth by {@code since} year ({@link org.partnershipatlas.analytics.timeslice.Growth}). A
 * snapshot as of a year is {@link org.partnershipatlas.analytics.scope.AnalysisScope#asOf(Integer)}.
 */
package org.partnershipatlas.analytics.timeslice;
