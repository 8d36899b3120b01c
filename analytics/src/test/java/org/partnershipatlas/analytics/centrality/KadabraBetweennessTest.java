package org.partnershipatlas.analytics.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.partnershipatlas.analytics.TestNetworks;
import org.partnershipatlas.analytics.graph.NetworkGraph;
import org.partnershipatlas.analytics.graph.WeightMode;
import org.partnershipatlas.synthetic.SyntheticNetworkGenerator;

/**
 * KADABRA's estimates against exact betweenness. Every check of an (ε, δ) guarantee holds with probability ≥ 1 − δ
 * over the samples; the seed is fixed, so each test is repeatable (and was seen to pass).
 */
class KadabraBetweennessTest {
    @Test
    void constructor_badArguments_areRejected() {
        var g = TestNetworks.path(5);
        assertThatThrownBy(() -> new KadabraBetweenness(null, 0.1, 0.1, 0, 1, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new KadabraBetweenness(g, 0, 0.1, 0, 1, 1)).hasMessageContaining("epsilon");
        assertThatThrownBy(() -> new KadabraBetweenness(g, 1, 0.1, 0, 1, 1)).hasMessageContaining("epsilon");
        assertThatThrownBy(() -> new KadabraBetweenness(g, 0.1, 0, 0, 1, 1)).hasMessageContaining("delta");
        assertThatThrownBy(() -> new KadabraBetweenness(g, 0.1, 0.1, -1, 1, 1)).hasMessageContaining("k");
        assertThatThrownBy(() -> new KadabraBetweenness(g, 0.1, 0.1, 0, 0, 1)).hasMessageContaining("threads");
    }

    @Test
    void estimate_emptyOneVertexAndOneTie_areZeroWithoutSampling() {
        for (var g : new NetworkGraph[] {NetworkGraph.builder().build(), TestNetworks.graph("a"),
                TestNetworks.graph("a-b"), TestNetworks.graph("a-b", "c-d")}) {
            var k = new KadabraBetweenness(g, 0.1, 0.1, 0, 2, 1);
            assertThat(k.samples()).isZero();
            assertThat(k.stoppedBy()).isEqualTo(KadabraBetweenness.Stop.TRIVIAL);
            assertThat(Arrays.stream(k.raw()).allMatch(x -> x == 0)).isTrue();
            assertThat(k.normalized()).hasSize(g.nodeCount());
        }
    }

    @Test
    void estimate_path_isWithinEpsilonOfExact() {
        var g = TestNetworks.path(9);
        assertWithinEpsilon(g, new KadabraBetweenness(g, 0.02, 0.05, 0, 2, 7));
    }

    @Test
    void estimate_star_centreIsOnEveryPairOfLeaves() {
        var g = TestNetworks.star(20);
        var k = new KadabraBetweenness(g, 0.02, 0.05, 0, 1, 3);
        assertWithinEpsilon(g, k);
        assertThat(k.raw()[g.indexOf("l1")]).isZero();
        assertThat(k.top(1)).containsExactly(g.indexOf("c"));
    }

    @Test
    void estimate_disconnectedGraph_pairsAcrossComponentsCountNothing() {
        var g = TestNetworks.graph("a-b", "b-c", "c-d", "x-y", "y-z", "lonely");
        var k = new KadabraBetweenness(g, 0.02, 0.05, 0, 2, 5);
        assertWithinEpsilon(g, k);
        assertThat(k.raw()[g.indexOf("lonely")]).isZero();
        assertThat(k.raw()[g.indexOf("x")]).isZero();
    }

    @Test
    void estimate_leafyRandomGraph_absoluteGuaranteeHolds() {
        var g = TestNetworks.leafy(80, 60, 11);
        var k = new KadabraBetweenness(g, 0.01, 0.1, 0, 2, 42);
        assertThat(k.stoppedBy()).isNotEqualTo(KadabraBetweenness.Stop.TRIVIAL);
        assertThat(k.samples()).isLessThanOrEqualTo((long) Math.ceil(k.omega()) + KadabraBetweenness.BATCH);
        assertWithinEpsilon(g, k);
    }

    @Test
    void estimate_sameSeed_repeatsExactlyWhateverTheThreads() {
        var g = TestNetworks.leafy(60, 40, 4);
        var one = new KadabraBetweenness(g, 0.02, 0.1, 10, 1, 9);
        var two = new KadabraBetweenness(g, 0.02, 0.1, 10, 2, 9);
        var again = new KadabraBetweenness(g, 0.02, 0.1, 10, 3, 9);
        assertThat(two.samples()).isEqualTo(one.samples());
        assertThat(two.raw()).containsExactly(one.raw());
        assertThat(again.raw()).containsExactly(one.raw());
        var other = new KadabraBetweenness(g, 0.02, 0.1, 10, 2, 10);
        assertThat(other.raw()).isNotEqualTo(one.raw());
    }

    @Test
    void topK_syntheticPartnershipNetwork_setGuaranteeHoldsAndFindsTheExactTop() {
        var g = NetworkGraph.of(new SyntheticNetworkGenerator(3000, 7).generate());
        int size = 20;
        var k = new KadabraBetweenness(g, 0.002, 0.1, size, 2, 42);
        double[] exact = new BetweennessCentrality(g, WeightMode.NONE, 2, 0, 1).raw();
        double scale = g.nodeCount() * (g.nodeCount() - 1.0) / 2.0;
        double[] estimate = k.raw();
        int[] top = k.top(size);
        boolean[] inside = new boolean[g.nodeCount()];
        for (int v : top) {
            inside[v] = true;
        }
        // the guarantee: a reported vertex lies above every vertex left out, or is within ε; and vice versa
        double lowestInside = Arrays.stream(top).mapToDouble(v -> exact[v]).min().orElseThrow();
        double highestOutside = 0;
        for (int v = 0; v < g.nodeCount(); v++) {
            if (!inside[v]) {
                highestOutside = Math.max(highestOutside, exact[v]);
            }
        }
        for (int v = 0; v < g.nodeCount(); v++) {
            boolean within = Math.abs(estimate[v] - exact[v]) / scale < k.epsilon();
            if (inside[v]) {
                assertThat(exact[v] > highestOutside || within).as(g.id(v)).isTrue();
            } else {
                assertThat(exact[v] < lowestInside || within).as(g.id(v)).isTrue();
            }
        }
        // and, in practice, most of the exact top 20
        int[] exactTop = KadabraBetweenness.topIndices(Arrays.stream(exact).mapToLong(Math::round).toArray(), size);
        long found = Arrays.stream(exactTop).filter(v -> inside[v]).count();
        assertThat(found).isGreaterThanOrEqualTo(16);
        assertThat(k.description()).containsKeys("method", "samples", "epsilon", "delta");
        assertThat(k.guarantee()).contains("top " + size);
    }

    @Test
    void afterRemoval_nothingRemoved_isTheEstimateItself() {
        var g = TestNetworks.leafy(60, 40, 4);
        var k = KadabraBetweenness.recording(g, 0.02, 0.1, 0, 2, 9);
        // recording draws one path per pair (what removal needs), so it repeats itself, not the all-paths estimate
        assertThat(k.normalized()).containsExactly(KadabraBetweenness.recording(g, 0.02, 0.1, 0, 1, 9).normalized());
        assertThat(k.normalized()).isNotEqualTo(new KadabraBetweenness(g, 0.02, 0.1, 0, 2, 9).normalized());
        assertThat(k.normalizedAfterRemoval(g.without(java.util.Set.of()))).containsExactly(k.normalized());
    }

    @Test
    void afterRemoval_ofTheTopVertex_isWithinEpsilonOfTheExactBetweennessAfter() {
        var g = TestNetworks.leafy(80, 60, 11);
        var k = KadabraBetweenness.recording(g, 0.01, 0.1, 0, 2, 42);
        var removed = java.util.Set.of(g.id(k.top(1)[0]), g.id(k.top(3)[2]));
        var after = g.without(removed);
        double[] estimate = k.normalizedAfterRemoval(after);
        double[] exact = new BetweennessCentrality(after, WeightMode.NONE, 1, 0, 1).raw();
        int n = after.nodeCount();
        // back from the NetworkX scale to KADABRA's (raw / (n(n−1)/2))
        double toKadabra = (n - 1.0) * (n - 2.0) / 2.0 / (n * (n - 1.0) / 2.0);
        double scale = n * (n - 1.0) / 2.0;
        for (int v = 0; v < n; v++) {
            assertThat(Math.abs(estimate[v] * toKadabra - exact[v] / scale)).as(after.id(v)).isLessThan(k.epsilon());
        }
    }

    @Test
    void afterRemoval_ofATie_redrawsThePathsThatCrossedIt() {
        // a cycle of 8: without the tie 0–1 it is a path from 1 round to 0, whose middle carries the most
        var g = TestNetworks.graph("0-1", "1-2", "2-3", "3-4", "4-5", "5-6", "6-7", "7-0");
        var k = KadabraBetweenness.recording(g, 0.02, 0.05, 0, 1, 3);
        var after = TestNetworks.graph("1-2", "2-3", "3-4", "4-5", "5-6", "6-7", "7-0");
        double[] estimate = k.normalizedAfterRemoval(after);
        double[] exact = new BetweennessCentrality(after, WeightMode.NONE, 1, 0, 1).raw();
        double pairs = (after.nodeCount() - 1.0) * (after.nodeCount() - 2.0) / 2.0;
        for (int v = 0; v < after.nodeCount(); v++) {
            assertThat(Math.abs(estimate[v] - exact[v] / pairs)).as(after.id(v)).isLessThan(0.1);
        }
        assertThat(estimate[after.indexOf("1")]).isZero();
        assertThat(estimate[after.indexOf("0")]).isZero();
    }

    @Test
    void afterRemoval_withoutRecording_isRefused() {
        var g = TestNetworks.path(9);
        assertThatThrownBy(() -> new KadabraBetweenness(g, 0.1, 0.1, 0, 1, 1).normalizedAfterRemoval(g))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void top_highestFirstTiesByIndex() {
        long[] counts = {5, 9, 9, 1, 0, 7};
        assertThat(KadabraBetweenness.topIndices(counts, 4)).containsExactly(1, 2, 5, 0);
        assertThat(KadabraBetweenness.topIndices(counts, 0)).isEmpty();
        assertThat(KadabraBetweenness.topIndices(counts, 10)).containsExactly(1, 2, 5, 0, 3, 4);
    }

    /** Every estimate within ε of the exact value on KADABRA's scale (raw / (n(n−1)/2)). */
    private static void assertWithinEpsilon(NetworkGraph g, KadabraBetweenness k) {
        double[] exact = new BetweennessCentrality(g, WeightMode.NONE, 1, 0, 1).raw();
        double[] estimate = k.raw();
        double scale = g.nodeCount() * (g.nodeCount() - 1.0) / 2.0;
        for (int v = 0; v < g.nodeCount(); v++) {
            assertThat(Math.abs(estimate[v] - exact[v]) / scale).as(g.id(v)).isLessThan(k.epsilon());
        }
    }
}
