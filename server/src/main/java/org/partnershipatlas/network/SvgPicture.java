package org.partnershipatlas.network;

import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * A {@link NetworkPicture} as a standalone SVG document (vector, for reports and slides): the title (the view's
 * filters in words and the date) at the top and as the document's {@code <title>}; links as lines (dashed where
 * inferred or indirect); organisations as circles in their colours with their names, rings round marked ones;
 * partner countries named over their groups; the legend ({@code <g class="legend">}) at the foot. All text is
 * XML-escaped, so names are text, never markup.
 */
public final class SvgPicture {
    private static final double WIDTH = 1600;
    private static final double HEIGHT = 1200;
    private static final double MARGIN = 40;
    /** Room for the title above the picture. */
    private static final double TOP = 50;

    private SvgPicture() {
    }

    public static String of(NetworkPicture picture, String title) {
        double[] e = picture.extent();
        double spanX = Math.max(1e-9, e[2] - e[0]);
        double spanY = Math.max(1e-9, e[3] - e[1]);
        int legendRows = legendRows(picture);
        double bottom = 20 + 22 * legendRows;
        // A focused picture (a country, a neighbourhood, a narrow filter): every organisation named, in columns.
        boolean focused = !picture.nodes().isEmpty() && picture.nodes().size() <= NetworkPicture.LABEL_ALL_UP_TO;
        SvgArrangement.Result arranged = focused ? SvgArrangement.of(picture, WIDTH, TOP + MARGIN, MARGIN) : null;
        double height = focused ? TOP + 2 * MARGIN + arranged.height() + bottom : HEIGHT;
        double scale = Math.min((WIDTH - 2 * MARGIN - 160) / spanX, (height - 2 * MARGIN - TOP - bottom) / spanY);
        Map<String, double[]> at = new HashMap<>();
        for (NetworkPicture.Node n : picture.nodes()) {
            at.put(n.id(), focused ? new double[] {arranged.nodes().get(n.id()).x(), arranged.nodes().get(n.id()).y()}
                    : new double[] {MARGIN + (n.x() - e[0]) * scale, TOP + MARGIN + (n.y() - e[1]) * scale});
        }
        ToDoubleFunction<NetworkPicture.Node> radius = n -> focused
                ? Math.max(2.5, arranged.radius() * Math.sqrt(n.size() / ExplorerService.MAX_SIZE)) : n.size();
        var svg = new StringBuilder(64 * (picture.nodes().size() + picture.edges().size()) + 512);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(fmt(WIDTH))
                .append("\" height=\"").append(fmt(height)).append("\" viewBox=\"0 0 ").append(fmt(WIDTH)).append(' ')
                .append(fmt(height)).append("\" font-family=\"sans-serif\" role=\"img\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
                .append("<text class=\"title\" x=\"").append(fmt(MARGIN)).append("\" y=\"32\" font-size=\"20\" font-weight=\"600\" fill=\"#1f2933\">")
                .append(escape(title)).append("</text>\n<g stroke-linecap=\"round\">\n");
        for (NetworkPicture.Edge edge : picture.edges()) {
            double[] a = at.get(edge.source());
            double[] b = at.get(edge.target());
            if (a == null || b == null) {
                continue;
            }
            svg.append("<line x1=\"").append(fmt(a[0])).append("\" y1=\"").append(fmt(a[1])).append("\" x2=\"")
                    .append(fmt(b[0])).append("\" y2=\"").append(fmt(b[1])).append("\" stroke=\"").append(edge.color())
                    .append("\" stroke-width=\"").append(fmt(edge.size())).append('"')
                    .append(edge.dashed() ? " stroke-dasharray=\"4 3\"" : "").append("/>\n");
        }
        svg.append("</g>\n<g stroke=\"#ffffff\" stroke-width=\"0.8\">\n");
        for (NetworkPicture.Node n : picture.nodes()) {
            double[] p = at.get(n.id());
            svg.append("<circle cx=\"").append(fmt(p[0])).append("\" cy=\"").append(fmt(p[1])).append("\" r=\"")
                    .append(fmt(radius.applyAsDouble(n))).append("\" fill=\"").append(n.color()).append("\"><title>")
                    .append(escape(n.label())).append("</title></circle>\n");
        }
        svg.append("</g>\n<g class=\"marks\" fill=\"none\" stroke-width=\"2\">\n");
        for (NetworkPicture.Node n : picture.nodes()) {
            double[] p = at.get(n.id());
            for (int i = 0; i < n.marks().size(); i++) {
                NetworkPicture.Mark mark = n.marks().get(i);
                svg.append("<circle cx=\"").append(fmt(p[0])).append("\" cy=\"").append(fmt(p[1])).append("\" r=\"")
                        .append(fmt(radius.applyAsDouble(n) + 3 + 3 * i)).append("\" stroke=\"").append(mark.color()).append('"')
                        .append(mark == NetworkPicture.Mark.BROKER ? " stroke-dasharray=\"3 2\"" : "").append("/>\n");
            }
        }
        svg.append("</g>\n<g class=\"groups\" font-size=\"13\" font-weight=\"600\" fill=\"#3b4a5a\" dominant-baseline=\"central\">\n");
        if (focused) {
            for (SvgArrangement.Heading g : arranged.headings()) {
                svg.append("<text x=\"").append(fmt(g.x())).append("\" y=\"").append(fmt(g.y())).append("\">")
                        .append(escape(g.text())).append("</text>\n");
            }
        } else {
            for (NetworkPicture.GroupLabel g : picture.groups()) {
                svg.append("<text x=\"").append(fmt(MARGIN + (g.x() - e[0]) * scale - 4)).append("\" y=\"")
                        .append(fmt(TOP + MARGIN + (g.y() - e[1]) * scale)).append("\">").append(escape(g.label()))
                        .append("</text>\n");
            }
        }
        // Organisation names in 13 px text (12 px on a large picture, where only the larger organisations are named).
        svg.append("</g>\n<g class=\"labels\" font-size=\"").append(focused ? "13" : "12")
                .append("\" fill=\"#1f2933\" dominant-baseline=\"central\">\n");
        for (NetworkPicture.Node n : picture.nodes()) {
            if (!focused && picture.nodes().size() > 400 && n.size() < 8) {
                continue;   // label only the larger organisations of a big picture
            }
            double[] p = at.get(n.id());
            String text = focused ? arranged.nodes().get(n.id()).text() : n.label();
            svg.append("<text x=\"").append(fmt(p[0] + radius.applyAsDouble(n) + 4)).append("\" y=\"").append(fmt(p[1]))
                    .append("\">").append(escape(text)).append("<title>").append(escape(n.label())).append("</title></text>\n");
        }
        svg.append("</g>\n<g class=\"legend\" font-size=\"12\" fill=\"#1f2933\">\n");
        double x = MARGIN;
        double y = height - 22 * legendRows + 6;
        for (LegendItem item : legendItems(picture)) {
            if (x + item.width() > WIDTH - MARGIN && x > MARGIN) {
                x = MARGIN;
                y += 22;
            }
            if (item.line()) {
                svg.append("<line class=\"legend-link\" x1=\"").append(fmt(x)).append("\" y1=\"").append(fmt(y - 4))
                        .append("\" x2=\"").append(fmt(x + 12)).append("\" y2=\"").append(fmt(y - 4))
                        .append("\" stroke-width=\"3\" stroke=\"").append(item.color()).append("\"/><text x=\"")
                        .append(fmt(x + 16)).append("\" y=\"").append(fmt(y)).append("\">").append(escape(item.text()))
                        .append("</text>\n");
                x += item.width();
                continue;
            }
            svg.append("<circle cx=\"").append(fmt(x + 6)).append("\" cy=\"").append(fmt(y - 4)).append("\" r=\"5\" ")
                    .append(item.ring() ? "fill=\"none\" stroke-width=\"2\" stroke=\"" : "fill=\"").append(item.color())
                    .append('"').append(item.dashed() ? " stroke-dasharray=\"3 2\"" : "").append("/><text x=\"")
                    .append(fmt(x + 16)).append("\" y=\"").append(fmt(y)).append("\">").append(escape(item.text()))
                    .append("</text>\n");
            x += item.width();
        }
        return svg.append("</g>\n</svg>\n").toString();
    }

    private record LegendItem(String text, String color, boolean ring, boolean dashed, boolean line) {
        LegendItem(String text, String color, boolean ring, boolean dashed) {
            this(text, color, ring, dashed, false);
        }

        double width() {
            return 30 + 6.5 * text.length();
        }
    }

    private static List<LegendItem> legendItems(NetworkPicture picture) {
        var items = new ArrayList<LegendItem>();
        picture.legend().forEach(e -> items.add(new LegendItem(e.label() + " (" + e.count() + ")", e.color(), false, false)));
        picture.marks().forEach(m -> items.add(new LegendItem(m.label() + " (" + m.count() + ")", m.color(), true,
                m.mark() == NetworkPicture.Mark.BROKER)));
        picture.linkLegend().forEach(e -> items.add(new LegendItem(e.label() + " (" + e.count() + ")", e.color(), false,
                false, true)));
        return items;
    }

    private static int legendRows(NetworkPicture picture) {
        int rows = 1;
        double x = MARGIN;
        for (LegendItem item : legendItems(picture)) {
            if (x + item.width() > WIDTH - MARGIN && x > MARGIN) {
                rows++;
                x = MARGIN;
            }
            x += item.width();
        }
        return rows;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                        out.append('\uFFFD');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
