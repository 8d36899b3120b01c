/**
 * Positions for drawing the network: a force-directed layout (Fruchterman–Reingold with a Barnes–Hut quadtree)
 * and a "Wales left, partners right" layout. Computed once per network version on the server, so the browser only
 * draws and every filter keeps organisations where the strategist last saw them.
 */
package org.partnershipatlas.analytics.layout;
