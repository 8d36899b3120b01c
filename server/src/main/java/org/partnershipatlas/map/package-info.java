/**
 * The map view ({@code /map}): partner countries on a Natural Earth world map, shaded by links, arcs from Wales
 * weighted by active links, and a country's links and organisations on click; filters and year shared with the
 * network view.
 */
package org.partnershipatlas.map;
