package org.partnershipatlas.analytics.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import org.partnershipatlas.analytics.TestNetworks;
import org.partnershipatlas.analytics.graph.NetworkGraph;
import org.partnershipatlas.analytics.graph.WeightMode;

/**
 * One sample at a time: the all-paths count of a pair is its exact dependency σ_st(v)/σ_st (so the counts of every
 * ordered pair add up to twice the exact betweenness), and the one-path draw gives each shortest path probability
 * 1/σ_st.
 */
class KadabraSamplerTest {
    @Test
    void allPaths_everyOrderedPair_addsUpToTwiceTheExactBetweenness() {
        // a path longer than the four levels the sampler's state tells apart, a cycle of odd length, a grid (many
        // shortest paths of equal length), a random graph with hanging trees, two components, and Les Misérables
        var grid = new ArrayList<String>();
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < 5; c++) {
                if (c < 4) {
                    grid.add(r + "." + c + "-" + r + "." + (c + 1));
                }
                if (r < 4) {
                    grid.add(r + "." + c + "-" + (r + 1) + "." + c);
                }
            }
        }
        for (var g : new NetworkGraph[] {TestNetworks.path(14), cycle(11), TestNetworks.graph(grid.toArray(String[]::new)),
                TestNetworks.leafy(60, 40, 5), TestNetworks.graph("a-b", "b-c", "c-d", "a-d", "x-y", "y-z"),
                TestNetworks.published("lesmis")}) {
            var sampler = sampler(g, false);
            var random = new SplittableRandom(1);
            for (int s = 0; s < g.nodeCount(); s++) {
                for (int t = 0; t < g.nodeCount(); t++) {
                    if (s != t) {
                        sampler.sample(s, t, random);
                    }
                }
            }
            double[] exact = new BetweennessCentrality(g, WeightMode.NONE, 1, 0, 1).raw();
            for (int v = 0; v < g.nodeCount(); v++) {
                double counted = (double) sampler.counts[v] / KadabraSampler.UNIT;
                assertThat(counted).as(g.id(v)).isCloseTo(2 * exact[v], within(1e-5 * Math.max(1, exact[v])));
            }
        }
    }

    @Test
    void allPaths_onePair_countsEachInnerVertexItsShareOfThePaths() {
        // s–t paths of length 3: s-a-x-t, s-b-x-t, s-b-y-t
        var g = TestNetworks.graph("s-a", "s-b", "a-x", "b-x", "b-y", "x-t", "y-t");
        var sampler = sampler(g, false);
        sampler.sample(g.indexOf("s"), g.indexOf("t"), new SplittableRandom(3));
        assertThat(share(g, sampler, "a")).isCloseTo(1 / 3.0, within(1e-6));
        assertThat(share(g, sampler, "b")).isCloseTo(2 / 3.0, within(1e-6));
        assertThat(share(g, sampler, "x")).isCloseTo(2 / 3.0, within(1e-6));
        assertThat(share(g, sampler, "y")).isCloseTo(1 / 3.0, within(1e-6));
        assertThat(share(g, sampler, "s")).isZero();
        assertThat(share(g, sampler, "t")).isZero();
    }

    @Test
    void onePath_drawsEachShortestPathUniformly() {
        var g = TestNetworks.graph("s-a", "s-b", "a-x", "b-x", "b-y", "x-t", "y-t");
        var sampler = sampler(g, true);
        var random = new SplittableRandom(5);
        int draws = 30_000;
        for (int i = 0; i < draws; i++) {
            // both directions, so that either end's side draws the predecessors
            if (i % 2 == 0) {
                sampler.sample(g.indexOf("s"), g.indexOf("t"), random);
            } else {
                sampler.sample(g.indexOf("t"), g.indexOf("s"), random);
            }
        }
        // each of the three paths with probability 1/3: a and y on one, b and x on two (std about 0.003)
        assertThat(share(g, sampler, "a") / draws).isCloseTo(1 / 3.0, within(0.015));
        assertThat(share(g, sampler, "y") / draws).isCloseTo(1 / 3.0, within(0.015));
        assertThat(share(g, sampler, "b") / draws).isCloseTo(2 / 3.0, within(0.015));
        assertThat(share(g, sampler, "x") / draws).isCloseTo(2 / 3.0, within(0.015));
        // every one-path count is a whole path
        for (long c : sampler.counts) {
            assertThat(c % KadabraSampler.UNIT).isZero();
        }
    }

    private static double share(NetworkGraph g, KadabraSampler sampler, String id) {
        return (double) sampler.counts[g.indexOf(id)] / KadabraSampler.UNIT;
    }

    private static KadabraSampler sampler(NetworkGraph g, boolean onePath) {
        var components = new Components(g);
        int[] component = new int[g.nodeCount()];
        for (int v = 0; v < component.length; v++) {
            component[v] = components.componentOf(v);
        }
        return new KadabraSampler(g.csrOffsets(), g.csrTargets(), component, onePath);
    }

    private static NetworkGraph cycle(int n) {
        String[] edges = new String[n];
        for (int i = 0; i < n; i++) {
            edges[i] = i + "-" + (i + 1) % n;
        }
        return TestNetworks.graph(edges);
    }
}
