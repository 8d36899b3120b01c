/**
 * The history: every recorded change newest first, filtered by person, organisation or link, kind and day, each
 * with its field-level diff, and undo ({@code /api/history}, the History view and each entity's own history).
 */
package org.partnershipatlas.history;
