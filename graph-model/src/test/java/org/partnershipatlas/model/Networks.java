package org.partnershipatlas.model;

import java.util.List;

/** Small hand-made networks for tests. */
public final class Networks {
    private Networks() {
    }

    public static final Source PAPER = new Source(
            "Strengthening Health with Equitable International Partnerships (PHW 2025), Part 1", null);
    public static final Source WEB = new Source("Example news item", "https://example.org/news/1");

    public static Organisation organisation(String id, OrganisationType type, String country) {
        return new Organisation(id, "Name of " + id, type, country, null, null, null, null, null, Confidence.A,
                List.of(PAPER));
    }

    public static Link link(String id, String from, String to) {
        return new Link(id, from, to, LinkKind.HEALTH_LINK, null, null, LinkStatus.UNKNOWN, List.of(), List.of(),
                Learning.UNKNOWN, null, null, Confidence.A, List.of(WEB));
    }

    /** Dolen Cymru and the Lesotho Ministry of Health, fully populated, plus a Health Board. */
    public static NetworkSnapshot small() {
        var dolen = new Organisation("dolen-cymru", "Dolen Cymru", OrganisationType.NGO, "GB-WLS", "Cardiff", 1985,
                "https://www.dolencymru.org", "Wales–Lesotho link since 1985", false, Confidence.A, List.of(PAPER, WEB));
        var moh = organisation("lesotho-moh", OrganisationType.GOVERNMENT, "LS");
        var board = organisation("betsi-cadwaladr-uhb", OrganisationType.HEALTH_BOARD, "GB-WLS");
        var link = new Link("l-dolen-cymru-lesotho", "dolen-cymru", "lesotho-moh", LinkKind.HEALTH_LINK, 1985, null,
                LinkStatus.ACTIVE, List.of("medical education", "mental health"), List.of(Activity.PROFESSIONAL_EXCHANGE),
                Learning.RECIPROCAL, 3, new Charter(2, 3, 2, null), Confidence.A, List.of(WEB));
        var membership = new Link("l-board-dolen", "betsi-cadwaladr-uhb", "dolen-cymru", LinkKind.MEMBERSHIP, 2006,
                2010, LinkStatus.ENDED, List.of(), List.of(), Learning.UNKNOWN, null, null, Confidence.B, List.of(PAPER));
        return new NetworkSnapshot(List.of(new Country("LS", "Lesotho", Region.SUB_SAHARAN_AFRICA)),
                List.of(dolen, moh, board), List.of(link, membership));
    }
}
