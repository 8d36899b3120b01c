/**
 * Who can introduce whom: k shortest simple routes (Yen) to an organisation, a country or a theme with the
 * introducer named and every step's links and sources; link prediction with NetworkX's five scores and the shared
 * neighbours as evidence; the first-partner fallback for an organisation the scores cannot help.
 */
package org.partnershipatlas.analytics.introductions;
