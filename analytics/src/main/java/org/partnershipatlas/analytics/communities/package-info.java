/** Groups of closely linked organisations: seeded, deterministic Louvain and NetworkX's modularity. */
package org.partnershipatlas.analytics.communities;
