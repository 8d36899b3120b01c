/**
 * The partnership network's domain: organisations, countries, links and their sources, as immutable records
 * with validating constructors, and {@link org.partnershipatlas.model.NetworkSnapshot}, an immutable whole
 * network that every other part of the product reads.
 *
 * <p>The vocabulary (organisation types, link kinds, activities, learning directions, confidence grades, and for a
 * link's quality the Charter foundations, success factors and challenges of the seed paper) is the contract of
 * {@code docs/FORMAT.md}. Records reject impossible values on construction, with the rules for free text in
 * {@link org.partnershipatlas.model.Text} and every size limit in {@link org.partnershipatlas.model.Limits};
 * collecting every error of a file with its location is the job of
 * {@link org.partnershipatlas.model.validation.SnapshotValidator}.
 */
package org.partnershipatlas.model;
