package org.partnershipatlas.network;

import java.util.List;

/**
 * What the browser draws: positioned, coloured and sized organisations and links, and the legend. Text fields are
 * data, drawn as text (canvas labels, Vaadin text), never as markup.
 *
 * @param nodes        organisations in view
 * @param edges        links in view (between two organisations in view)
 * @param legend       colour → meaning, in the order shown
 * @param organisations number of organisations in the scope before any neighbourhood focus
 * @param extent       {@code [minX, minY, maxX, maxY]} of the whole stored network's layout: the renderer frames
 *                     every filtered picture in it, so nothing moves when a filter changes
 */
public record NetworkPicture(List<Node> nodes, List<Edge> edges, List<LegendEntry> legend, int organisations,
                             double[] extent) {

    /**
     * @param welsh    whether it is in Wales (the picture outlines those)
     * @param inferred whether its attribution is inferred (confidence B)
     */
    public record Node(String id, String label, double x, double y, double size, String color, boolean welsh,
                       boolean inferred) {
    }

    /** @param dashed whether the link is inferred or indirect (confidence B or C) */
    public record Edge(String id, String source, String target, double size, String color, boolean dashed) {
    }

    public record LegendEntry(String label, String color, int count) {
    }
}
