package org.partnershipatlas.network;

import java.util.Locale;
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
 * @param groups       names drawn on the picture over groups of organisations (the partner countries of the
 *                     "Wales left" layout)
 * @param marks        what the rings round some organisations mean, with how many carry each (the legend's end)
 * @param linkLegend   what the links' colours mean ({@link LinkColour}), with how many links in view carry each
 *                     (the default colouring too: documented grey, inferred or indirect light grey and dashed)
 * @param route        organisations of a route of introduction in order (highlighted with the links between
 *                     consecutive ones; the middle ones are the introducers), or empty
 * @param highlight    further organisations highlighted, or empty
 */
public record NetworkPicture(List<Node> nodes, List<Edge> edges, List<LegendEntry> legend, int organisations,
                             double[] extent, List<GroupLabel> groups, List<MarkEntry> marks,
                             List<LegendEntry> linkLegend, List<String> route, List<String> highlight) {

    public NetworkPicture(List<Node> nodes, List<Edge> edges, List<LegendEntry> legend, int organisations,
                          double[] extent, List<GroupLabel> groups, List<MarkEntry> marks) {
        this(nodes, edges, legend, organisations, extent, groups, marks, List.of());
    }

    public NetworkPicture(List<Node> nodes, List<Edge> edges, List<LegendEntry> legend, int organisations,
                          double[] extent, List<GroupLabel> groups, List<MarkEntry> marks,
                          List<LegendEntry> linkLegend) {
        this(nodes, edges, legend, organisations, extent, groups, marks, linkLegend, List.of(), List.of());
    }

    /** Organisations at most this many are "a focused picture": every one of them is labelled, here and in exports. */
    public static final int LABEL_ALL_UP_TO = 150;

    /** A route's middle organisations: the introducers. */
    public List<String> introducers() {
        return route.size() < 3 ? List.of() : route.subList(1, route.size() - 1);
    }

    /** A mark on an organisation: an under-linked Health Board, or one of the top brokers. */
    public enum Mark {
        UNDER_LINKED("#c0392b"), BROKER("#1f2933");

        private final String color;

        Mark(String color) {
            this.color = color;
        }

        public String color() {
            return color;
        }

        public String token() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * @param welsh    whether it is in Wales (the picture outlines those)
     * @param inferred whether its attribution is inferred (confidence B)
     * @param marks    rings drawn round it, innermost first
     * @param rank     how early its label is placed when not all fit: 0 for Health Boards, 1 for NHS Trusts and
     *                 top brokers, 2 for the rest (larger organisations first within a rank)
     */
    public record Node(String id, String label, double x, double y, double size, String color, boolean welsh,
                       boolean inferred, List<Mark> marks, int rank) {
        public Node(String id, String label, double x, double y, double size, String color, boolean welsh,
                    boolean inferred, List<Mark> marks) {
            this(id, label, x, y, size, color, welsh, inferred, marks, 2);
        }
    }

    /** A group's name at a point of the layout (the top of its band). */
    public record GroupLabel(String label, double x, double y) {
    }

    /** A mark's ring colour and its words in the legend. */
    public record MarkEntry(Mark mark, String label, String color, int count) {
    }

    /** @param dashed whether the link is inferred or indirect (confidence B or C) */
    public record Edge(String id, String source, String target, double size, String color, boolean dashed) {
    }

    public record LegendEntry(String label, String color, int count) {
    }
}
