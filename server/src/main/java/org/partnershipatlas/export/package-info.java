/**
 * {@code GET /api/export}: the network as the explorer shows it (same filters, year, focus, colours and sizes) in
 * GraphML, GEXF, the FORMAT.md spreadsheet CSVs (zip), the native JSON snapshot, or an SVG picture.
 */
package org.partnershipatlas.export;
