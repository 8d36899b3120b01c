/**
 * What is missing, for the IHCC coordinator: each Health Board's reach abroad (its own links and its units') against
 * the median Board with reasons, partner countries and themes with zero or one link, fragile links and what they
 * would cut off, and the Board coverage matrices. Needs a snapshot (types, countries, link details).
 */
package org.partnershipatlas.analytics.gaps;
