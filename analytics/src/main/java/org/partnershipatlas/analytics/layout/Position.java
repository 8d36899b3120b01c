package org.partnershipatlas.analytics.layout;

/** Where an organisation is drawn, in layout units (the renderer fits the picture to its view). */
public record Position(double x, double y) {
}
