/**
 * The read side: {@link org.partnershipatlas.reads.NetworkReads} gives the stored network as one snapshot with its
 * version, read once per request and passed down (to the analysis, the layout, the view); {@link
 * org.partnershipatlas.ui.components.LiveUpdates} refreshes open pages after a write.
 */
package org.partnershipatlas.reads;
