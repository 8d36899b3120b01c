package org.partnershipatlas.analytics.quality;

import java.util.Arrays;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.partnershipatlas.analytics.findings.Finding;
import org.partnershipatlas.analytics.gaps.GapAnalysis;
import org.partnershipatlas.model.Assessment;
import org.partnershipatlas.model.Challenge;
import org.partnershipatlas.model.ChallengeLevel;
import org.partnershipatlas.model.CharterFoundation;
import org.partnershipatlas.model.Evaluation;
import org.partnershipatlas.model.Factor;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.LinkStatus;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;

/**
 * The paper's quality framework rolled up: per Health Board, per NHS Trust (current bodies only: a predecessor's
 * links count for its successor; their partner links by
 * {@link GapAnalysis#partnerLinks}) and per partner country (links with an end in it), the mean of each Charter
 * foundation and success factor over the links assessed (a factor left out is not assessed, never 0), challenge
 * counts, the weakest factors and a finding; and the links at risk.
 *
 * <p>Only each link's latest assessment counts. Means are plain arithmetic means of 0–3 scores, rounded to one
 * decimal for display only. Linear in the links of the snapshot.
 */
public final class QualityAnalysis {
    /** A factor mean below this is "weak". */
    public static final double WEAK_BELOW = 2.0;
    /** How many weakest factors a finding names. */
    public static final int WEAKEST_SHOWN = 2;

    private QualityAnalysis() {
    }

    public static List<GroupQuality> rollUp(NetworkSnapshot snapshot, GroupBy groupBy) {
        Objects.requireNonNull(snapshot, "snapshot");
        var result = new ArrayList<GroupQuality>();
        switch (groupBy) {
            case HEALTH_BOARDS, TRUSTS -> {
                OrganisationType type = groupBy == GroupBy.HEALTH_BOARDS ? OrganisationType.HEALTH_BOARD
                        : OrganisationType.NHS_TRUST;
                snapshot.organisations().stream().filter(o -> o.type() == type && isCurrent(snapshot, o))
                        .sorted(Comparator.comparing(Organisation::name))
                        .forEach(o -> result.add(group(o.id(), o.name(), GapAnalysis.partnerLinks(snapshot, o))));
            }
            case COUNTRIES -> {
                var byCountry = new LinkedHashMap<String, List<Link>>();
                for (Link l : snapshot.links()) {
                    for (String end : List.of(l.from(), l.to())) {
                        String code = snapshot.organisation(end).map(Organisation::country).orElse(null);
                        if (code != null && !code.startsWith("GB")) {
                            var list = byCountry.computeIfAbsent(code, k -> new ArrayList<>());
                            if (!list.contains(l)) {
                                list.add(l);
                            }
                        }
                    }
                }
                byCountry.entrySet().stream()
                        .sorted(Comparator.comparing(e -> snapshot.country(e.getKey()).map(c -> c.name()).orElse(e.getKey())))
                        .forEach(e -> result.add(group(e.getKey(),
                                snapshot.country(e.getKey()).map(c -> c.name()).orElse(e.getKey()), e.getValue())));
            }
        }
        return List.copyOf(result);
    }

    /**
     * Whether a body still exists in its own right: not dissolved, and not merged into a successor (a SUCCESSION
     * link from it) — a predecessor's links are its successor's (e.g. Swansea NHS Trust's, Swansea Bay UHB's).
     */
    public static boolean isCurrent(NetworkSnapshot snapshot, Organisation o) {
        return snapshot.isCurrent(o);
    }

