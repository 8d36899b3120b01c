/**
 * Saved arrangements of the network picture ("Arrange and keep"): organisations a strategist moved and pinned,
 * saved under a name by editors and shown to every reader at {@code /network?layout=saved:<name>}; the service
 * (who may save, what a layout may hold) and the REST API over the store's {@code LayoutStore}.
 */
package org.partnershipatlas.layouts;
