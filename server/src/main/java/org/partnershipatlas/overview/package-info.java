/**
 * The overview, the start page: the network at a glance from one read of the stored network, each block a chart
 * with its table alternative and a link to the view behind it.
 */
package org.partnershipatlas.overview;
