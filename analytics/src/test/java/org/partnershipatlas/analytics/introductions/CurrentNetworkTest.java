package org.partnershipatlas.analytics.introductions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.partnershipatlas.analytics.NetworkAnalytics;
import org.partnershipatlas.analytics.TestNetworks;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Learning;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.LinkKind;
import org.partnershipatlas.model.LinkStatus;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.Source;

/** Introductions through the network as it is now, and routes ranked by how well founded they are. */
class CurrentNetworkTest {
    private static final Source SOURCE = new Source("test", null);

    private static Organisation org(String id) {
        return org(id, null, false);
    }

    private static Organisation org(String id, Integer dissolved, boolean placeholder) {
        return new Organisation(id, "Name " + id, OrganisationType.NGO, "KE", null, null, null, null, null, Confidence.A,
                List.of(SOURCE), dissolved, placeholder);
    }

    private static Link link(String id, String from, String to, LinkKind kind, LinkStatus status, Confidence confidence) {
        return new Link(id, from, to, kind, 2010, null, status, List.of(), List.of(), Learning.UNKNOWN, null, confidence,
                List.of(SOURCE), List.of());
    }

    private static Link link(String id, String from, String to) {
        return link(id, from, to, LinkKind.COLLABORATION, LinkStatus.ACTIVE, Confidence.A);
    }

    @Test
    void endedLinksGo_predecessorsAreReplacedByTheirLastSuccessor_andDissolvedBodiesWithoutOneGo() {
        var network = new NetworkSnapshot(List.of(), List.of(org("a"), org("b"), org("old"), org("middle"), org("new"),
                org("x"), org("gone", 2020, false)), List.of(
                link("ended", "a", "b", LinkKind.COLLABORATION, LinkStatus.ENDED, Confidence.A),
                link("a-old", "a", "old"),
                link("old-x", "old", "x"),
                link("s1", "old", "middle", LinkKind.SUCCESSION, LinkStatus.UNKNOWN, Confidence.A),
                link("s2", "middle", "new", LinkKind.SUCCESSION, LinkStatus.ACTIVE, Confidence.A),
                link("a-gone", "a", "gone")));
        NetworkSnapshot now = CurrentNetwork.of(network);
        assertThat(now.organisations()).extracting(Organisation::id).containsExactly("a", "b", "new", "x");
        assertThat(now.links()).extracting(Link::id).containsExactly("a-old", "old-x");
        assertThat(now.link("a-old").orElseThrow().to()).isEqualTo("new");
        assertThat(now.link("old-x").orElseThrow().from()).isEqualTo("new");
        assertThat(CurrentNetwork.replacements(network)).containsEntry("old", "new").containsEntry("middle", "new");
        assertThat(CurrentNetwork.differs(network)).isTrue();
        assertThat(CurrentNetwork.differs(now)).isFalse();
    }

    @Test
    void theSeed_now_hasNoWalesForAfricaHealthLinksNetwork_andNoEndedLink() {
        NetworkSnapshot seed = TestNetworks.seed();
        assertThat(seed.organisation("wales-for-africa-health-links-network")).isPresent();
        NetworkSnapshot now = CurrentNetwork.of(seed);
        assertThat(now.organisation("wales-for-africa-health-links-network")).isEmpty();
        assertThat(now.organisation("swansea-nhs-trust")).isEmpty();
        assertThat(now.links()).noneMatch(l -> l.status() == LinkStatus.ENDED || l.kind() == LinkKind.SUCCESSION);
        long movedToSuccessor = seed.linksOf("wales-for-africa-health-links-network").stream()
                .filter(l -> l.kind() != LinkKind.SUCCESSION && l.status() != LinkStatus.ENDED).count();
        assertThat(now.linksOf("global-health-partnerships-cymru").size())
                .isGreaterThanOrEqualTo((int) movedToSuccessor);
    }

    @Test
    void routesOfEqualLength_endAtNamedOrganisationsFirst_thenPreferBetterFoundedLinks() {
        // a reaches t1 and t2 (both in LS) in two steps; t2 is a placeholder. a reaches t3 via a grade-C link or via
        // a grade-A one.
        var t1 = org("t1");
        var t2 = org("t2", null, true);
        var network = new NetworkSnapshot(List.of(), List.of(org("a"), org("p"), org("q"), org("r"), org("s"),
                withCountry(t1, "LS"), withCountry(t2, "LS"), org("t3")), List.of(
                link("a-p", "a", "p"), link("p-t2", "p", "t2"), link("a-q", "a", "q"), link("q-t1", "q", "t1"),
                link("a-r", "a", "r", LinkKind.COLLABORATION, LinkStatus.ACTIVE, Confidence.C), link("r-t3", "r", "t3"),
                link("a-s", "a", "s"), link("s-t3", "s", "t3")));
        var analytics = NetworkAnalytics.of(network);
        var toCountry = analytics.routes("a", RouteTarget.country("LS"), 2);
        assertThat(toCountry).extracting(Route::target).containsExactly("t1", "t2");
        var toT3 = analytics.routes("a", RouteTarget.organisation("t3"), 2);
        assertThat(toT3).extracting(Route::introducer).containsExactly("s", "r");
        assertThat(toT3).extracting(Route::rank).containsExactly(1, 2);
    }

    private static Organisation withCountry(Organisation o, String country) {
        return new Organisation(o.id(), o.name(), o.type(), country, o.city(), o.founded(), o.website(), o.description(),
                o.seekingPartner(), o.confidence(), o.sources(), o.dissolved(), o.placeholder());
    }
}
