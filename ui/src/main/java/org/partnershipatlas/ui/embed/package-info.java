/**
 * The map and the network picture for partner websites: read-only, without navigation, only when reading is
 * public, and framable only from the origins in {@code atlas.embed.allowed-origins} (see
 * {@code security.UiSecurityConfiguration}).
 */
package org.partnershipatlas.ui.embed;
