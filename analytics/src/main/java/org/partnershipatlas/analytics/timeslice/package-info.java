/**
 * The network in time and in part: a snapshot as of a year and filtered by link kind, theme and country
 * ({@link org.partnershipatlas.analytics.timeslice.SnapshotFilter}), and growth by {@code since} year.
 */
package org.partnershipatlas.analytics.timeslice;
