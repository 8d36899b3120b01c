package org.partnershipatlas.analytics.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import org.partnershipatlas.analytics.TestNetworks;
import org.partnershipatlas.analytics.graph.NetworkGraph;
import org.partnershipatlas.analytics.graph.WeightMode;

class OtherCentralitiesTest {
    static final WeightMode NONE = WeightMode.NONE;

    @Test
    void everyMeasure_emptyGraph_givesEmptyResults() {
        var g = NetworkGraph.builder().build();
        assertThat(new ClosenessCentrality(g, NONE, 1).scores()).isEmpty();
        assertThat(new HarmonicCentrality(g, NONE, 1).scores()).isEmpty();
        assertThat(new PageRank(g, NONE).scores()).isEmpty();
        assertThat(new EigenvectorCentrality(g, NONE).scores()).isEmpty();
        assertThat(new CoreNumber(g).cores()).isEmpty();
        assertThat(new Triangles(g).averageClustering()).isZero();
        assertThat(new Components(g).count()).isZero();
        assertThat(new Diameter(g).diameter()).isZero();
        assertThat(Degrees.density(g)).isZero();
    }

    @Test
    void everyMeasure_oneNode_givesNeutralValues() {
        var g = TestNetworks.graph("a");
        assertThat(new ClosenessCentrality(g, NONE, 1).scores()).containsExactly(0.0);
        assertThat(new HarmonicCentrality(g, NONE, 1).scores()).containsExactly(0.0);
        assertThat(new PageRank(g, NONE).scores()).containsExactly(1.0);
        assertThat(new EigenvectorCentrality(g, NONE).scores()).containsExactly(1.0);
        assertThat(new CoreNumber(g).cores()).containsExactly(0);
        assertThat(new Components(g).count()).isEqualTo(1);
    }

    @Test
    void closeness_disconnectedGraph_appliesWassermanFaust() {
        // a-b-c and an isolated d: from b, r = 2 reachable at total distance 2, n − 1 = 3 → (2/2)·(2/3)
        var g = TestNetworks.graph("a-b", "b-c", "d");
        double[] c = new ClosenessCentrality(g, NONE, 1).scores();
        assertThat(c[g.indexOf("b")]).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(c[g.indexOf("d")]).isZero();
        assertThat(new HarmonicCentrality(g, NONE, 1).scores()[g.indexOf("a")]).isCloseTo(1.5, within(1e-12));
    }

    @Test
    void pageRank_isolatedVertices_shareDanglingMassAndSumToOne() {
        var g = TestNetworks.graph("a-b", "c", "d");
        double[] pr = new PageRank(g, NONE).scores();
        double sum = 0;
        for (double x : pr) {
            sum += x;
        }
        assertThat(sum).isCloseTo(1.0, within(1e-9));
        assertThat(pr[g.indexOf("c")]).isCloseTo(pr[g.indexOf("d")], within(1e-15));
    }

    @Test
    void coreAndTriangles_star_giveOneCoreAndNoTriangles() {
        var g = TestNetworks.star(4);
        assertThat(new CoreNumber(g).cores()).containsOnly(1);
        assertThat(new Triangles(g).triangles()).containsOnly(0L);
        assertThat(new Triangles(g).transitivity()).isZero();
    }

    @Test
    void diameter_pathAndDisconnectedGraph_isLongestFiniteDistance() {
        assertThat(new Diameter(TestNetworks.path(7)).diameter()).isEqualTo(6);
        assertThat(new Diameter(TestNetworks.graph("a-b", "x-y", "y-z", "z-w")).diameter()).isEqualTo(3);
    }

    @Test
    void diameter_randomGraphs_matchesAllPairsSearch() {
        for (long seed = 1; seed <= 5; seed++) {
            var g = TestNetworks.random(150, 200, seed);
            int expected = 0;
            var tree = new org.partnershipatlas.analytics.graph.ShortestPathTree(g, null);
            for (int s = 0; s < g.nodeCount(); s++) {
                tree.run(s);
                expected = Math.max(expected, (int) tree.distance(tree.order(tree.reached() - 1)));
            }
            assertThat(new Diameter(g).diameter()).as("seed %d", seed).isEqualTo(expected);
        }
    }

    /** The power method of the definition, from the uniform vector, to L1 change < 1e-13: the reference. */
    static double[] powerIteration(org.partnershipatlas.analytics.graph.NetworkGraph g, WeightMode mode) {
        int n = g.nodeCount();
        double[] strengths = g.tieStrengths(mode);
        double[] out = new double[n];
        for (int v = 0; v < n; v++) {
            for (int e = g.start(v); e < g.end(v); e++) {
                out[v] += strengths == null ? 1 : strengths[e];
            }
        }
        double[] x = new double[n];
        java.util.Arrays.fill(x, 1.0 / n);
        for (int it = 0; it < 100_000; it++) {
            double dangling = 0;
            for (int v = 0; v < n; v++) {
                dangling += out[v] == 0 ? x[v] : 0;
            }
            double[] next = new double[n];
            double change = 0;
            for (int v = 0; v < n; v++) {
                double sum = 0;
                for (int e = g.start(v); e < g.end(v); e++) {
                    int u = g.target(e);
                    sum += x[u] * (strengths == null ? 1 : strengths[e]) / out[u];
                }
                next[v] = (0.85 * dangling + 0.15) / n + 0.85 * sum;
                change += Math.abs(next[v] - x[v]);
            }
            x = next;
            if (change < 1e-13) {
                break;
            }
        }
        return x;
    }

    @Test
    void pageRank_leafyGraphWithIsolatedVertices_matchesThePowerMethodInEveryMode() {
        for (long seed = 1; seed <= 5; seed++) {
            var g = org.partnershipatlas.analytics.TestNetworks.leafy(40, 60, seed);
            for (WeightMode mode : WeightMode.values()) {
                var pr = new PageRank(g, mode);
                double[] reference = powerIteration(g, mode);
                // the stopping rule (L1 change of a sweep < 1e-10) leaves each score far closer than the 1e-9 of the
                // NetworkX reference tests
                assertThat(pr.scores()).containsExactly(reference, within(1e-10));
                double l1 = 0;
                for (int v = 0; v < reference.length; v++) {
                    l1 += Math.abs(pr.scores()[v] - reference[v]);
                }
                assertThat(l1).isLessThan(1e-9);
                assertThat(java.util.Arrays.stream(pr.scores()).sum()).isCloseTo(1.0, within(1e-9));
                assertThat(pr.iterations()).isLessThan(PageRank.MAX_ITERATIONS);
            }
        }
    }

    @Test
    void pageRank_largeSyntheticNetwork_convergesInFewSweepsToThePowerMethodsAnswer() {
        var g = org.partnershipatlas.analytics.graph.NetworkGraph.of(
                new org.partnershipatlas.synthetic.SyntheticNetworkGenerator(5000, 2).generate());
        var pr = new PageRank(g, WeightMode.NONE);
        assertThat(pr.scores()).containsExactly(powerIteration(g, WeightMode.NONE), within(1e-10));
        assertThat(pr.iterations()).isLessThan(50);
    }
}
