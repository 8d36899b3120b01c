package org.partnershipatlas.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
                LinkStatus.ACTIVE, List.of("medical and nursing education", "mental health"), List.of(Activity.PROFESSIONAL_EXCHANGE),
                Learning.RECIPROCAL, 3, new Charter(2, 3, 2, null), Confidence.A, List.of(WEB));
        var membership = new Link("l-board-dolen", "betsi-cadwaladr-uhb", "dolen-cymru", LinkKind.MEMBERSHIP, 2006,
                2010, LinkStatus.ENDED, List.of(), List.of(), Learning.UNKNOWN, null, null, Confidence.B, List.of(PAPER));
        return new NetworkSnapshot(List.of(new Country("LS", "Lesotho", Region.SUB_SAHARAN_AFRICA)),
                List.of(dolen, moh, board), List.of(link, membership));
    }

    /** A dated assessment of the kind FORMAT.md shows, every field set (not from any real return). */
    public static Assessment assessment(LocalDate date) {
        return new Assessment(date, "International lead", new Charter(2, 3, 2, 2),
                Map.of(Factor.TRUST, 3, Factor.SHARED_GOALS, 1, Factor.CAPACITY_BUILDING, 2),
                Map.of(Challenge.LOGISTICS, ChallengeLevel.MAJOR, Challenge.SUSTAINABLE_FUNDING, ChallengeLevel.SOME,
                        Challenge.POWER_IMBALANCE, ChallengeLevel.NONE),
                Evaluation.PLANNED, "https://example.org/evaluation", true, "Staff learn to work with scarce resources.",
                "Training for midwives.\nA new ward.", List.of("Welsh Government Wales and Africa programme"), 2027, false,
                List.of(new Outcome("health workers trained", new BigDecimal("60"), 2024, "annual report")),
                List.of(new Source("Partnership return (example)", null)));
    }

    /**
     * {@link #small()} with quality, succession and placeholder facts: the older charter followed by two dated
     * assessments on the Dolen Cymru link, Dolen Cymru dissolved and the ministry a placeholder (test data only).
     */
    public static NetworkSnapshot withQuality() {
        NetworkSnapshot small = small();
        Link link = small.link("l-dolen-cymru-lesotho").orElseThrow();
        Link assessed = link.withAssessments(List.of(link.assessments().get(0), assessment(LocalDate.of(2024, 5, 1)),
                assessment(LocalDate.of(2025, 6, 30))));
        Organisation dolen = small.organisation("dolen-cymru").orElseThrow();
        Organisation dissolved = new Organisation(dolen.id(), dolen.name(), dolen.type(), dolen.country(), dolen.city(),
                dolen.founded(), dolen.website(), dolen.description(), dolen.seekingPartner(), dolen.confidence(),
                dolen.sources(), 2024, false);
        Organisation moh = small.organisation("lesotho-moh").orElseThrow();
        Organisation placeholder = new Organisation(moh.id(), "Ministry partner (not named in source)", moh.type(),
                moh.country(), null, null, null, null, null, moh.confidence(), moh.sources(), null, true);
        return small.mergedWith(List.of(), List.of(dissolved, placeholder), List.of(assessed));
    }
}
