/**
 * Managing who may sign in, for admins: users (roles, stewardship, disabling, password resets) and API tokens —
 * {@code /api/users}, {@code /api/tokens} and the Users view.
 */
package org.partnershipatlas.users;
