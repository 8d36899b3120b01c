package org.partnershipatlas.ui.network;

import org.partnershipatlas.network.NetworkPicture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What the picture sends the browser after a change: only what changed. */
class NetworkGraphChangesTest {

    private static NetworkPicture.Node node(String id, double size) {
        return new NetworkPicture.Node(id, id.toUpperCase(), 1, 2, size, "#4e79a7", true, false, List.of());
    }

    private static NetworkPicture.Edge edge(String id, String a, String b) {
        return new NetworkPicture.Edge(id, a, b, 1, "#999", false);
    }

    private static NetworkPicture picture(List<NetworkPicture.Node> nodes, List<NetworkPicture.Edge> edges) {
        return new NetworkPicture(nodes, edges, List.of(), nodes.size(), new double[] {0, 0, 1, 1}, List.of(), List.of());
    }

    private static List<Object> list(Object value) {
        return new java.util.ArrayList<>((java.util.Collection<?>) value);
    }

    @Test
    void changes_filter_sendOnlyAddedChangedAndRemoved() {
        var before = picture(List.of(node("a", 3), node("b", 3), node("c", 3)),
                List.of(edge("ab", "a", "b"), edge("bc", "b", "c")));
        var after = picture(List.of(node("a", 3), node("b", 5), node("d", 3)),
                List.of(edge("ab", "a", "b"), edge("bd", "b", "d")));
        Map<String, Object> changes = NetworkGraph.changes(before, after);
        assertThat(list(changes.get("removedNodes"))).containsExactly("c");
        assertThat(list(changes.get("removedEdges"))).containsExactly("bc");
        assertThat(list(changes.get("nodes")).stream().map(n -> (Object) ((List<?>) n).get(0)).toList()).containsExactly("b", "d");
        assertThat(list(changes.get("edges"))).containsExactly(List.of("bd", "b", "d", 1.0, "#999"));
    }

    @Test
    void changes_samePicture_sendNothingButTheFrame() {
        var p = picture(List.of(node("a", 3), node("b", 3)), List.of(edge("ab", "a", "b")));
        var changes = NetworkGraph.changes(p, picture(List.copyOf(p.nodes()), List.copyOf(p.edges())));
        assertThat(list(changes.get("removedNodes"))).isEmpty();
        assertThat(list(changes.get("nodes"))).isEmpty();
        assertThat(list(changes.get("edges"))).isEmpty();
    }

    @Test
    void wire_nodesAndLinks_asArrays() {
        var marked = new NetworkPicture.Node("a", "A", 1, 2, 3, "#fff", true, false,
                List.of(NetworkPicture.Mark.BROKER));
        var wire = NetworkGraph.wire(picture(List.of(marked), List.of()));
        assertThat(list(wire.get("nodes"))).containsExactly(
                List.of("a", "A", 1.0, 2.0, 3.0, "#fff", List.of(NetworkPicture.Mark.BROKER), 2));
    }
}
