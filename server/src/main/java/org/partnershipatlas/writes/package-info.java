/**
 * The one door for writes ({@link org.partnershipatlas.writes.NetworkWrites}): every change to the network — file,
 * form, API, seed, and later undo, restore and returns — is validated, authorised entity by entity and written in
 * one transaction with its recorded change. What a write would do is an {@link
 * org.partnershipatlas.writes.ImportPreview}; refusals are {@link org.partnershipatlas.writes.ConflictException} (409),
 * {@link org.partnershipatlas.writes.EditConflictException} (412) and {@link org.partnershipatlas.writes.NotFoundException}.
 */
package org.partnershipatlas.writes;
