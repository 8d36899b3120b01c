/**
 * What if an organisation or a link went: components before and after, who is cut off from whom, Health Boards that
 * lose their only route to a country, and the biggest moves of the headline measures.
 */
package org.partnershipatlas.analytics.whatif;
