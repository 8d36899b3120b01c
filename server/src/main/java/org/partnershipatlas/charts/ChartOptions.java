package org.partnershipatlas.charts;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The few chart shapes the product draws, as ECharts options: one place for fonts, colours and grid margins, so
 * every chart looks like the others. Values are plain numbers; labels are data and ECharts draws them as text.
 */
public final class ChartOptions {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The first colour of the network picture's palette (Tableau 10), and its warning red. */
    public static final String BLUE = "#4e79a7";
    public static final String RED = "#c0392b";
    public static final String GREY = "#9e9e9e";

    private ChartOptions() {
    }

    private static ObjectNode base() {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("textStyle").put("fontFamily", "system-ui, sans-serif");
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("grid").put("left", 8).put("right", 24).put("top", 24).put("bottom", 8)
                .put("containLabel", true);
        return option;
    }

    /**
     * Vertical bars over categories (years, countries), one series, with an optional cumulative line on a second
     * axis: growth by year shows both how many links started each year and the running total.
     */
    public static ObjectNode columns(List<String> categories, List<? extends Number> values, String seriesName,
                                     List<? extends Number> cumulative, String cumulativeName) {
        ObjectNode option = base();
        ObjectNode x = option.putObject("xAxis").put("type", "category");
        strings(x.putArray("data"), categories);
        x.putObject("axisLabel").put("hideOverlap", true);
        ArrayNode y = option.putArray("yAxis");
        y.addObject().put("type", "value").put("minInterval", 1);
        ArrayNode series = option.putArray("series");
        ObjectNode bars = series.addObject().put("type", "bar").put("name", seriesName);
        bars.putObject("itemStyle").put("color", BLUE);
        numbers(bars.putArray("data"), values);
        if (cumulative != null) {
            y.addObject().put("type", "value").put("minInterval", 1).putObject("splitLine").put("show", false);
            ObjectNode line = series.addObject().put("type", "line").put("name", cumulativeName).put("yAxisIndex", 1)
                    .put("symbol", "none").put("step", "end");
            line.putObject("lineStyle").put("color", "#3b4a5a").put("width", 2);
            line.putObject("itemStyle").put("color", "#3b4a5a");
            numbers(line.putArray("data"), cumulative);
            option.putObject("legend").put("top", 0);
            option.with("grid").put("top", 32);
        }
        return option;
    }

    /** Horizontal bars, largest first from the top: rankings (countries, brokers, Boards). */
    public static ObjectNode ranking(List<String> names, List<? extends Number> values, String seriesName, String colour) {
        ObjectNode option = base();
        option.putObject("xAxis").put("type", "value").put("minInterval", 1);
        ObjectNode y = option.putObject("yAxis").put("type", "category").put("inverse", true);
        strings(y.putArray("data"), names);
        y.putObject("axisLabel").put("width", 170).put("overflow", "truncate");
        ObjectNode bars = option.putArray("series").addObject().put("type", "bar").put("name", seriesName);
        bars.putObject("itemStyle").put("color", colour);
        bars.putObject("label").put("show", true).put("position", "right");
        numbers(bars.putArray("data"), values);
        return option;
    }

    /** A ring of parts of a whole (assessed / not assessed), the parts' names and values in order. */
    public static ObjectNode parts(List<String> names, List<? extends Number> values, List<String> colours) {
        ObjectNode option = base();
        option.putObject("tooltip").put("trigger", "item");
        ObjectNode pie = option.putArray("series").addObject().put("type", "pie");
        strings(pie.putArray("radius"), List.of("45%", "70%"));
        pie.putObject("label").put("formatter", "{b}: {c}");
        ArrayNode data = pie.putArray("data");
        for (int i = 0; i < names.size(); i++) {
            ObjectNode d = data.addObject().put("name", names.get(i)).put("value", values.get(i).doubleValue());
            d.putObject("itemStyle").put("color", colours.get(i % colours.size()));
        }
        return option;
    }

    /** A node of a {@link #graph}: placed by the caller (x, y), drawn at {@code size} in {@code colour}. */
    public record GraphNode(String id, String label, double x, double y, double size, String colour) {
    }

    public record GraphEdge(String source, String target, boolean dashed) {
    }

    /**
     * A small network drawn at the given positions (no simulated layout, so the same network always looks the same
     * and prints as it is shown): an organisation's partners around it.
     */
    public static ObjectNode graph(List<GraphNode> nodes, List<GraphEdge> edges) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("textStyle").put("fontFamily", "system-ui, sans-serif");
        option.putObject("tooltip").put("trigger", "item");
        ObjectNode series = option.putArray("series").addObject().put("type", "graph").put("layout", "none")
                .put("roam", false);
        series.putObject("label").put("show", true).put("position", "right").put("fontSize", 11);
        series.putObject("lineStyle").put("color", "#8c8c8c").put("width", 1.2);
        ArrayNode data = series.putArray("data");
        for (GraphNode n : nodes) {
            ObjectNode d = data.addObject().put("id", n.id()).put("name", n.label()).put("x", n.x()).put("y", n.y())
                    .put("symbolSize", n.size());
            d.putObject("itemStyle").put("color", n.colour()).put("borderColor", "#ffffff").put("borderWidth", 1);
        }
        ArrayNode links = series.putArray("links");
        for (GraphEdge e : edges) {
            ObjectNode l = links.addObject().put("source", e.source()).put("target", e.target());
            if (e.dashed()) {
                l.putObject("lineStyle").put("type", "dashed").put("color", "#c7c7c7");
            }
        }
        return option;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void numbers(ArrayNode array, List<? extends Number> values) {
        for (Number n : values) {
            if (n instanceof Integer || n instanceof Long) {
                array.add(n.longValue());
            } else {
                array.add(n.doubleValue());
            }
        }
    }
}
