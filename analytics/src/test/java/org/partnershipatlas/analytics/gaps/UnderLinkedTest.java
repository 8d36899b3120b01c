package org.partnershipatlas.analytics.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class UnderLinkedTest {
    /** Seven Boards whose median has 15 partner links in 9 countries: the lines are 7.5 links and 4.5 countries. */
    private static final PeerMedians MEDIAN = new PeerMedians(7, 15, 9, 13, 3, 0, 0.4);

    @Test
    void aBoardJustBelowTheMedian_isNotUnderLinked_andOneMoreLinkChangesNothing() {
        assertThat(UnderLinked.byFigures(14, 8, MEDIAN)).isFalse();
        assertThat(UnderLinked.byFigures(15, 9, MEDIAN)).isFalse();
        assertThat(UnderLinked.byFigures(8, 5, MEDIAN)).isFalse();
    }

    @Test
    void oneLink_flipsABoardOnlyAcrossTheStatedLine() {
        assertThat(UnderLinked.linksLine(MEDIAN)).isEqualTo(7.5);
        assertThat(UnderLinked.countriesLine(MEDIAN)).isEqualTo(4.5);
        assertThat(UnderLinked.byFigures(7, 9, MEDIAN)).isTrue();
        assertThat(UnderLinked.byFigures(8, 9, MEDIAN)).isFalse();
        assertThat(UnderLinked.byFigures(15, 4, MEDIAN)).isTrue();
        assertThat(UnderLinked.byFigures(15, 5, MEDIAN)).isFalse();
        assertThat(UnderLinked.byFigures(0, 0, MEDIAN)).isTrue();
    }

    @Test
    void noLinkAndNoReturn_isNoEvidence_butNoLinkByItsOwnReturnIsUnderLinked() {
        var none = board(0, true);
        assertThat(UnderLinked.standing(none, false)).isEqualTo(UnderLinked.Standing.NO_EVIDENCE);
        assertThat(UnderLinked.standing(none, true)).isEqualTo(UnderLinked.Standing.UNDER_LINKED);
        assertThat(UnderLinked.standing(board(3, true), false)).isEqualTo(UnderLinked.Standing.UNDER_LINKED);
        assertThat(UnderLinked.standing(board(14, false), false)).isEqualTo(UnderLinked.Standing.LINKED);
    }

    private static HealthBoardGap board(int links, boolean under) {
        return new HealthBoardGap("b", "B", List.of("b"), links, links, List.of(), List.of(), List.of(), 0, null, 0,
                false, List.of(), under, List.of());
    }
}
