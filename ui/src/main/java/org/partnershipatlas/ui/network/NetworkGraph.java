package org.partnershipatlas.ui.network;

import org.partnershipatlas.network.NetworkPicture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.shared.Registration;

/**
 * A WebGL network picture (sigma.js over graphology, drawn by {@code js/atlas-network.js}) with a small Java API:
 * {@link #setNetwork}, {@link #select}, {@link #focus}, {@link #downloadPng} and click events. Reusable: it knows
 * nothing of views or services, only {@link NetworkPicture}s. The libraries are static resources under
 * {@code /vendor/} (built from exact npm versions with checksums, {@code ui/vendor/packages.txt}); nothing comes
 * from a CDN.
 */
@Tag("div")
@JavaScript("context://vendor/graphology/graphology.umd.min.js")
@JavaScript("context://vendor/sigma/sigma.min.js")
@JavaScript("context://js/atlas-network.js")
public class NetworkGraph extends Component implements HasSize, HasStyle {
    private static final ObjectMapper JSON = new ObjectMapper();
    private NetworkPicture picture;
    /** The picture the browser holds ({@code null}: none, e.g. after the element left the page). */
    private NetworkPicture sent;
    private String selected;
    /** Organisations pinned where a strategist dropped them (or a saved layout put them): id → {x, y}, layout's coordinates. */
    private final Map<String, double[]> pins = new LinkedHashMap<>();

