package org.partnershipatlas.analytics.scope;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.partnershipatlas.model.Activity;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.LinkKind;
import org.partnershipatlas.model.LinkStatus;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.Region;

/**
 * Which part of the network is looked at: the one scope type of the analytics, the explorer's picture, the exports,
 * every analysis endpoint and the CLI. An empty set means "no filter on this attribute".
 *
 * <p>Organisation filters ({@code countries}, {@code regions}, {@code types}) keep the organisations that match
 * <em>and their partners</em>: "Lesotho" shows the Lesotho organisations, their links and the Welsh bodies at the
 * other end — what a strategist means by "the Lesotho network". Link filters ({@code kinds}, {@code themes},
 * {@code activities}, {@code statuses}, {@code year}) keep every organisation and drop the links that fail.
 * {@code confidences} applies to both; by default grades A, B and C are shown and illustrative data is hidden.
 *
 * @param year        as of this year (links with {@code since ≤ Y} or unknown, not ended before Y); {@code null}: all
 * @param countries   organisation countries (ISO codes), with their partners
 * @param regions     organisation regions, with their partners
 * @param types       organisation types, with their partners
 * @param kinds       link kinds
 * @param themes      theme texts; a link passes if one of its themes contains one of them, ignoring case
 * @param activities  activity types; a link passes if it has one of them
 * @param statuses    link statuses
 * @param confidences confidence grades shown (organisations and links)
 */
public record AnalysisScope(Integer year, Set<String> countries, Set<Region> regions, Set<OrganisationType> types,
                            Set<LinkKind> kinds, Set<String> themes, Set<Activity> activities,
                            Set<LinkStatus> statuses, Set<Confidence> confidences) {

    /** Grades shown unless asked otherwise: every sourced fact, no example data. */
    public static final Set<Confidence> SOURCED = Set.copyOf(EnumSet.of(Confidence.A, Confidence.B, Confidence.C));

    /** The whole network without illustrative data: what every view shows first. */
    public static final AnalysisScope DEFAULT = new AnalysisScope(null, Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of(), Set.of(), Set.of(), SOURCED);

    public AnalysisScope {
        countries = Set.copyOf(countries);
        regions = Set.copyOf(regions);
        types = Set.copyOf(types);
        kinds = Set.copyOf(kinds);
        themes = Set.copyOf(themes);
        activities = Set.copyOf(activities);
        statuses = Set.copyOf(statuses);
        confidences = confidences.isEmpty() ? SOURCED : Set.copyOf(confidences);
    }

    /** The scope of the analysis API: year, kinds, themes, countries and whether illustrative data is included. */
    public AnalysisScope(Integer year, Set<LinkKind> kinds, Set<String> themes, Set<String> countries,
                         boolean includeIllustrative) {
        this(year, countries, Set.of(), Set.of(), kinds, themes, Set.of(), Set.of(),
                includeIllustrative ? EnumSet.allOf(Confidence.class) : SOURCED);
    }

    public static AnalysisScope asOf(Integer year) {
        return DEFAULT.withYear(year);
    }

    public AnalysisScope withYear(Integer newYear) {
        return new AnalysisScope(newYear, countries, regions, types, kinds, themes, activities, statuses, confidences);
    }

    public boolean includeIllustrative() {
        return confidences.contains(Confidence.ILLUSTRATIVE);
    }

    /** The stored network narrowed to this scope. */
    public NetworkSnapshot apply(NetworkSnapshot stored) {
        NetworkSnapshot s = stored;
        if (!confidences.containsAll(EnumSet.allOf(Confidence.class))) {
            s = s.withOrganisations(o -> confidences.contains(o.confidence()))
                    .withLinks(l -> confidences.contains(l.confidence()));
        }
        if (year != null) {
            s = s.asOf(year);
        }
        if (!kinds.isEmpty() || !themes.isEmpty() || !activities.isEmpty() || !statuses.isEmpty()) {
            var wanted = themes.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
            s = s.withLinks(l -> (kinds.isEmpty() || kinds.contains(l.kind()))
                    && (statuses.isEmpty() || statuses.contains(l.status()))
                    && (activities.isEmpty() || l.activities().stream().anyMatch(activities::contains))
                    && (wanted.isEmpty() || l.themes().stream().map(t -> t.toLowerCase(Locale.ROOT))
                            .anyMatch(t -> wanted.stream().anyMatch(t::contains))));
        }
        if (!countries.isEmpty() || !regions.isEmpty() || !types.isEmpty()) {
            s = withPartners(s);
        }
        return s;
    }

    private boolean matches(NetworkSnapshot s, Organisation o) {
        return (countries.isEmpty() || (o.country() != null && countries.contains(o.country())))
                && (regions.isEmpty() || s.country(o.country()).map(c -> regions.contains(c.region())).orElse(false))
                && (types.isEmpty() || types.contains(o.type()));
    }

    /** The matching organisations, the links touching them and the organisations at the other end. */
    private NetworkSnapshot withPartners(NetworkSnapshot s) {
        Set<String> core = new HashSet<>();
        for (Organisation o : s.organisations()) {
            if (matches(s, o)) {
                core.add(o.id());
            }
        }
        NetworkSnapshot touching = s.withLinks((Link l) -> core.contains(l.from()) || core.contains(l.to()));
        Set<String> kept = new HashSet<>(core);
        touching.links().forEach(l -> {
            kept.add(l.from());
            kept.add(l.to());
        });
        return touching.withOrganisations(o -> kept.contains(o.id()));
    }
}
