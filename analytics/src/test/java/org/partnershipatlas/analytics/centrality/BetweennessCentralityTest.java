package org.partnershipatlas.analytics.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.jgrapht.alg.scoring.BetweennessCentrality.OverflowStrategy;
import org.junit.jupiter.api.Test;

import org.partnershipatlas.analytics.TestNetworks;
import org.partnershipatlas.analytics.graph.JGraphTProjection;
import org.partnershipatlas.analytics.graph.NetworkGraph;
import org.partnershipatlas.analytics.graph.WeightMode;

class BetweennessCentralityTest {
    static final double TOLERANCE = 1e-9;

    @Test
    void raw_emptyGraph_isEmpty() {
        var g = NetworkGraph.builder().build();
        assertThat(new BetweennessCentrality(g).raw()).isEmpty();
        assertThat(new BetweennessCentrality(g).normalized()).isEmpty();
    }

    @Test
    void raw_oneNode_isZero() {
        var g = TestNetworks.graph("a");
        assertThat(new BetweennessCentrality(g).raw()).containsExactly(0.0);
        assertThat(new BetweennessCentrality(g).normalized()).containsExactly(0.0);
    }

    @Test
    void raw_path_countsEachPairOnce() {
        // path 0-1-2-3-4: vertex i lies between i·(4−i) pairs
        var g = TestNetworks.path(5);
        assertThat(new BetweennessCentrality(g).raw()).containsExactly(0, 3, 4, 3, 0);
        // normalised by (n−1)(n−2)/2 = 6
        assertThat(new BetweennessCentrality(g).normalized()).containsExactly(0, 0.5, 4.0 / 6, 0.5, 0);
    }

    @Test
    void raw_star_centreLiesBetweenEveryPairOfLeaves() {
        var g = TestNetworks.star(5);
        double[] raw = new BetweennessCentrality(g).raw();
        assertThat(raw[g.indexOf("c")]).isEqualTo(10.0);
        assertThat(new BetweennessCentrality(g).normalized()[g.indexOf("c")]).isEqualTo(1.0);
        assertThat(raw[g.indexOf("l1")]).isZero();
    }

    @Test
    void raw_disconnectedGraph_countsOnlyConnectedPairs() {
        var g = TestNetworks.graph("a-b", "b-c", "x-y", "y-z", "lonely");
        double[] raw = new BetweennessCentrality(g).raw();
        assertThat(raw[g.indexOf("b")]).isEqualTo(1.0);
        assertThat(raw[g.indexOf("y")]).isEqualTo(1.0);
        assertThat(raw[g.indexOf("lonely")]).isZero();
    }

    @Test
    void raw_randomGraph_matchesJGraphT() {
        var g = TestNetworks.random(300, 900, 7);
        double[] ours = new BetweennessCentrality(g, WeightMode.NONE, 2, 0, 1).raw();
        // JGraphT's un-normalised undirected betweenness also counts each unordered pair once
        var jgrapht = new org.jgrapht.alg.scoring.BetweennessCentrality<>(JGraphTProjection.of(g, WeightMode.NONE),
                false, OverflowStrategy.THROW_EXCEPTION_ON_OVERFLOW).getScores();
        for (int v = 0; v < g.nodeCount(); v++) {
            assertThat(ours[v]).as(g.id(v)).isCloseTo(jgrapht.get(g.id(v)), within(TOLERANCE));
        }
    }

    @Test
    void raw_randomGraphWithDistances_matchesJGraphTWeighted() {
        var g = TestNetworks.random(200, 600, 11);
        double[] ours = new BetweennessCentrality(g, WeightMode.DISTANCE, 2, 0, 1).raw();
        var jgrapht = new org.jgrapht.alg.scoring.BetweennessCentrality<>(
                JGraphTProjection.of(g, WeightMode.DISTANCE), false).getScores();
        for (int v = 0; v < g.nodeCount(); v++) {
            assertThat(ours[v]).as(g.id(v)).isCloseTo(jgrapht.get(g.id(v)), within(TOLERANCE));
        }
    }

    @Test
    void raw_oneOrFourThreads_giveTheSameScores() {
        var g = TestNetworks.random(400, 1200, 3);
        double[] one = new BetweennessCentrality(g, WeightMode.NONE, 1, 0, 1).raw();
        double[] four = new BetweennessCentrality(g, WeightMode.NONE, 4, 0, 1).raw();
        for (int v = 0; v < g.nodeCount(); v++) {
            assertThat(four[v]).isCloseTo(one[v], within(TOLERANCE));
        }
    }

    @Test
    void approximate_samplesAtLeastN_isExact() {
        var g = TestNetworks.random(100, 300, 5);
        var exact = new BetweennessCentrality(g, WeightMode.NONE, 2, 0, 1);
        var sampled = new BetweennessCentrality(g, WeightMode.NONE, 2, 100, 1);
        assertThat(sampled.isExact()).isTrue();
        assertThat(sampled.raw()).containsExactly(exact.raw(), within(TOLERANCE));
    }

    @Test
    void approximate_halfTheSources_isScaledAndSeeded() {
        var g = TestNetworks.star(9);
        var a = new BetweennessCentrality(g, WeightMode.NONE, 1, 5, 99);
        var b = new BetweennessCentrality(g, WeightMode.NONE, 1, 5, 99);
        assertThat(a.isExact()).isFalse();
        assertThat(a.sourcesUsed()).isEqualTo(5);
        assertThat(a.raw()).containsExactly(b.raw());
        // every source contributes to the centre: the estimate stays unbiased for it up to the sample's leaves
        assertThat(a.raw()[g.indexOf("c")]).isGreaterThan(0);
    }

