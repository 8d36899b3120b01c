package org.partnershipatlas.analytics.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.partnershipatlas.analytics.TestNetworks;
import org.partnershipatlas.analytics.brokerage.ArticulationPointsAndBridges;
import org.partnershipatlas.analytics.brokerage.StructuralHoles;
import org.partnershipatlas.analytics.graph.NetworkGraph;
import org.partnershipatlas.analytics.graph.WeightMode;

/**
 * Zachary's karate club, Padgett's Florentine families, Knuth's Les Misérables and Davis's Southern Women against
 * the reference values make_reference.py computed once with NetworkX 2.8.8 and igraph 0.10.2; tolerance 1e-9.
 */
class PublishedNetworksTest {
    static final double TOLERANCE = 1e-9;

    @ParameterizedTest
    @ValueSource(strings = {"karate", "florentine", "lesmis", "davis"})
    void unweightedMeasures_publishedNetwork_matchNetworkX(String name) {
        NetworkGraph g = TestNetworks.published(name);
        JsonNode ref = TestNetworks.reference(name).get("unweighted");
        WeightMode none = WeightMode.NONE;
        assertThat(g.nodeCount()).isEqualTo(ref.get("nodes").asInt());
        assertThat(g.edgeCount()).isEqualTo(ref.get("edges").asInt());
        assertThat(Degrees.density(g)).isCloseTo(ref.get("density").asDouble(), within(TOLERANCE));
        assertThat(new Components(g).count()).isEqualTo(ref.get("components").asInt());
        assertThat(new Diameter(g).diameter()).isEqualTo(ref.get("diameter").asInt());
        var betweenness = new BetweennessCentrality(g, none, 2, 0, 1);
        assertClose(g, betweenness.raw(), ref.get("betweenness"));
        assertClose(g, betweenness.raw(), ref.get("betweennessIgraph"));
        assertClose(g, betweenness.normalized(), ref.get("betweennessNormalized"));
        assertClose(g, new ClosenessCentrality(g, none, 2).scores(), ref.get("closeness"));
        assertClose(g, new HarmonicCentrality(g, none, 2).scores(), ref.get("harmonic"));
        assertClose(g, new PageRank(g, none).scores(), ref.get("pageRank"));
        assertClose(g, new EigenvectorCentrality(g, none).scores(), ref.get("eigenvector"));
        assertClose(g, toDouble(new CoreNumber(g).cores()), ref.get("coreNumber"));
        var triangles = new Triangles(g);
        assertClose(g, triangles.clustering(), ref.get("clustering"));
        assertClose(g, toDouble(triangles.triangles()), ref.get("triangles"));
        assertThat(triangles.transitivity()).isCloseTo(ref.get("transitivity").asDouble(), within(TOLERANCE));
        assertThat(triangles.averageClustering()).isCloseTo(ref.get("averageClustering").asDouble(), within(TOLERANCE));
        var holes = new StructuralHoles(g, none);
        assertClose(g, holes.constraint(), ref.get("constraint"));
        assertClose(g, holes.effectiveSize(), ref.get("effectiveSize"));
        assertClose(g, toDouble(Degrees.degree(g)), ref.get("degree"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"karate", "florentine", "lesmis", "davis"})
    void articulationPointsAndBridges_publishedNetwork_matchNetworkX(String name) {
        NetworkGraph g = TestNetworks.published(name);
        JsonNode ref = TestNetworks.reference(name).get("unweighted");
        var cuts = new ArticulationPointsAndBridges(g);
        var points = new ArrayList<String>();
        for (int v : cuts.articulationPoints()) {
            points.add(g.id(v));
        }
        var expectedPoints = new ArrayList<String>();
        ref.get("articulationPoints").forEach(n -> expectedPoints.add(n.asText()));
        assertThat(points).containsExactlyInAnyOrderElementsOf(expectedPoints);
        var bridges = new ArrayList<List<String>>();
        for (int[] b : cuts.bridges()) {
            bridges.add(List.of(g.id(b[0]), g.id(b[1])).stream().sorted().toList());
        }
        var expectedBridges = new ArrayList<List<String>>();
        ref.get("bridges").forEach(p -> expectedBridges.add(List.of(p.get(0).asText(), p.get(1).asText())));
        assertThat(bridges).containsExactlyInAnyOrderElementsOf(expectedBridges);
    }

    @Test
    void weightedMeasures_lesMiserablesAsDistances_matchNetworkX() {
        NetworkGraph g = TestNetworks.published("lesmis");
        JsonNode ref = TestNetworks.reference("lesmis").get("weighted").get("distance");
        WeightMode mode = WeightMode.DISTANCE;
        assertClose(g, new BetweennessCentrality(g, mode, 2, 0, 1).raw(), ref.get("betweenness"));
        assertClose(g, new ClosenessCentrality(g, mode, 2).scores(), ref.get("closeness"));
        assertClose(g, new HarmonicCentrality(g, mode, 2).scores(), ref.get("harmonic"));
    }

    @Test
    void weightedMeasures_lesMiserablesAsStrengths_matchNetworkX() {
        NetworkGraph g = TestNetworks.published("lesmis");
        JsonNode ref = TestNetworks.reference("lesmis").get("weighted").get("strength");
        WeightMode mode = WeightMode.STRENGTH;
        assertClose(g, Degrees.strength(g, mode), ref.get("strength"));
        assertClose(g, new PageRank(g, mode).scores(), ref.get("pageRank"));
        assertClose(g, new EigenvectorCentrality(g, mode).scores(), ref.get("eigenvector"));
        var holes = new StructuralHoles(g, mode);
        assertClose(g, holes.constraint(), ref.get("constraint"));
        assertClose(g, holes.effectiveSize(), ref.get("effectiveSize"));
        assertClose(g, new ClosenessCentrality(g, mode, 2).scores(), ref.get("closeness"));
    }

    static void assertClose(NetworkGraph g, double[] actual, JsonNode expected) {
        assertThat(expected.size()).as("reference size").isEqualTo(g.nodeCount());
        expected.fields().forEachRemaining(e -> {
            int v = g.indexOf(e.getKey());
            assertThat(v).as("vertex %s", e.getKey()).isGreaterThanOrEqualTo(0);
            if (e.getValue().isNull()) {
                assertThat(actual[v]).as(e.getKey()).isNaN();
            } else {
                assertThat(actual[v]).as(e.getKey()).isCloseTo(e.getValue().asDouble(), within(TOLERANCE));
            }
        });
    }

    static double[] toDouble(int[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i];
        }
        return d;
    }

    static double[] toDouble(long[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i];
        }
        return d;
    }
}
