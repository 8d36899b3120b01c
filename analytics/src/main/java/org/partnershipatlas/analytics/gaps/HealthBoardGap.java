package org.partnershipatlas.analytics.gaps;

import java.util.List;

import org.partnershipatlas.analytics.findings.Finding;
import org.partnershipatlas.model.Activity;

/**
 * One Health Board's reach abroad against its peers (see {@link GapAnalysis} for the attribution rule).
 *
 * @param id              Board id
 * @param name            Board name
 * @param units           the Board and the Welsh units attributed to it (hospitals, predecessors, link bodies)
 * @param links           partner links (direct plus through a broker)
 * @param directLinks     partner links starting at one of its units
 * @param countries       distinct partner countries (ISO codes), sorted
 * @param themes          distinct themes of its partner links, sorted
 * @param activities      distinct activities of its partner links
 * @param reciprocalShare share of its partner links whose learning is RECIPROCAL (0 without links)
 * @param topBroker       the broker most of its links pass through (id), or {@code null}
 * @param dependence      share of its partner links passing through {@code topBroker} (0 without links)
 * @param inferred        whether any attribution on the way is inferred (confidence B)
 * @param inferredLinks   the inferred link ids
 * @param underLinked     no partner link, or fewer than half the median Board's links or countries ({@link UnderLinked})
 * @param reasons         findings as codes: comparisons with the median, missing activities, dependence,
 *                        inferred attribution
 */
public record HealthBoardGap(
        String id,
        String name,
        List<String> units,
        int links,
        int directLinks,
        List<String> countries,
        List<String> themes,
        List<Activity> activities,
        double reciprocalShare,
        String topBroker,
        double dependence,
        boolean inferred,
        List<String> inferredLinks,
        boolean underLinked,
        List<Finding> reasons) {

    public HealthBoardGap {
        units = List.copyOf(units);
        countries = List.copyOf(countries);
        themes = List.copyOf(themes);
        activities = List.copyOf(activities);
        inferredLinks = List.copyOf(inferredLinks);
        reasons = List.copyOf(reasons);
    }

    /** "Hywel Dda University Health Board: under-linked — no known partner link; …", in English for logs. */
    public String explain() {
        return name + (underLinked ? ": under-linked — " : ": ")
                + (reasons.isEmpty() ? "not under-linked"
                : String.join("; ", reasons.stream().map(Finding::english).toList()));
    }
}
