/**
 * Partnership quality, the seed paper's framework per link rolled up per Health Board, NHS Trust and partner country
 * ({@link org.partnershipatlas.analytics.quality.QualityAnalysis}), and the links at risk. Findings are codes with
 * arguments ({@link org.partnershipatlas.analytics.findings.Finding}) so each reader gets them in their language.
 */
package org.partnershipatlas.analytics.quality;
