package org.partnershipatlas.analytics.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.partnershipatlas.analytics.findings.Finding;

import org.partnershipatlas.model.Assessment;
import org.partnershipatlas.model.Challenge;
import org.partnershipatlas.model.ChallengeLevel;
import org.partnershipatlas.model.Charter;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Evaluation;
import org.partnershipatlas.model.Factor;
import org.partnershipatlas.model.Learning;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.LinkKind;
import org.partnershipatlas.model.LinkStatus;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.Source;

class QualityAnalysisTest {
    private static final Source SOURCE = new Source("test", null);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static Organisation org(String id, OrganisationType type, String country) {
        return new Organisation(id, "Name " + id, type, country, null, null, null, null, null, Confidence.A, List.of(SOURCE));
    }

    private static Link link(String id, String from, String to, LinkStatus status, Assessment... assessments) {
        return new Link(id, from, to, LinkKind.HEALTH_LINK, 2010, null, status, List.of(), List.of(), Learning.RECIPROCAL,
                null, Confidence.A, List.of(SOURCE), List.of(assessments));
    }

    private static Assessment assessment(LocalDate date, Map<Factor, Integer> factors, Map<Challenge, ChallengeLevel> challenges,
                                         Evaluation evaluation, List<String> funders, Integer fundedUntil, Boolean exit) {
        return new Assessment(date, "lead", new Charter(2, 3, null, 1), factors, challenges, evaluation, null, true,
                null, null, funders, fundedUntil, exit, List.of(), List.of(SOURCE));
    }

    private static NetworkSnapshot network() {
        var board = org("board", OrganisationType.HEALTH_BOARD, "GB-WLS");
        var trust = org("trust", OrganisationType.NHS_TRUST, "GB-WLS");
        var ke = org("ke-hospital", OrganisationType.HOSPITAL, "KE");
        var ls = org("ls-hospital", OrganisationType.HOSPITAL, "LS");
        var good = assessment(LocalDate.of(2026, 6, 30), Map.of(Factor.TRUST, 3, Factor.SHARED_GOALS, 2),
                Map.of(Challenge.LOGISTICS, ChallengeLevel.MAJOR), Evaluation.PLANNED, List.of("Welsh Government"), 2026, false);
        var older = assessment(LocalDate.of(2024, 1, 1), Map.of(Factor.TRUST, 0), Map.of(), Evaluation.NONE, List.of(), null, null);
        var weak = assessment(LocalDate.of(2025, 3, 1), Map.of(Factor.TRUST, 1, Factor.LONG_TERM_VISION, 0),
                Map.of(), Evaluation.NONE, List.of("A", "B"), 2030, true);
        return new NetworkSnapshot(List.of(), List.of(board, trust, ke, ls), List.of(
                link("l1", "board", "ke-hospital", LinkStatus.ACTIVE, older, good),
                link("l2", "board", "ls-hospital", LinkStatus.ACTIVE, weak),
                link("l3", "board", "ls-hospital", LinkStatus.ACTIVE),
                link("l4", "trust", "ls-hospital", LinkStatus.ENDED, good)));
    }

    @Test
    void rollUp_boards_meansOfTheLatestAssessmentsIgnoringNotAssessedFactors() {
        GroupQuality board = QualityAnalysis.rollUp(network(), GroupBy.HEALTH_BOARDS).get(0);
        assertThat(board.links()).isEqualTo(3);
        assertThat(board.assessedLinks()).isEqualTo(2);
        assertThat(board.factors().get(Factor.TRUST)).isEqualTo(2.0);          // (3 + 1) / 2; the older 0 is history
        assertThat(board.factors().get(Factor.SHARED_GOALS)).isEqualTo(2.0);   // one link scored it
        assertThat(board.factors().get(Factor.LONG_TERM_VISION)).isEqualTo(0.0);
        assertThat(board.factors().get(Factor.CAPACITY_BUILDING)).as("not assessed anywhere").isNull();
        assertThat(board.charter().get(org.partnershipatlas.model.CharterFoundation.GOOD_PRACTICE)).isNull();
        assertThat(board.challenges().get(Challenge.LOGISTICS).get(ChallengeLevel.MAJOR)).isEqualTo(1);
        assertThat(board.weakest()).containsExactly(Factor.LONG_TERM_VISION);
        assertThat(board.finding().code()).isEqualTo("ASSESSED");
        assertThat(board.finding().english()).isEqualTo("2 of 3 links assessed; weakest: long-term vision (0.0 of 3)");
        assertThat(board.lastAssessed()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void rollUp_trustsAndCountries_areTheirOwnGroups() {
        assertThat(QualityAnalysis.rollUp(network(), GroupBy.TRUSTS)).extracting(GroupQuality::id).containsExactly("trust");
        var countries = QualityAnalysis.rollUp(network(), GroupBy.COUNTRIES);
        assertThat(countries).extracting(GroupQuality::id).containsExactly("KE", "LS");
        assertThat(countries.get(1).links()).isEqualTo(3);
    }

    @Test
    void rollUp_withoutLinksOrAssessments_saysSo() {
        var lone = new NetworkSnapshot(List.of(), List.of(org("b", OrganisationType.HEALTH_BOARD, "GB-WLS")), List.of());
        assertThat(QualityAnalysis.rollUp(lone, GroupBy.HEALTH_BOARDS).get(0).finding().code()).isEqualTo("NO_LINKS");
        var unassessed = QualityAnalysis.group("x", "X", List.of(link("l", "a", "b", LinkStatus.ACTIVE)));
        assertThat(unassessed.finding().english()).isEqualTo("none of its 1 links assessed");
        assertThat(unassessed.overall()).isNull();
    }

    @Test
    void atRisk_listsEveryReason_skipsEndedLinks_andPutsTheRiskiestFirst() {
        var risks = QualityAnalysis.atRisk(network(), TODAY);
        assertThat(risks).extracting(LinkAtRisk::id).containsExactly("l1", "l2");
        assertThat(risks.get(0).reasons()).extracting(Finding::code)
                .containsExactly("FUNDING_ENDS", "NO_EXIT_STRATEGY", "SINGLE_FUNDER", "MAJOR_CHALLENGE");
        assertThat(risks.get(1).reasons()).extracting(Finding::code).containsExactly("NO_EVALUATION");
        assertThat(risks.get(0).reasons().get(0).english()).isEqualTo("funding ends in 2026");
        var funded = assessment(LocalDate.of(2026, 1, 1), Map.of(), Map.of(), null, List.of(), 2028, null);
        assertThat(QualityAnalysis.reasons(funded, TODAY)).as("funded for more than a year").isEmpty();
        var ended = assessment(LocalDate.of(2026, 1, 1), Map.of(), Map.of(), null, List.of(), 2025, null);
        assertThat(QualityAnalysis.reasons(ended, TODAY)).extracting(Finding::code).containsExactly("FUNDING_ENDED");
    }
}
