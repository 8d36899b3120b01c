/**
 * Findings in words for people: {@link org.partnershipatlas.findings.FindingText} renders the analytics' codes from
 * the bundles in the reader's language, {@link org.partnershipatlas.ui.findings.FindingsCell} shows a headline with the
 * detail behind "more", and the API writes the words in the language of {@code Accept-Language} with the codes
 * beside them.
 */
package org.partnershipatlas.findings;
