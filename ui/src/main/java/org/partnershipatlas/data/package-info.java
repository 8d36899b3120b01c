/**
 * Getting the network in and out: the native JSON snapshot and the spreadsheet CSV files of docs/FORMAT.md, through
 * {@code GET /api/network} and {@code POST /api/import}. Imports are all-or-nothing (see
 * {@link org.partnershipatlas.store.NetworkStore#importNetwork}).
 */
package org.partnershipatlas.data;
