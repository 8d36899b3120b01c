package org.partnershipatlas.analytics.communities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.jgrapht.alg.clustering.UndirectedModularityMeasurer;
import org.junit.jupiter.api.Test;

import org.partnershipatlas.analytics.TestNetworks;
import org.partnershipatlas.analytics.graph.JGraphTProjection;
import org.partnershipatlas.analytics.graph.NetworkGraph;
import org.partnershipatlas.analytics.graph.WeightMode;

class LouvainCommunitiesTest {

    @Test
    void modularity_karateClubSplit_matchesNetworkX() {
        var g = TestNetworks.published("karate");
        var ref = TestNetworks.reference("karate");
        int[] labels = new int[g.nodeCount()];
        var officers = ref.get("clubPartition").get(1);
        officers.forEach(id -> labels[g.indexOf(id.asText())] = 1);
        assertThat(LouvainCommunities.modularity(g, null, labels))
                .isCloseTo(ref.get("clubModularity").asDouble(), within(1e-9));
    }

    @Test
    void louvain_karate_findsAPartitionAsGoodAsPublished() {
        var g = TestNetworks.published("karate");
        var louvain = new LouvainCommunities(g, WeightMode.NONE);
        // the best known partition has modularity 0.4198; Louvain typically finds 0.4156–0.4198
        assertThat(louvain.modularity()).isGreaterThan(0.41);
        assertThat(louvain.count()).isBetween(3, 5);
        // and JGraphT measures the same modularity for that partition
        var measurer = new UndirectedModularityMeasurer<>(JGraphTProjection.of(g, WeightMode.NONE));
        var partition = new java.util.ArrayList<java.util.Set<String>>();
        for (int c = 0; c < louvain.count(); c++) {
            partition.add(new java.util.HashSet<>());
        }
        int[] labels = louvain.communities();
        for (int v = 0; v < g.nodeCount(); v++) {
            partition.get(labels[v]).add(g.id(v));
        }
        assertThat(measurer.modularity(partition)).isCloseTo(louvain.modularity(), within(1e-9));
    }

    @Test
    void louvain_sameSeed_givesSamePartition() {
        var g = TestNetworks.published("lesmis");
        assertThat(new LouvainCommunities(g, WeightMode.STRENGTH, 7).communities())
                .containsExactly(new LouvainCommunities(g, WeightMode.STRENGTH, 7).communities());
    }

    @Test
    void louvain_noTies_leavesEveryVertexAlone() {
        var g = TestNetworks.graph("a", "b", "c");
        var louvain = new LouvainCommunities(g, WeightMode.NONE);
        assertThat(louvain.count()).isEqualTo(3);
        assertThat(louvain.modularity()).isZero();
        assertThat(new LouvainCommunities(NetworkGraph.builder().build(), WeightMode.NONE).count()).isZero();
    }

    @Test
    void louvain_twoTrianglesJoinedByOneTie_findsTheTwo() {
        var g = TestNetworks.graph("a-b", "b-c", "c-a", "x-y", "y-z", "z-x", "c-x");
        int[] labels = new LouvainCommunities(g, WeightMode.NONE).communities();
        assertThat(labels[g.indexOf("a")]).isEqualTo(labels[g.indexOf("c")]);
        assertThat(labels[g.indexOf("x")]).isEqualTo(labels[g.indexOf("z")]);
        assertThat(labels[g.indexOf("a")]).isNotEqualTo(labels[g.indexOf("x")]);
    }
}
