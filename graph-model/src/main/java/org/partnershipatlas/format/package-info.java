/**
 * The interchange formats of docs/FORMAT.md: the native JSON snapshot ({@link org.partnershipatlas.format.JsonSnapshotFormat}),
 * the spreadsheet CSV files ({@link org.partnershipatlas.format.CsvSnapshotFormat}: organisations, links and the optional
 * assessments) and, for graph tools, GraphML and GEXF (write only). Readers take UTF-8 only
 * ({@link org.partnershipatlas.format.StrictUtf8Reader}), collect every error with its location and build nothing
 * unless the whole input is valid; writers produce what the readers read back unchanged, CSV cells
 * {@linkplain org.partnershipatlas.format.CsvCells formula-defused}.
 */
package org.partnershipatlas.format;
