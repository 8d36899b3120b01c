package org.partnershipatlas.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A body's predecessors, followed back through the whole succession chain, and the links it carries forward. */
class InheritedLinksTest {
    private static Link link(String id, String from, String to, LinkKind kind, LinkStatus status) {
        return new Link(id, from, to, kind, null, null, status, List.of(), List.of(), Learning.UNKNOWN, null,
                Confidence.A, List.of(Networks.WEB), List.of());
    }

    @Test
    void predecessorsAndInheritedLinks_followTheWholeChain_butNotAProposedSuccession() {
        var network = new NetworkSnapshot(List.of(), List.of(
                Networks.organisation("board", OrganisationType.HEALTH_BOARD, "GB-WLS"),
                Networks.organisation("middle", OrganisationType.NHS_TRUST, "GB-WLS"),
                Networks.organisation("oldest", OrganisationType.NHS_TRUST, "GB-WLS"),
                Networks.organisation("planned", OrganisationType.NHS_TRUST, "GB-WLS"),
                Networks.organisation("partner", OrganisationType.HOSPITAL, "GM"),
                Networks.organisation("other", OrganisationType.HOSPITAL, "SL")), List.of(
                link("s1", "oldest", "middle", LinkKind.SUCCESSION, LinkStatus.UNKNOWN),
                link("s2", "middle", "board", LinkKind.SUCCESSION, LinkStatus.UNKNOWN),
                link("s3", "planned", "board", LinkKind.SUCCESSION, LinkStatus.PROPOSED),
                link("oldest-partner", "oldest", "partner", LinkKind.HEALTH_LINK, LinkStatus.UNKNOWN),
                link("middle-other", "middle", "other", LinkKind.COLLABORATION, LinkStatus.ENDED),
                link("planned-other", "planned", "other", LinkKind.COLLABORATION, LinkStatus.UNKNOWN)));
        assertThat(network.predecessorsOf("board")).containsExactly("middle", "oldest");
        assertThat(network.inheritedLinks("board")).extracting(Link::id).containsExactly("middle-other", "oldest-partner");
        assertThat(network.predecessorsOf("oldest")).isEmpty();
        assertThat(network.inheritedLinks("partner")).isEmpty();
    }
}
