package org.partnershipatlas.network;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link NetworkPicture} as a standalone SVG document (vector, for reports and slides): links as lines (dashed
 * where inferred or indirect), organisations as circles in their colours with their names, the legend at the foot.
 * All text is XML-escaped, so names are text, never markup.
 */
public final class SvgPicture {
    private static final double WIDTH = 1600;
    private static final double HEIGHT = 1200;
    private static final double MARGIN = 40;

    private SvgPicture() {
    }

    public static String of(NetworkPicture picture, String title) {
        double[] e = picture.extent();
        double spanX = Math.max(1e-9, e[2] - e[0]);
        double spanY = Math.max(1e-9, e[3] - e[1]);
        double scale = Math.min((WIDTH - 2 * MARGIN) / spanX, (HEIGHT - 2 * MARGIN - 60) / spanY);
        Map<String, double[]> at = new HashMap<>();
        for (NetworkPicture.Node n : picture.nodes()) {
            at.put(n.id(), new double[] {MARGIN + (n.x() - e[0]) * scale, MARGIN + (n.y() - e[1]) * scale});
        }
        var svg = new StringBuilder(64 * (picture.nodes().size() + picture.edges().size()) + 512);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(fmt(WIDTH))
                .append("\" height=\"").append(fmt(HEIGHT)).append("\" viewBox=\"0 0 ").append(fmt(WIDTH)).append(' ')
                .append(fmt(HEIGHT)).append("\" font-family=\"sans-serif\" role=\"img\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n<g stroke-linecap=\"round\">\n");
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
                    .append(fmt(n.size())).append("\" fill=\"").append(n.color()).append("\"><title>")
                    .append(escape(n.label())).append("</title></circle>\n");
        }
        svg.append("</g>\n<g font-size=\"9\" fill=\"#1f2933\">\n");
        for (NetworkPicture.Node n : picture.nodes()) {
            if (picture.nodes().size() > 400 && n.size() < 8) {
                continue;   // label only the larger organisations of a big picture
            }
            double[] p = at.get(n.id());
            svg.append("<text x=\"").append(fmt(p[0] + n.size() + 2)).append("\" y=\"").append(fmt(p[1] + 3))
                    .append("\">").append(escape(n.label())).append("</text>\n");
        }
        svg.append("</g>\n<g font-size=\"12\">\n");
        double x = MARGIN;
        double y = HEIGHT - 20;
        for (NetworkPicture.LegendEntry entry : picture.legend()) {
            String text = entry.label() + " (" + entry.count() + ")";
            svg.append("<circle cx=\"").append(fmt(x + 5)).append("\" cy=\"").append(fmt(y - 4)).append("\" r=\"5\" fill=\"")
                    .append(entry.color()).append("\"/><text x=\"").append(fmt(x + 14)).append("\" y=\"").append(fmt(y))
                    .append("\">").append(escape(text)).append("</text>\n");
            x += 24 + 6.5 * text.length();
        }
        return svg.append("</g>\n</svg>\n").toString();
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
