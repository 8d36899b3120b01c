/**
 * Application plumbing: settings ({@link org.partnershipatlas.app.AtlasProperties}), the Neo4j connection — an
 * embedded database by default or an external server or cluster by URI ({@link org.partnershipatlas.app.Neo4jConfiguration}) —
 * seeding an empty store on first start, and the one place errors become RFC 7807 problem details.
 */
package org.partnershipatlas.app;