    static GroupQuality group(String id, String name, List<Link> links) {
        var assessed = links.stream().map(Link::latestAssessment).flatMap(Optional::stream).toList();
        Map<CharterFoundation, Double> charter = new EnumMap<>(CharterFoundation.class);
        for (CharterFoundation f : CharterFoundation.values()) {
            charter.put(f, mean(assessed.stream().map(a -> a.charter() == null ? null : a.charter().score(f)).toList()));
        }
        Map<Factor, Double> factors = new EnumMap<>(Factor.class);
        for (Factor f : Factor.values()) {
            factors.put(f, mean(assessed.stream().map(a -> a.factors().get(f)).toList()));
        }
        Map<Challenge, Map<ChallengeLevel, Integer>> challenges = new EnumMap<>(Challenge.class);
        for (Challenge c : Challenge.values()) {
            Map<ChallengeLevel, Integer> counts = new EnumMap<>(ChallengeLevel.class);
            for (ChallengeLevel level : ChallengeLevel.values()) {
                counts.put(level, (int) assessed.stream().filter(a -> a.challenges().get(c) == level).count());
            }
            challenges.put(c, counts);
        }
        List<Factor> weakest = factors.entrySet().stream().filter(e -> e.getValue() != null && e.getValue() < WEAK_BELOW)
                .sorted(Map.Entry.<Factor, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(WEAKEST_SHOWN).map(Map.Entry::getKey).toList();
        LocalDate last = assessed.stream().map(Assessment::date).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(null);
        Finding finding;
        if (links.isEmpty()) {
            finding = Finding.of("NO_LINKS");
        } else if (assessed.isEmpty()) {
            finding = Finding.of("NONE_ASSESSED", "links", links.size());
        } else {
            finding = weakest.isEmpty() ? Finding.of("ASSESSED", "assessed", assessed.size(), "links", links.size())
                    : Finding.of("ASSESSED", "assessed", assessed.size(), "links", links.size(),
                    "weakest", weakest.get(0), "mean", round(factors.get(weakest.get(0))));
        }
        return new GroupQuality(id, name, links.size(), assessed.size(), charter, factors, challenges, weakest, last,
                finding);
    }

    /** The mean of the given scores ignoring absent ones, or {@code null} if there are none. */
    static Double mean(List<Integer> scores) {
        var present = scores.stream().filter(Objects::nonNull).mapToInt(Integer::intValue).toArray();
        return present.length == 0 ? null : Arrays.stream(present).average().orElse(0);
    }

    static double round(Double value) {
        return value == null ? 0 : Math.round(value * 10) / 10.0;
    }

    /**
     * Links that are not ended whose latest assessment shows a risk, each with its reasons, the most reasons first.
     *
     * @param today the day "within 12 months" counts from
     */
    public static List<LinkAtRisk> atRisk(NetworkSnapshot snapshot, LocalDate today) {
        var result = new ArrayList<LinkAtRisk>();
        for (Link l : snapshot.links()) {
            if (l.status() == LinkStatus.ENDED || l.latestAssessment().isEmpty()) {
                continue;
            }
            List<Finding> reasons = reasons(l.latestAssessment().get(), today);
            if (!reasons.isEmpty()) {
                result.add(new LinkAtRisk(l.id(), l.from(), name(snapshot, l.from()), l.to(), name(snapshot, l.to()), reasons));
            }
        }
        result.sort(Comparator.comparingInt((LinkAtRisk r) -> -r.reasons().size()).thenComparing(LinkAtRisk::fromName)
                .thenComparing(LinkAtRisk::toName));
        return List.copyOf(result);
    }

    static List<Finding> reasons(Assessment a, LocalDate today) {
        var reasons = new ArrayList<Finding>();
        if (a.fundedUntil() != null) {
            if (a.fundedUntil() < today.getYear()) {
                reasons.add(Finding.of("FUNDING_ENDED", "year", a.fundedUntil()));
            } else if (!LocalDate.of(a.fundedUntil(), 12, 31).isAfter(today.plusMonths(12))) {
                reasons.add(Finding.of("FUNDING_ENDS", "year", a.fundedUntil()));
            }
        }
        if (Boolean.FALSE.equals(a.exitStrategy())) {
            reasons.add(Finding.of("NO_EXIT_STRATEGY"));
        }
        if (a.funders().size() == 1) {
            reasons.add(Finding.of("SINGLE_FUNDER", "funder", a.funders().get(0)));
        }
        if (a.evaluation() == Evaluation.NONE) {
            reasons.add(Finding.of("NO_EVALUATION"));
        }
        for (var e : a.challenges().entrySet()) {
            if (e.getValue() == ChallengeLevel.MAJOR) {
                reasons.add(Finding.of("MAJOR_CHALLENGE", "challenge", e.getKey()));
            }
        }
        return reasons;
    }

    private static String name(NetworkSnapshot snapshot, String id) {
        return snapshot.organisation(id).map(Organisation::name).orElse(id);
    }

    /** Every code the quality findings use (for the test that each has English and Welsh). */
    public static final List<String> CODES = List.of("NO_LINKS", "NONE_ASSESSED", "ASSESSED", "FUNDING_ENDS",
            "FUNDING_ENDED", "NO_EXIT_STRATEGY", "SINGLE_FUNDER", "NO_EVALUATION", "MAJOR_CHALLENGE");

}
