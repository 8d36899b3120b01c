package org.partnershipatlas.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.partnershipatlas.app.BadRequestException;
import org.partnershipatlas.model.Assessment;
import org.partnershipatlas.model.Charter;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Factor;
import org.partnershipatlas.model.Learning;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.LinkKind;
import org.partnershipatlas.model.LinkStatus;
import org.partnershipatlas.model.Source;

/** Each link falls in one class of each colouring; "not assessed" is never a score of 0. */
class LinkColourTest {
    private static final Source SOURCE = new Source("test", null);

    private static Link link(Learning learning, Confidence confidence, Map<Factor, Integer> factors) {
        List<Assessment> assessments = factors == null ? List.of() : List.of(new Assessment(LocalDate.of(2026, 6, 1),
                "lead", new Charter(2, 2, 2, 2), factors, Map.of(), null, null, null, null, null, List.of(), null, null,
                List.of(), List.of(SOURCE)));
        return new Link("a-to-b", "a", "b", LinkKind.HEALTH_LINK, 2010, null, LinkStatus.ACTIVE, List.of(), List.of(),
                learning, null, confidence, List.of(SOURCE), assessments);
    }

    @Test
    void quality_isTheLatestMeanOfTheSuccessFactors_inFourBands_andNotAssessedApartFromZero() {
        assertThat(LinkColour.QUALITY.classOf(link(Learning.UNKNOWN, Confidence.A, Map.of(Factor.TRUST, 3,
                Factor.SHARED_GOALS, 2)), Set.of())).isEqualTo(LinkColour.LinkClass.QUALITY_STRONG);   // 2.5
        assertThat(LinkColour.QUALITY.classOf(link(Learning.UNKNOWN, Confidence.A, Map.of(Factor.TRUST, 2)), Set.of()))
                .isEqualTo(LinkColour.LinkClass.QUALITY_GOOD);
        assertThat(LinkColour.QUALITY.classOf(link(Learning.UNKNOWN, Confidence.A, Map.of(Factor.TRUST, 1,
                Factor.SHARED_GOALS, 2)), Set.of())).isEqualTo(LinkColour.LinkClass.QUALITY_FAIR);     // 1.5
        assertThat(LinkColour.QUALITY.classOf(link(Learning.UNKNOWN, Confidence.A, Map.of(Factor.TRUST, 0)), Set.of()))
                .isEqualTo(LinkColour.LinkClass.QUALITY_WEAK);
        assertThat(LinkColour.QUALITY.classOf(link(Learning.UNKNOWN, Confidence.A, Map.of()), Set.of()))
                .as("assessed, but no factor scored").isEqualTo(LinkColour.LinkClass.NOT_ASSESSED);
        assertThat(LinkColour.QUALITY.classOf(link(Learning.UNKNOWN, Confidence.A, null), Set.of()))
                .isEqualTo(LinkColour.LinkClass.NOT_ASSESSED);
    }

    @Test
    void learningRiskAndConfidence_eachLinkInOneClassOfTheColouring() {
        assertThat(LinkColour.LEARNING.classOf(link(Learning.TO_WALES, Confidence.A, null), Set.of()))
                .isEqualTo(LinkColour.LinkClass.LEARNING_TO_WALES);
        assertThat(LinkColour.LEARNING.classOf(link(Learning.UNKNOWN, Confidence.A, null), Set.of()))
                .isEqualTo(LinkColour.LinkClass.LEARNING_UNKNOWN);
        assertThat(LinkColour.RISK.classOf(link(Learning.UNKNOWN, Confidence.A, null), Set.of("a-to-b")))
                .isEqualTo(LinkColour.LinkClass.AT_RISK);
        assertThat(LinkColour.RISK.classOf(link(Learning.UNKNOWN, Confidence.A, null), Set.of()))
                .isEqualTo(LinkColour.LinkClass.NOT_AT_RISK);
        assertThat(LinkColour.CONFIDENCE.classOf(link(Learning.UNKNOWN, Confidence.B, null), Set.of()))
                .isEqualTo(LinkColour.LinkClass.INFERRED);
        for (LinkColour colouring : LinkColour.values()) {
            for (Learning learning : Learning.values()) {
                assertThat(colouring.classes()).contains(colouring.classOf(link(learning, Confidence.A, null), Set.of()));
            }
        }
    }

    @Test
    void theUrlCarriesTheColouring_onlyWhenNotTheDefault_andRefusesAnUnknownOne() {
        var state = ExplorerState.fromQuery(Map.of("links", List.of("learning")));
        assertThat(state.linkColour()).isEqualTo(LinkColour.LEARNING);
        assertThat(state.toQuery()).containsEntry("links", List.of("learning"));
        assertThat(ExplorerState.DEFAULT.toQuery()).doesNotContainKey("links");
        assertThat(ExplorerState.fromQuery(state.toQuery())).isEqualTo(state);
        assertThatThrownBy(() -> ExplorerState.fromQuery(Map.of("links", List.of("<script>"))))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("links must be one of");
    }
}
