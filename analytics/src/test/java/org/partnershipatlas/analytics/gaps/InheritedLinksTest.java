package org.partnershipatlas.analytics.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.partnershipatlas.analytics.NetworkAnalytics;
import org.partnershipatlas.analytics.introductions.CurrentNetwork;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Learning;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.LinkKind;
import org.partnershipatlas.model.LinkStatus;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.Source;

/**
 * A Board carries forward the links of every body it succeeded, however long the chain (Swansea NHS Trust → ABM
 * University NHS Trust → Swansea Bay UHB), in the stored network and in the network as it is now.
 */
class InheritedLinksTest {
    private static final Source SOURCE = new Source("test", null);

    private static Organisation org(String id, OrganisationType type, String country, Integer dissolved) {
        return new Organisation(id, "Name " + id, type, country, null, null, null, null, null, Confidence.A,
                List.of(SOURCE), dissolved, false);
    }

    private static Link link(String id, String from, String to, LinkKind kind) {
        return new Link(id, from, to, kind, 2010, null, LinkStatus.UNKNOWN, List.of(), List.of(), Learning.UNKNOWN,
                null, Confidence.A, List.of(SOURCE), List.of());
    }

    /** The current Board, two predecessors in a chain, a hospital the older one ran, and two partners abroad. */
    private static NetworkSnapshot chain() {
        return new NetworkSnapshot(List.of(), List.of(
                org("board", OrganisationType.HEALTH_BOARD, "GB-WLS", null),
                org("other-board", OrganisationType.HEALTH_BOARD, "GB-WLS", null),
                org("middle-trust", OrganisationType.NHS_TRUST, "GB-WLS", 2009),
                org("old-trust", OrganisationType.NHS_TRUST, "GB-WLS", 2008),
                org("old-hospital", OrganisationType.HOSPITAL, "GB-WLS", null),
                org("gambia-hospital", OrganisationType.HOSPITAL, "GM", null),
                org("sl-hospital", OrganisationType.HOSPITAL, "SL", null),
                org("kenya-hospital", OrganisationType.HOSPITAL, "KE", null)), List.of(
                link("s1", "old-trust", "middle-trust", LinkKind.SUCCESSION),
                link("s2", "middle-trust", "board", LinkKind.SUCCESSION),
                link("runs", "old-trust", "old-hospital", LinkKind.COORDINATION),
                link("old-gambia", "old-hospital", "gambia-hospital", LinkKind.HEALTH_LINK),
                link("middle-sl", "middle-trust", "sl-hospital", LinkKind.COLLABORATION),
                link("other-kenya", "other-board", "kenya-hospital", LinkKind.HEALTH_LINK)));
    }

    @Test
    void aBoard_countsTheLinksOfEveryBodyItSucceeded_andOfTheUnitsTheyRan() {
        NetworkSnapshot network = chain();
        Organisation board = network.organisation("board").orElseThrow();
        assertThat(GapAnalysis.partnerLinks(network, board)).extracting(Link::id)
                .containsExactlyInAnyOrder("old-gambia", "middle-sl");
        HealthBoardGap gap = gapOf(network, "board");
        assertThat(gap.links()).isEqualTo(2);
        assertThat(gap.countries()).containsExactly("GM", "SL");
        assertThat(gap.units()).contains("middle-trust", "old-trust", "old-hospital");
        assertThat(gap.reasons()).noneMatch(r -> r.code().equals("NO_PARTNER_LINK"));
    }

    @Test
    void inTheNetworkAsItIsNow_theSameLinksAreTheBoardsOwn() {
        NetworkSnapshot now = CurrentNetwork.of(chain());
        assertThat(now.organisation("old-trust")).isEmpty();
        assertThat(now.link("runs").orElseThrow().from()).isEqualTo("board");
        assertThat(now.link("middle-sl").orElseThrow().from()).isEqualTo("board");
        assertThat(gapOf(now, "board").countries()).containsExactly("GM", "SL");
    }

    @Test
    void aLinkToAnUnnamedPlaceholderPartner_countsAsAPartnerLink_withoutACountry() {
        var unnamed = new Organisation("unnamed", "African partner (not named in source)", OrganisationType.OTHER, null,
                null, null, null, null, null, Confidence.B, List.of(SOURCE), null, true);
        NetworkSnapshot network = new NetworkSnapshot(List.of(), List.of(
                org("board", OrganisationType.HEALTH_BOARD, "GB-WLS", null), unnamed,
                org("other-board", OrganisationType.HEALTH_BOARD, "GB-WLS", null),
                org("kenya-hospital", OrganisationType.HOSPITAL, "KE", null)), List.of(
                link("stated", "board", "unnamed", LinkKind.HEALTH_LINK),
                link("other-kenya", "other-board", "kenya-hospital", LinkKind.HEALTH_LINK)));
        HealthBoardGap gap = gapOf(network, "board");
        assertThat(gap.links()).isEqualTo(1);
        assertThat(gap.countries()).isEmpty();
        assertThat(gap.reasons()).noneMatch(r -> r.code().equals("NO_PARTNER_LINK"));
    }

    private static HealthBoardGap gapOf(NetworkSnapshot network, String id) {
        return NetworkAnalytics.of(network).gaps().healthBoards().stream().filter(g -> g.id().equals(id))
                .findFirst().orElseThrow();
    }
}
