package org.partnershipatlas.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.partnershipatlas.analytics.brokerage.Broker;
import org.partnershipatlas.analytics.centrality.BetweennessCentrality;
import org.partnershipatlas.analytics.findings.Finding;
import org.partnershipatlas.analytics.graph.WeightMode;
import org.partnershipatlas.analytics.whatif.MetricChange;
import org.partnershipatlas.analytics.whatif.WhatIfMeasure;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.synthetic.SyntheticNetworkGenerator;

/**
 * The facade above {@link NetworkAnalytics#ADAPTIVE_BETWEENNESS_ABOVE} organisations: the broker ranking and what-if
 * switch to KADABRA-estimated betweenness (seeded, so repeatable), and say so.
 */
class LargeNetworkAnalyticsTest {
    static NetworkSnapshot snapshot;
    static NetworkAnalytics analytics;

    @BeforeAll
    static void generate() {
        snapshot = new SyntheticNetworkGenerator(NetworkAnalytics.ADAPTIVE_BETWEENNESS_ABOVE + 500, 11).generate();
        analytics = NetworkAnalytics.of(snapshot);
    }

    @Test
    void brokers_aboveTheThreshold_rankByTheAdaptiveEstimate() {
        assertThat(analytics.usesAdaptiveBetweenness()).isTrue();
        var estimate = analytics.adaptiveBetweenness().orElseThrow();
        assertThat(estimate.k()).isEqualTo(NetworkAnalytics.BROKER_LIMIT);
        List<Broker> brokers = analytics.brokers();
        assertThat(brokers).hasSize(NetworkAnalytics.BROKER_LIMIT);
        Broker first = brokers.get(0);
        assertThat(first.betweenness()).isEqualTo(estimate.raw()[analytics.graph().indexOf(first.id())]);
        assertThat(first.reasons().get(0).arguments()).containsEntry("estimated", true);
        assertThat(first.reasons().get(0).english()).contains("estimated by sampling");
        // most of the exact top 10 are among the first 10 brokers
        double[] exact = new BetweennessCentrality(analytics.graph(), WeightMode.NONE, 2, 0, 1).raw();
        int[] exactTop = java.util.stream.IntStream.range(0, exact.length).boxed()
                .sorted((a, b) -> Double.compare(exact[b], exact[a])).limit(10).mapToInt(Integer::intValue).toArray();
        var firstTen = brokers.subList(0, 10).stream().map(Broker::id).toList();
        long found = Arrays.stream(exactTop).mapToObj(v -> analytics.graph().id(v)).filter(firstTen::contains).count();
        assertThat(found).isGreaterThanOrEqualTo(8);
    }

    @Test
    void whatIf_aboveTheThreshold_comparesEstimatedBetweenness() {
        String hub = analytics.brokers().get(0).id();
        var result = analytics.whatIf(List.of(hub));
        assertThat(result.biggestChanges()).extracting(MetricChange::measure)
                .contains(WhatIfMeasure.BETWEENNESS_ESTIMATED)
                .doesNotContain(WhatIfMeasure.CLOSENESS, WhatIfMeasure.BETWEENNESS);
    }

    @Test
    void brokers_withDistanceWeights_keepExactBetweenness() {
        var weighted = NetworkAnalytics.of(snapshot, AnalysisOptions.defaults().withWeights(WeightMode.DISTANCE));
        assertThat(weighted.usesAdaptiveBetweenness()).isFalse();
        assertThat(weighted.adaptiveBetweenness()).isEmpty();
    }

    @Test
    void brokers_belowTheThreshold_areExact() {
        var seed = NetworkAnalytics.of(TestNetworks.seed());
        assertThat(seed.usesAdaptiveBetweenness()).isFalse();
        assertThat(seed.brokers().get(0).reasons()).map(Finding::english).noneMatch(r -> r.contains("estimated"));
    }
}
