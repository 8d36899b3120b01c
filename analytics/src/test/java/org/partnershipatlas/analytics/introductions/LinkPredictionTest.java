package org.partnershipatlas.analytics.introductions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import org.partnershipatlas.analytics.TestNetworks;

class LinkPredictionTest {

    /** The top 25 of NetworkX's scores over every non-edge equals ours, score for score. */
    @ParameterizedTest
    @EnumSource(LinkPredictionMethod.class)
    void suggest_karateTop25_matchesNetworkX(LinkPredictionMethod method) {
        var g = TestNetworks.published("karate");
        JsonNode rows = TestNetworks.reference("karate").get("unweighted").get("linkPrediction").get(method.cliName());
        var expected = new ArrayList<Object[]>();
        rows.forEach(r -> expected.add(new Object[] {r.get(0).asText(), r.get(1).asText(), r.get(2).asDouble()}));
        expected.sort(Comparator.<Object[]>comparingDouble(r -> -(double) r[2])
                .thenComparing(r -> (String) r[0]).thenComparing(r -> (String) r[1]));
        var ours = LinkPrediction.suggest(g, SuggestionRequest.of(method).top(25));
        assertThat(ours).hasSize(25);
        for (int i = 0; i < 25; i++) {
            var s = ours.get(i);
            Object[] e = expected.get(i);
            assertThat(s.score()).as("rank %d", i).isCloseTo((double) e[2], within(1e-9));
            assertThat(List.of(s.source(), s.target()).stream().sorted().toList())
                    .as("rank %d", i).containsExactly((String) e[0], (String) e[1]);
        }
    }

    @Test
    void suggest_allPairs_listsEveryPositiveNonEdgeOfNetworkX() {
        var g = TestNetworks.published("florentine");
        JsonNode rows = TestNetworks.reference("florentine").get("unweighted").get("linkPrediction").get("jaccard");
        var ours = LinkPrediction.suggest(g, SuggestionRequest.of(LinkPredictionMethod.JACCARD).top(10_000));
        assertThat(ours).hasSize(rows.size());
    }

    @Test
    void suggest_forOneOrganisation_givesSharedNeighboursAsEvidence() {
        var g = TestNetworks.graph("a-b", "b-c", "a-d", "d-c", "c-e");
        var ours = LinkPrediction.suggest(g, SuggestionRequest.of(LinkPredictionMethod.COMMON_NEIGHBOURS)
                .forOrganisation("a"));
        assertThat(ours).extracting(LinkSuggestion::target).containsExactly("c");
        assertThat(ours.get(0).source()).isEqualTo("a");
        assertThat(ours.get(0).evidence().sharedNeighbours()).containsExactly("b", "d");
        assertThat(ours.get(0).score()).isEqualTo(2.0);
    }

    @Test
    void suggest_isolatedOrganisation_findsNothing() {
        var g = TestNetworks.graph("a-b", "b-c", "z");
        for (var m : LinkPredictionMethod.values()) {
            assertThat(LinkPrediction.suggest(g, SuggestionRequest.of(m).forOrganisation("z"))).as(m.name()).isEmpty();
        }
    }
}
