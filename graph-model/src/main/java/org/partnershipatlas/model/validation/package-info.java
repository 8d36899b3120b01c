/**
 * Reading untrusted input into the model without stopping at the first mistake.
 *
 * <p>Both formats (JSON and CSV) present each object or row as a {@link org.partnershipatlas.model.validation.FieldSource};
 * {@link org.partnershipatlas.model.validation.EntityReader} applies the field rules of docs/FORMAT.md to it once for
 * both, and {@link org.partnershipatlas.model.validation.SnapshotValidator} checks the rules across records (unique ids,
 * references, countries). Every problem becomes a {@link org.partnershipatlas.model.validation.ValidationError} naming
 * where it is (a JSON path or a CSV file, line and column), the field and the bad value.
 */
package org.partnershipatlas.model.validation;
