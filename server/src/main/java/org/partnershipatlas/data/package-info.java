/**
 * Getting the network in and out and changing it over the API: the native JSON snapshot and the spreadsheet CSV
 * files of docs/FORMAT.md ({@code GET /api/network}, {@code POST /api/import} with an optional dry-run preview) and
 * single organisations and links with their ETags ({@code /api/organisations}, {@code /api/links}). Every write goes
 * through the one door ({@link org.partnershipatlas.writes.NetworkWrites}): all-or-nothing and recorded.
 */
package org.partnershipatlas.data;
