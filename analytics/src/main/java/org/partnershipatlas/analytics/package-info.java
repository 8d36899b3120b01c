/**
 * Network analytics over an immutable snapshot: {@link org.partnershipatlas.analytics.NetworkAnalytics} is the one
 * entry point for the UI, the REST API and the CLI; {@link org.partnershipatlas.analytics.Conventions} states every
 * definition. One package per question: {@code graph} (projections), {@code centrality}, {@code brokerage},
 * {@code gaps}, {@code introductions}, {@code communities}, {@code whatif}, {@code timeslice}; every reason they
 * give is a {@code findings} code with named arguments, in words for each reader. The command line and the
 * benchmark harness are the analytics-cli module. Pure Java 17: no Spring, no Neo4j.
 */
package org.partnershipatlas.analytics;
