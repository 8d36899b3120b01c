/**
 * The interchange formats of docs/FORMAT.md: the native JSON snapshot ({@link org.partnershipatlas.format.JsonSnapshotFormat})
 * and the two spreadsheet CSV files ({@link org.partnershipatlas.format.CsvSnapshotFormat}). Readers collect every error
 * with its location and build nothing unless the whole input is valid; writers produce what the readers read back
 * unchanged.
 */
package org.partnershipatlas.format;
