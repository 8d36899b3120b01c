/**
 * Partnership quality: dated self-assessments of links (the Charter's foundations, the paper's success factors and
 * challenges, the evidence), roll-ups per Board, Trust and country, links at risk — the Quality view, the assessment
 * form and dialog, and {@code /api/quality}, {@code /api/links/{id}/assessments}.
 */
package org.partnershipatlas.quality;