    public NetworkGraph() {
        addClassName("atlas-network-graph");
        getElement().setAttribute("role", "img");
        getStyle().set("position", "relative").set("min-height", "420px").set("background", "#fbfcfd")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)");
        addDetachListener(e -> sent = null);
        addListener(NodeMovedEvent.class, e -> pins.put(e.getId(), new double[]{e.getX(), e.getY()}));
    }

    /** The organisations pinned now, in the order they were pinned (a copy). */
    public Map<String, double[]> pins() {
        var copy = new LinkedHashMap<String, double[]>();
        pins.forEach((id, xy) -> copy.put(id, xy.clone()));
        return copy;
    }

    /** Pins these organisations where given (the layout's coordinates) and releases every other. */
    public void setPins(Map<String, double[]> newPins) {
        pins.clear();
        newPins.forEach((id, xy) -> pins.put(id, xy.clone()));
        try {
            getElement().executeJs("return window.atlasNetwork.pin(this, $0)", JSON.writeValueAsString(pins));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Puts an organisation back where the layout places it. */
    public void release(String id) {
        var rest = pins();
        if (rest.remove(id) != null) {
            setPins(rest);
        }
    }

    /**
     * Draws {@code picture}, replacing what was shown; the selection is kept when it is still in view. When the
     * browser already holds a picture, only the difference is sent and applied in place (organisations and links
     * added, changed or gone): a filter change at 10,000 organisations then sends a fraction of the picture.
     */
    public void setNetwork(NetworkPicture newPicture, String description) {
        this.picture = newPicture;
        getElement().setAttribute("aria-label", description);
        try {
            if (sent == null) {
                getElement().executeJs("return window.atlasNetwork.render(this, $0)", JSON.writeValueAsString(withMeaning(wire(newPicture), newPicture)));
            } else {
                getElement().executeJs("return window.atlasNetwork.update(this, $0)",
                        JSON.writeValueAsString(withMeaning(changes(sent, newPicture), newPicture)));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("picture not serialisable", e);
        }
        sent = newPicture;
        if (selected != null) {
            select(selected);
        }
    }

    /** A whole picture as the browser reads it: nodes and links as arrays, the rest as in the record. */
    static Map<String, Object> wire(NetworkPicture p) {
        var out = new LinkedHashMap<String, Object>();
        out.put("nodes", p.nodes().stream().map(NetworkGraph::wire).toList());
        out.put("edges", p.edges().stream().map(NetworkGraph::wire).toList());
        out.put("groups", p.groups());
        out.put("extent", p.extent());
        return out;
    }

    /** The picture's legend and highlight, sent with every picture or change. */
    private Map<String, Object> withMeaning(Map<String, Object> payload, NetworkPicture p) {
        payload.put("legend", legend(p, this::getTranslation));
        payload.put("highlight", Map.of("route", p.route(), "ids", p.highlight()));
        payload.put("pins", pins);
        return payload;
    }

    /**
     * Everything the picture's colours, rings and lines mean, as the browser's {@code atlasNetwork.legend} gives it
     * and the PNG draws it: {@code label}, {@code colour}, {@code count} and {@code kind} ({@code node}, {@code ring},
     * {@code line}, {@code route}, {@code introducer}).
     */
    static List<Map<String, Object>> legend(NetworkPicture picture, Function<String, String> words) {
        var legend = new ArrayList<Map<String, Object>>();
        picture.legend().forEach(e -> legend.add(entry(e.label(), e.color(), e.count(), "node")));
        picture.marks().forEach(m -> legend.add(entry(m.label(), m.color(), m.count(), "ring")));
        picture.linkLegend().forEach(e -> legend.add(entry(e.label(), e.color(), e.count(), "line")));
        if (!picture.route().isEmpty() || !picture.highlight().isEmpty()) {
            int shown = (int) Stream.concat(picture.route().stream(), picture.highlight().stream())
                    .distinct().count();
            legend.add(entry(words.apply(picture.route().isEmpty() ? "picture.highlighted" : "picture.route"),
                    ROUTE_COLOUR, shown, "route"));
        }
        if (!picture.introducers().isEmpty()) {
            legend.add(entry(words.apply("picture.introducer"), ROUTE_COLOUR, picture.introducers().size(), "introducer"));
        }
        return legend;
    }

    /** The colour of a highlighted route's links and its introducers' rings (Okabe–Ito vermillion). */
    static final String ROUTE_COLOUR = "#d55e00";

    private static Map<String, Object> entry(String label, String colour, int count, String kind) {
        var e = new LinkedHashMap<String, Object>();
        e.put("label", label);
        e.put("colour", colour);
        e.put("count", count);
        e.put("kind", kind);
        return e;
    }

    /** What changed from {@code before} to {@code after}, for {@code atlasNetwork.update}. */
    static Map<String, Object> changes(NetworkPicture before, NetworkPicture after) {
        Map<String, NetworkPicture.Node> oldNodes = new HashMap<>(before.nodes().size() * 2);
        before.nodes().forEach(n -> oldNodes.put(n.id(), n));
        var nodes = new ArrayList<List<Object>>();
        for (NetworkPicture.Node n : after.nodes()) {
            if (!n.equals(oldNodes.remove(n.id()))) {
                nodes.add(wire(n));
            }
        }
        Map<String, NetworkPicture.Edge> oldEdges = new HashMap<>(before.edges().size() * 2);
        before.edges().forEach(e -> oldEdges.put(e.id(), e));
        var edges = new ArrayList<List<Object>>();
        for (NetworkPicture.Edge e : after.edges()) {
            if (!e.equals(oldEdges.remove(e.id()))) {
                edges.add(wire(e));
            }
        }
        var out = new LinkedHashMap<String, Object>();
        out.put("removedNodes", oldNodes.keySet());
        out.put("removedEdges", oldEdges.keySet());
        out.put("nodes", nodes);
        out.put("edges", edges);
        out.put("groups", after.groups());
        out.put("extent", after.extent());
        return out;
    }

    private static List<Object> wire(NetworkPicture.Node n) {
        return Arrays.asList(n.id(), n.label(), n.x(), n.y(), n.size(), n.color(), n.marks(), n.rank());
    }

    private static List<Object> wire(NetworkPicture.Edge e) {
        return Arrays.asList(e.id(), e.source(), e.target(), e.size(), e.color());
    }

    /** The picture last drawn (for tests and exports). */
    public NetworkPicture getNetwork() {
        return picture;
    }

    /** Highlights an organisation or link and its neighbours; {@code null} clears the highlight. */
    public void select(String id) {
        this.selected = id;
        getElement().executeJs("window.atlasNetwork.select(this, $0)", id);
    }

    public String getSelected() {
        return selected;
    }

    /** Moves the camera to an organisation. */
    public void focus(String id) {
        getElement().executeJs("window.atlasNetwork.focus(this, $0)", id);
    }

    /** Moves the camera so that these organisations are all in view, with room for their names. */
    public void frame(List<String> ids) {
        getElement().executeJs("window.atlasNetwork.frame(this, $0)", String.join(",", ids));
    }

    public void resetCamera() {
        getElement().executeJs("window.atlasNetwork.reset(this)");
    }

    public void zoom(double factor) {
        getElement().executeJs("window.atlasNetwork.zoom(this, $0)", factor);
    }

    /**
     * Saves the picture as it is on screen as a PNG file in the browser, with {@code title} above it and the
     * legend (colours and marks of the picture last drawn) below.
     */
    public void downloadPng(String fileName, String title) {
        var legend = new ArrayList<Map<String, Object>>();
        if (picture != null) {
            legend(picture, this::getTranslation).forEach(e -> {
                var item = new LinkedHashMap<String, Object>(e);
                item.put("label", e.get("label") + " (" + e.get("count") + ")");
                item.put("color", e.get("colour"));
                item.put("ring", "ring".equals(e.get("kind")) || "introducer".equals(e.get("kind")));
                item.put("line", "line".equals(e.get("kind")) || "route".equals(e.get("kind")));
                legend.add(item);
            });
        }
        try {
            getElement().executeJs("window.atlasNetwork.download(this, $0, $1, $2)", fileName, title,
                    JSON.writeValueAsString(legend));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Registration addNodeClickListener(ComponentEventListener<NodeClickEvent> listener) {
        return addListener(NodeClickEvent.class, listener);
    }

    public Registration addEdgeClickListener(ComponentEventListener<EdgeClickEvent> listener) {
        return addListener(EdgeClickEvent.class, listener);
    }

    public Registration addStageClickListener(ComponentEventListener<StageClickEvent> listener) {
        return addListener(StageClickEvent.class, listener);
    }

    public Registration addNodeMovedListener(ComponentEventListener<NodeMovedEvent> listener) {
        return addListener(NodeMovedEvent.class, listener);
    }

    public Registration addNodeReleasedListener(ComponentEventListener<NodeReleasedEvent> listener) {
        return addListener(NodeReleasedEvent.class, listener);
    }

    /** An organisation was dragged and dropped: it is pinned there ({@code x}, {@code y}: the layout's coordinates). */
    @DomEvent("node-moved")
    public static class NodeMovedEvent extends ComponentEvent<NetworkGraph> {
        private final String id;
        private final double x;
        private final double y;

        public NodeMovedEvent(NetworkGraph source, boolean fromClient, @EventData("event.detail.id") String id,
                              @EventData("event.detail.x") double x, @EventData("event.detail.y") double y) {
            super(source, fromClient);
            this.id = id;
            this.x = x;
            this.y = y;
        }

        public String getId() {
            return id;
        }

        public double getX() {
            return x;
        }

        public double getY() {
            return y;
        }
    }

    /** A pinned organisation was double-clicked: release it. */
    @DomEvent("node-released")
    public static class NodeReleasedEvent extends ComponentEvent<NetworkGraph> {
        private final String id;

        public NodeReleasedEvent(NetworkGraph source, boolean fromClient, @EventData("event.detail.id") String id) {
            super(source, fromClient);
            this.id = id;
        }

        public String getId() {
            return id;
        }
    }

    /** An organisation was clicked. */
    @DomEvent("node-click")
    public static class NodeClickEvent extends ComponentEvent<NetworkGraph> {
        private final String id;

        public NodeClickEvent(NetworkGraph source, boolean fromClient, @EventData("event.detail.id") String id) {
            super(source, fromClient);
            this.id = id;
        }

        public String getId() {
            return id;
        }
    }

    /** A link was clicked. */
    @DomEvent("edge-click")
    public static class EdgeClickEvent extends ComponentEvent<NetworkGraph> {
        private final String id;

        public EdgeClickEvent(NetworkGraph source, boolean fromClient, @EventData("event.detail.id") String id) {
            super(source, fromClient);
            this.id = id;
        }

        public String getId() {
            return id;
        }
    }

    /** The empty background was clicked. */
    @DomEvent("stage-click")
    public static class StageClickEvent extends ComponentEvent<NetworkGraph> {
        public StageClickEvent(NetworkGraph source, boolean fromClient) {
            super(source, fromClient);
        }
    }
}
