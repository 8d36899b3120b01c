package org.partnershipatlas.analytics.timeslice;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.LinkKind;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;

/**
 * The filters of the strategist's picture, applied to a snapshot before analysis (analytics always runs on what it
 * is given): as of a year (links with {@code since ≤ Y} or unknown, not ended before Y — {@link Link#isActiveIn}),
 * link kinds, themes (a link passes if one of its themes contains one of the texts, ignoring case), and countries
 * (organisations outside them are dropped with their links). An empty set or {@code null} year means no filter.
 *
 * @param year      as of this year, or {@code null}
 * @param kinds     link kinds kept
 * @param themes    theme texts, any of which a kept link must carry
 * @param countries organisation countries kept (ISO codes)
 */
public record SnapshotFilter(Integer year, Set<LinkKind> kinds, Set<String> themes, Set<String> countries) {
    public static final SnapshotFilter NONE = new SnapshotFilter(null, Set.of(), Set.of(), Set.of());

    public SnapshotFilter {
        kinds = Set.copyOf(Objects.requireNonNullElse(kinds, Set.of()));
        themes = Set.copyOf(Objects.requireNonNullElse(themes, Set.of()));
        countries = Set.copyOf(Objects.requireNonNullElse(countries, Set.of()));
    }

    public static SnapshotFilter asOf(int year) {
        return new SnapshotFilter(year, Set.of(), Set.of(), Set.of());
    }

    public NetworkSnapshot apply(NetworkSnapshot snapshot) {
        NetworkSnapshot s = Objects.requireNonNull(snapshot, "snapshot");
        if (year != null) {
            s = s.asOf(year);
        }
        if (!kinds.isEmpty()) {
            s = s.withLinks(l -> kinds.contains(l.kind()));
        }
        if (!themes.isEmpty()) {
            var wanted = themes.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
            s = s.withLinks(l -> l.themes().stream().map(t -> t.toLowerCase(Locale.ROOT))
                    .anyMatch(t -> wanted.stream().anyMatch(t::contains)));
        }
        if (!countries.isEmpty()) {
            s = s.withOrganisations((Organisation o) -> o.country() != null && countries.contains(o.country()));
        }
        return s;
    }
}