    @Test
    void raw_largeGraphOnePath_doesNotRecurse() {
        var g = TestNetworks.path(20_000);
        double[] raw = new BetweennessCentrality(g, WeightMode.NONE, 2, 50, 1).raw();
        assertThat(raw[0]).isZero();
    }

    /** Plain Brandes on the whole graph (no folding), each unordered pair once: the reference for the folded run. */
    static double[] plainBrandes(NetworkGraph g, WeightMode mode) {
        double[] sum = BetweennessCentrality.brandes(g.csrOffsets(), g.csrTargets(), g.lengths(mode), null,
                org.partnershipatlas.analytics.graph.ParallelSources.all(g.nodeCount()), 2);
        for (int v = 0; v < sum.length; v++) {
            sum[v] *= 0.5;
        }
        return sum;
    }

    @Test
    void exact_twoVerticesOneTie_foldsToZero() {
        var g = TestNetworks.graph("a-b");
        var b = new BetweennessCentrality(g);
        assertThat(b.raw()).containsExactly(0.0, 0.0);
        assertThat(b.foldedVertices()).isEqualTo(1);
    }

    @Test
    void exact_tree_isCountedInClosedForm() {
        // a tree folds down to one vertex: nothing is left for Brandes
        var g = TestNetworks.graph("a-b", "b-c", "c-d", "b-e", "e-f", "e-g");
        var b = new BetweennessCentrality(g, WeightMode.NONE, 1, 0, 1);
        assertThat(b.foldedVertices()).isEqualTo(6);
        assertThat(b.raw()).containsExactly(plainBrandes(g, WeightMode.NONE), within(TOLERANCE));
        // b separates {a}, {c, d}, {e, f, g}: 1·2 + 1·3 + 2·3 = 11 pairs
        assertThat(b.raw()[g.indexOf("b")]).isEqualTo(11.0);
    }

    @Test
    void exact_pathAndStar_foldedMatchesPlain() {
        for (var g : new NetworkGraph[] {TestNetworks.path(7), TestNetworks.star(6)}) {
            var b = new BetweennessCentrality(g, WeightMode.NONE, 2, 0, 1);
            assertThat(b.foldedVertices()).isPositive();
            assertThat(b.raw()).containsExactly(plainBrandes(g, WeightMode.NONE), within(TOLERANCE));
        }
    }

    @Test
    void exact_noVertexOfDegreeOne_foldsNothing() {
        var g = TestNetworks.graph("a-b", "b-c", "c-a", "c-d", "d-e", "e-c");
        var b = new BetweennessCentrality(g);
        assertThat(b.foldedVertices()).isZero();
        assertThat(b.raw()[g.indexOf("c")]).isEqualTo(4.0);
    }

    @Test
    void exact_randomGraphsWithLeavesAndCutVertices_matchPlainBrandesInEveryWeightMode() {
        // property: folding changes only the order of the sums, never the value. With strength weights the lengths
        // are 1/w: weights 1, 2, 4 keep them exact binary fractions, so that which paths tie does not depend on
        // rounding (with 1/3 it would, in plain Brandes as much as in the folded run)
        for (long seed = 1; seed <= 12; seed++) {
            var g = TestNetworks.leafy(20 + (int) seed * 7, 15 + (int) seed * 11, seed, new int[] {1, 2, 4});
            for (WeightMode mode : WeightMode.values()) {
                var folded = new BetweennessCentrality(g, mode, 1 + (int) (seed % 2), 0, 1);
                assertThat(folded.foldedVertices()).isPositive();
                double[] plain = plainBrandes(g, mode);
                double[] ours = folded.raw();
                for (int v = 0; v < g.nodeCount(); v++) {
                    assertThat(ours[v]).as("seed %d, %s, %s", seed, mode, g.id(v))
                            .isCloseTo(plain[v], within(TOLERANCE * Math.max(1, Math.abs(plain[v]))));
                }
            }
        }
    }

    @Test
    void exact_leafyRandomGraph_matchesJGraphTWeightedAndUnweighted() {
        var g = TestNetworks.leafy(60, 80, 99);
        for (WeightMode mode : new WeightMode[] {WeightMode.NONE, WeightMode.DISTANCE}) {
            double[] ours = new BetweennessCentrality(g, mode, 2, 0, 1).raw();
            var jgrapht = new org.jgrapht.alg.scoring.BetweennessCentrality<>(JGraphTProjection.of(g, mode), false)
                    .getScores();
            for (int v = 0; v < g.nodeCount(); v++) {
                assertThat(ours[v]).as("%s %s", mode, g.id(v)).isCloseTo(jgrapht.get(g.id(v)), within(TOLERANCE));
            }
        }
    }

    @Test
    void exact_manyDegreeThreeVertices_kernelMatchesJGraphT() {
        // the branch-free kernel on a graph without leaves (nothing folded), like the synthetic benchmark networks
        var snapshot = new org.partnershipatlas.synthetic.SyntheticNetworkGenerator(600, 3).generate();
        var g = NetworkGraph.of(snapshot);
        var b = new BetweennessCentrality(g, WeightMode.NONE, 2, 0, 1);
        var jgrapht = new org.jgrapht.alg.scoring.BetweennessCentrality<>(JGraphTProjection.of(g, WeightMode.NONE),
                false).getScores();
        for (int v = 0; v < g.nodeCount(); v++) {
            assertThat(b.raw()[v]).as(g.id(v)).isCloseTo(jgrapht.get(g.id(v)), within(TOLERANCE));
        }
    }
}
