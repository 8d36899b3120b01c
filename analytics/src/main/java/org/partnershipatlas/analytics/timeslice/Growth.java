package org.partnershipatlas.analytics.timeslice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;

/**
 * Growth by year: links and organisations per {@code since} year of the links (an organisation counts from its
 * first dated link). Links without {@code since} are counted in {@link #undatedLinks()}; years are listed from the
 * first to the last dated link, empty years included.
 *
 * <p>Complexity: O(m log m).
 */
public final class Growth {
    private final List<YearGrowth> years;
    private final int undatedLinks;

    public Growth(NetworkSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        var newLinks = new TreeMap<Integer, Integer>();
        Map<String, Integer> firstYear = new HashMap<>();
        int undated = 0;
        for (Link l : snapshot.links()) {
            if (l.since() == null) {
                undated++;
                continue;
            }
            newLinks.merge(l.since(), 1, Integer::sum);
            firstYear.merge(l.from(), l.since(), Math::min);
            firstYear.merge(l.to(), l.since(), Math::min);
        }
        var newOrganisations = new TreeMap<Integer, Integer>();
        firstYear.values().forEach(y -> newOrganisations.merge(y, 1, Integer::sum));
        var result = new ArrayList<YearGrowth>();
        if (!newLinks.isEmpty()) {
            int links = 0;
            int organisations = 0;
            for (int y = newLinks.firstKey(); y <= newLinks.lastKey(); y++) {
                int l = newLinks.getOrDefault(y, 0);
                int o = newOrganisations.getOrDefault(y, 0);
                links += l;
                organisations += o;
                result.add(new YearGrowth(y, l, o, links, organisations));
            }
        }
        this.years = List.copyOf(result);
        this.undatedLinks = undated;
    }

    public List<YearGrowth> years() {
        return years;
    }

    public int undatedLinks() {
        return undatedLinks;
    }
}
