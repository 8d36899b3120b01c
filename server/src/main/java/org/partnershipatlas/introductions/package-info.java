/**
 * For partnership brokers and organisations seeking partners: routes of introduction (who can introduce A to a
 * partner in country X or on theme T, step by step with the evidence) and suggested new links.
 */
package org.partnershipatlas.introductions;
