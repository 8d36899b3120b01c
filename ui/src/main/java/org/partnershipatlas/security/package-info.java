/**
 * Who may do what. {@link org.partnershipatlas.security.SecurityConfiguration} is the one place that decides it:
 * reading is open, and every write of the REST API passes through {@code writeAccess(...)}, so that adding sign-in
 * and roles later is one change here.
 */
package org.partnershipatlas.security;
