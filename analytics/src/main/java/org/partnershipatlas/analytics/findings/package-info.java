/**
 * Findings and reasons as codes with named arguments ({@link org.partnershipatlas.analytics.findings.Finding}), so
 * that every analysis says <em>what</em> it found and each reader gets the words in their language: the English
 * table beside {@link org.partnershipatlas.analytics.findings.FindingFormat} for the command line and logs, the UI's
 * {@code findings} and {@code quality} bundles in English and Welsh, and
 * {@link org.partnershipatlas.analytics.findings.FindingsJson} to write both the words and the codes in JSON.
 */
package org.partnershipatlas.analytics.findings;
