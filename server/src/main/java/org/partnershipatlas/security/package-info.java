/**
 * Who may do what: sign-in (form with users kept in Neo4j, HTTP Basic, API tokens, OpenID Connect), the roles
 * VIEWER, EDITOR and ADMIN and stewardship ({@link org.partnershipatlas.security.Actor}), slowing down repeated
 * failed sign-ins, the first administrator, and the API's filter chain
 * ({@link org.partnershipatlas.security.ApiSecurityConfiguration}; the pages' chain is in the ui module). Writes are authorised a second time, entity by
 * entity, in the one door for writes ({@code writes.NetworkWrites}).
 */
package org.partnershipatlas.security;
