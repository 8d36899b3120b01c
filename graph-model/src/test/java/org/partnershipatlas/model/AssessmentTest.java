package org.partnershipatlas.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AssessmentTest {
    private static final LocalDate DAY = LocalDate.of(2025, 6, 30);

    private static Assessment withFactors(Map<Factor, Integer> factors) {
        return new Assessment(DAY, null, null, factors, Map.of(), null, null, null, null, null, List.of(), null, null,
                List.of(), List.of());
    }

    @Test
    void qualityMean_someFactorsNotAssessed_averagesOnlyTheAssessed() {
        assertThat(withFactors(Map.of(Factor.TRUST, 3, Factor.SHARED_GOALS, 0)).qualityMean()).hasValue(1.5);
        assertThat(withFactors(Map.of()).qualityMean()).isEmpty();
    }

    @Test
    void constructor_scoreOutsideZeroToThree_isRefused() {
        assertThatThrownBy(() -> withFactors(Map.of(Factor.TRUST, 4))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("trust");
        assertThatThrownBy(() -> new Charter(-1, null, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void constructor_futureDate_isRefused() {
        assertThatThrownBy(() -> new Assessment(Assessment.latestDate().plusDays(1), null, null, Map.of(), Map.of(),
                null, null, null, null, null, List.of(), null, null, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("future");
    }

    @Test
    void constructor_undatedWithMoreThanACharter_isRefused() {
        assertThatThrownBy(() -> new Assessment(null, "someone", new Charter(1, 1, 1, 1), Map.of(), Map.of(), null,
                null, null, null, null, List.of(), null, null, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without a date");
        assertThatThrownBy(() -> Assessment.undated(new Charter(null, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void constructor_emptyCharter_isStoredAsNone() {
        Assessment a = new Assessment(DAY, null, new Charter(null, null, null, null), Map.of(), Map.of(), null, null,
                null, null, null, List.of(), null, null, List.of(), List.of());
        assertThat(a.charter()).isNull();
    }

    @Test
    void orderProblem_undatedAfterAnotherOrDateGoingBack_isAProblem() {
        Assessment undated = Assessment.undated(new Charter(1, 2, 3, 0));
        Assessment early = withFactors(Map.of());
        Assessment sameDay = withFactors(Map.of(Factor.TRUST, 1));
        assertThat(Assessment.orderProblem(null, undated)).isNull();
        assertThat(Assessment.orderProblem(undated, early)).isNull();
        assertThat(Assessment.orderProblem(early, sameDay)).isNull();
        assertThat(Assessment.orderProblem(early, undated)).contains("only be the first");
        Assessment older = new Assessment(DAY.minusYears(1), null, null, Map.of(), Map.of(), null, null, null, null,
                null, List.of(), null, null, List.of(), List.of());
        assertThat(Assessment.orderProblem(early, older)).contains("oldest first");
    }

    @Test
    void link_oldConstructorWithCharter_isOneUndatedAssessmentAndCharterReadsBack() {
        var charter = new Charter(2, 3, 2, null);
        Link link = new Link("l", "a", "b", LinkKind.HEALTH_LINK, null, null, null, List.of(), List.of(), null, null,
                charter, Confidence.ILLUSTRATIVE, List.of());
        assertThat(link.assessments()).containsExactly(Assessment.undated(charter));
        assertThat(link.charter()).isEqualTo(charter);
        assertThat(link.withAssessments(List.of(Assessment.undated(charter), withFactors(Map.of()))).charter()).isNull();
    }

    @Test
    void link_assessmentsOutOfOrder_isRefused() {
        Link link = Networks.link("l", "a", "b");
        assertThatThrownBy(() -> link.withAssessments(List.of(withFactors(Map.of()),
                Assessment.undated(new Charter(1, 1, 1, 1))))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void outcomeConstructor_trailingZerosOrOutOfBounds_isPlainOrRefused() {
        assertThat(new Outcome("trained", new BigDecimal("6E+1"), null, null).value()).isEqualTo(new BigDecimal("60"));
        assertThat(new Outcome("trained", new BigDecimal("0.50"), null, null).value()).isEqualTo(new BigDecimal("0.5"));
        assertThat(Outcome.valueProblem(new BigDecimal("1E+999999999"))).contains("digits before the point");
        assertThat(Outcome.valueProblem(new BigDecimal("0.0000001"))).contains("decimals");
        assertThatThrownBy(() -> new Outcome("a | b", BigDecimal.ONE, null, null)).hasMessageContaining("\"|\"");
    }

    @Test
    void organisation_dissolvedBeforeFounded_isRefused() {
        assertThatThrownBy(() -> new Organisation("a", "A", OrganisationType.NGO, null, null, 2000, null, null, null,
                Confidence.ILLUSTRATIVE, List.of(), 1999, false)).hasMessageContaining("dissolved (1999)");
        Organisation o = new Organisation("a", "A", OrganisationType.NGO, null, null, 2007, null, null, null,
                Confidence.ILLUSTRATIVE, List.of(), 2024, true);
        assertThat(o.isDissolvedBy(2024)).isTrue();
        assertThat(o.isDissolvedBy(2023)).isFalse();
    }

    @Test
    void key_everyVocabularyTerm_matchesFormatMdAndHasAMeaning() {
        assertThat(List.of(Factor.values())).extracting(Factor::key).containsExactly("trust", "sharedGoals",
                "communityEngagement", "capacityBuilding", "equitableCollaboration", "resourceMobilisation",
                "soundGovernance", "longTermVision");
        assertThat(List.of(Challenge.values())).extracting(Challenge::key).containsExactly("culturalDifferences",
                "powerImbalance", "logistics", "monitoringEvaluation", "sustainableFunding");
        assertThat(List.of(CharterFoundation.values())).extracting(CharterFoundation::key).containsExactly(
                "organisationalResponsibilities", "reciprocalPartnership", "goodPractice", "soundGovernance");
        for (Keyed term : List.<Keyed[]>of(Factor.values(), Challenge.values(), CharterFoundation.values()).stream()
                .flatMap(java.util.Arrays::stream).toList()) {
            assertThat(term.meaning()).as(term.key()).isNotBlank().doesNotContain("\n").endsWith(".");
        }
        assertThat(Keyed.byKey(Factor.class, "sharedGoals")).contains(Factor.SHARED_GOALS);
    }
}
