/**
 * The real Wales–Africa partnership network the product starts with, every fact sourced.
 *
 * <p>The source of truth is the curated spreadsheet pair in {@code seed/sources/} ({@code organisations.csv},
 * {@code links.csv}), built from the PHW 2025 paper, the sourced link table ({@code wales-africa-links.csv}) and the
 * December 2026 census of public pages; each row is traced to its leads and pages in {@code provenance.csv}, which
 * the product never loads. How is told in {@code seed/sources/HOW-BUILT.md}. {@link org.partnershipatlas.seed.SeedBuilder} turns the spreadsheets into the
 * native JSON snapshot shipped on the classpath, and {@link org.partnershipatlas.seed.WalesAfricaSeed} reads it. The
 * application imports it into an empty store on first start, through its one door for writes, recorded as the
 * first change of the history.
 */
package org.partnershipatlas.seed;
