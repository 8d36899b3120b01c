/**
 * Which part of the network an analysis looks at ({@link org.partnershipatlas.analytics.scope.AnalysisScope}): as of
 * a year, and filtered by country, region, organisation type, link kind, theme, activity, status and confidence.
 * One type for the analytics, the web application and the CLI, so a filter means the same everywhere.
 */
package org.partnershipatlas.analytics.scope;
