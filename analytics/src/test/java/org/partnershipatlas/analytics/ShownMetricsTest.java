package org.partnershipatlas.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** A detail panel's measures of one organisation, computed alone, equal the ones computed for everyone. */
class ShownMetricsTest {

    @Test
    void shownMetrics_seed_equalEveryMeasureButTheUnshownOnes() {
        var alone = NetworkAnalytics.of(TestNetworks.seed());
        var all = NetworkAnalytics.of(TestNetworks.seed());
        String[] ids = {"betsi-cadwaladr-uhb", SeedNetworkTest.NINETEEN_HILLS};
        var shownBefore = java.util.Arrays.stream(ids).map(id -> alone.shownMetrics(id).orElseThrow()).toList();
        // betweenness is not computed for one panel: NaN until asked for
        assertThat(shownBefore).allMatch(m -> Double.isNaN(m.betweenness()));
        assertThat(alone.betweennessComputed()).isFalse();
        for (int i = 0; i < ids.length; i++) {
            String id = ids[i];
            var shown = shownBefore.get(i);
            var full = all.metrics(id).orElseThrow();
            assertThat(shown.degree()).isEqualTo(full.degree());
            assertThat(shown.closeness()).isCloseTo(full.closeness(), within(1e-12));
            assertThat(shown.pageRank()).isCloseTo(full.pageRank(), within(1e-12));
            assertThat(shown.coreNumber()).isEqualTo(full.coreNumber());
            assertThat(shown.clustering()).isCloseTo(full.clustering(), within(1e-12));
            assertThat(shown.constraint()).isEqualTo(full.constraint());
            assertThat(shown.effectiveSize()).isEqualTo(full.effectiveSize());
            assertThat(shown.community()).isEqualTo(full.community());
            assertThat(alone.betweenness(id).orElseThrow()[0]).isCloseTo(full.betweenness(), within(1e-9));
        }
        assertThat(alone.betweennessComputed()).isTrue();
        assertThat(alone.shownMetrics("betsi-cadwaladr-uhb").orElseThrow().betweenness())
                .isCloseTo(all.metrics("betsi-cadwaladr-uhb").orElseThrow().betweenness(), within(1e-9));
        assertThat(alone.shownMetrics("nobody")).isEmpty();
    }

    @Test
    void shownMetrics_largeGraph_skipTheAllPairsMeasures() {
        var analytics = NetworkAnalytics.of(TestNetworks.random(3_000, 9_000, 7), AnalysisOptions.defaults());
        String id = analytics.graph().id(17);
        var shown = analytics.shownMetrics(id).orElseThrow();
        assertThat(shown.betweenness()).isNaN();
        assertThat(shown.harmonic()).isNaN();
        assertThat(analytics.betweennessComputed()).isFalse();
        assertThat(shown.closeness()).isCloseTo(analytics.values(Measure.CLOSENESS)[17], within(1e-12));
    }
}
