package org.partnershipatlas.ui.network;

import org.partnershipatlas.network.NetworkPicture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    public NetworkGraph() {
        addClassName("atlas-network-graph");
        getElement().setAttribute("role", "img");
        getStyle().set("position", "relative").set("min-height", "420px").set("background", "#fbfcfd")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)");
        addDetachListener(e -> sent = null);
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
                getElement().executeJs("return window.atlasNetwork.render(this, $0)", JSON.writeValueAsString(wire(newPicture)));
            } else {
                getElement().executeJs("return window.atlasNetwork.update(this, $0)",
                        JSON.writeValueAsString(changes(sent, newPicture)));
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
        var row = new ArrayList<Object>(7);
        row.addAll(Arrays.asList(n.id(), n.label(), n.x(), n.y(), n.size(), n.color()));
        if (!n.marks().isEmpty()) {
            row.add(n.marks());
        }
        return row;
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
            picture.legend().forEach(e -> legend.add(Map.of("label", e.label() + " (" + e.count() + ")",
                    "color", e.color(), "ring", false)));
            picture.marks().forEach(m -> legend.add(Map.of("label", m.label() + " (" + m.count() + ")",
                    "color", m.color(), "ring", true)));
            picture.linkLegend().forEach(e -> legend.add(Map.of("label", e.label() + " (" + e.count() + ")",
                    "color", e.color(), "ring", false, "line", true)));
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
