package org.partnershipatlas.analytics.brokerage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.partnershipatlas.analytics.TestNetworks;
import org.partnershipatlas.analytics.graph.NetworkGraph;
import org.partnershipatlas.analytics.graph.WeightMode;

class BrokerageTest {

    @Test
    void articulationPoints_emptyAndOneNode_findNothing() {
        assertThat(new ArticulationPointsAndBridges(NetworkGraph.builder().build()).articulationPoints()).isEmpty();
        var one = new ArticulationPointsAndBridges(TestNetworks.graph("a"));
        assertThat(one.articulationPoints()).isEmpty();
        assertThat(one.bridges()).isEmpty();
    }

    @Test
    void articulationPoints_star_isTheCentreAndEveryTieIsABridge() {
        var g = TestNetworks.star(3);
        var cuts = new ArticulationPointsAndBridges(g);
        assertThat(cuts.articulationPoints()).containsExactly(g.indexOf("c"));
        assertThat(cuts.bridges()).hasSize(3);
        assertThat(cuts.separatedBy(g.indexOf("c"))).hasSize(3);
    }

    @Test
    void articulationPoints_triangleWithTail_onlyTheJoint() {
        var g = TestNetworks.graph("a-b", "b-c", "c-a", "c-d");
        var cuts = new ArticulationPointsAndBridges(g);
        assertThat(cuts.articulationPoints()).containsExactly(g.indexOf("c"));
        assertThat(cuts.bridges()).hasSize(1);
        int[] bridge = cuts.bridges().get(0);
        assertThat(List.of(g.id(bridge[0]), g.id(bridge[1]))).containsExactlyInAnyOrder("c", "d");
        assertThat(cuts.subtree(g.indexOf("d"))).containsExactly(g.indexOf("d"));
    }

    @Test
    void articulationPoints_pathOf100k_needNoRecursion() {
        var g = TestNetworks.path(100_000);
        var cuts = new ArticulationPointsAndBridges(g);
        assertThat(cuts.articulationPoints()).hasSize(99_998);
        assertThat(cuts.bridges()).hasSize(99_999);
    }

    @Test
    void structuralHoles_isolatedVertex_isUndefined() {
        var g = TestNetworks.graph("a-b", "z");
        var holes = new StructuralHoles(g, WeightMode.NONE);
        assertThat(holes.constraint()[g.indexOf("z")]).isNaN();
        assertThat(holes.effectiveSize()[g.indexOf("z")]).isNaN();
        assertThat(holes.constraint()[g.indexOf("a")]).isEqualTo(1.0);
    }

    @Test
    void structuralHoles_star_centreHasEffectiveSizeOfItsLeaves() {
        var g = TestNetworks.star(4);
        var holes = new StructuralHoles(g, WeightMode.NONE);
        assertThat(holes.effectiveSize()[g.indexOf("c")]).isEqualTo(4.0);
        assertThat(holes.constraint()[g.indexOf("c")]).isEqualTo(0.25);
    }

    /**
     * Gould and Fernandez (1989), figure 1: the five kinds of mediation, each a two-step path A → B → C with broker B
     * and no tie A → C, drawn with the groups of the three. Each triad below is one panel of the figure, checked by
     * hand: the broker gets exactly one count, of that panel's role.
     */
    @Test
    void roles_theFiveTriadsOfGouldAndFernandezFigure1_eachGetItsRole() {
        assertRole("x", "x", "x", BrokerageRole.COORDINATOR);
        assertRole("x", "y", "x", BrokerageRole.ITINERANT);
        assertRole("y", "x", "x", BrokerageRole.GATEKEEPER);
        assertRole("x", "x", "y", BrokerageRole.REPRESENTATIVE);
        assertRole("x", "y", "z", BrokerageRole.LIAISON);
    }

    private static void assertRole(String groupA, String groupB, String groupC, BrokerageRole expected) {
        var g = NetworkGraph.builder()
                .edge("a", "b", 1).edge("b", "c", 1)
                .attribute("a", "g", groupA).attribute("b", "g", groupB).attribute("c", "g", groupC)
                .build();
        var gf = new GouldFernandezBrokerage(g, "g");
        int b = g.indexOf("b");
        assertThat(gf.count(b, expected)).as(expected.name()).isEqualTo(1);
        assertThat(gf.total(b)).isEqualTo(1);
        assertThat(gf.total(g.indexOf("a")) + gf.total(g.indexOf("c"))).isZero();
    }

    @Test
    void roles_closedTriad_isNoBrokerage() {
        // A → B → C with A → C: A can reach C directly, B brokers nothing
        var g = NetworkGraph.builder().edge("a", "b", 1).edge("b", "c", 1).edge("a", "c", 1)
                .attribute("a", "g", "x").attribute("b", "g", "x").attribute("c", "g", "x").build();
        assertThat(new GouldFernandezBrokerage(g, "g").total(g.indexOf("b"))).isZero();
    }

    @Test
    void roles_reciprocatedTies_countBothDirectionsButNotABackToA() {
        // a ⇄ b ⇄ c: open two-paths through b are a→b→c and c→b→a (a→b→a is no pair)
        var g = NetworkGraph.builder().edge("a", "b", 1).edge("b", "a", 1).edge("b", "c", 1).edge("c", "b", 1)
                .attribute("a", "g", "x").attribute("b", "g", "y").attribute("c", "g", "x").build();
        assertThat(new GouldFernandezBrokerage(g, "g").count(g.indexOf("b"), BrokerageRole.ITINERANT)).isEqualTo(2);
    }

    @org.junit.jupiter.api.Test
    void articulationPointsAndBridges_leafyRandomGraphs_matchJGraphT() {
        for (long seed = 1; seed <= 8; seed++) {
            var g = TestNetworks.leafy(30 + (int) seed * 5, 40, seed);
            var cuts = new ArticulationPointsAndBridges(g);
            var inspector = new org.jgrapht.alg.connectivity.BiconnectivityInspector<>(
                    org.partnershipatlas.analytics.graph.JGraphTProjection.of(g,
                            org.partnershipatlas.analytics.graph.WeightMode.NONE));
            var expectedPoints = new java.util.TreeSet<>(inspector.getCutpoints());
            var ours = new java.util.TreeSet<String>();
            for (int v : cuts.articulationPoints()) {
                ours.add(g.id(v));
            }
            assertThat(ours).as("seed %d", seed).isEqualTo(expectedPoints);
            var expectedBridges = new java.util.TreeSet<String>();
            var jg = org.partnershipatlas.analytics.graph.JGraphTProjection.of(g,
                    org.partnershipatlas.analytics.graph.WeightMode.NONE);
            for (var e : inspector.getBridges()) {
                String a = jg.getEdgeSource(e);
                String b = jg.getEdgeTarget(e);
                expectedBridges.add(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a);
            }
            var ourBridges = new java.util.TreeSet<String>();
            assertThat(cuts.bridges()).hasSize(cuts.bridgeCount());
            for (int i = 0; i < cuts.bridgeCount(); i++) {
                String a = g.id(cuts.bridgeParent(i));
                String b = g.id(cuts.bridgeChild(i));
                ourBridges.add(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a);
                // the child's subtree is what the bridge alone holds on
                assertThat(cuts.subtree(cuts.bridgeChild(i))).contains(cuts.bridgeChild(i));
            }
            assertThat(ourBridges).as("seed %d", seed).isEqualTo(expectedBridges);
        }
    }
}
