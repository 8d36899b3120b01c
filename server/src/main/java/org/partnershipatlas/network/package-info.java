/**
 * The network explorer ({@code /network}): the WebGL picture ({@link org.partnershipatlas.ui.network.NetworkGraph},
 * sigma.js), filters and time slider, search, neighbourhood focus, the detail panel with sources, the table
 * alternative, and the view state in the URL. {@link org.partnershipatlas.network.ExplorerService} turns the
 * stored network, its analytics and a cached layout into a {@link org.partnershipatlas.network.NetworkPicture}.
 */
package org.partnershipatlas.network;
