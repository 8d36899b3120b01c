package org.partnershipatlas.analysis;

import java.util.Set;

import org.partnershipatlas.analytics.timeslice.SnapshotFilter;
import org.partnershipatlas.model.LinkKind;
import org.partnershipatlas.model.NetworkSnapshot;

/**
 * Which part of the network an analysis looks at.
 *
 * @param year                as of this year ({@code null}: every link)
 * @param kinds               link kinds kept (empty: all)
 * @param themes              themes, any of which a kept link must carry (empty: all)
 * @param countries           organisation countries kept (empty: all)
 * @param includeIllustrative whether example data marked ILLUSTRATIVE is included (default no)
 */
public record AnalysisScope(Integer year, Set<LinkKind> kinds, Set<String> themes, Set<String> countries,
                            boolean includeIllustrative) {

    /** The whole network without illustrative data: what every view shows first. */
    public static final AnalysisScope DEFAULT = new AnalysisScope(null, Set.of(), Set.of(), Set.of(), false);

    public AnalysisScope {
        kinds = Set.copyOf(kinds);
        themes = Set.copyOf(themes);
        countries = Set.copyOf(countries);
    }

    public static AnalysisScope asOf(Integer year) {
        return new AnalysisScope(year, Set.of(), Set.of(), Set.of(), false);
    }

    /** The stored network narrowed to this scope. */
    public NetworkSnapshot apply(NetworkSnapshot stored) {
        NetworkSnapshot base = includeIllustrative ? stored : stored.withoutIllustrative();
        return new SnapshotFilter(year, kinds, themes, countries).apply(base);
    }
}
