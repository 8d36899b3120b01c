package org.partnershipatlas.analytics.gaps;

import java.util.List;

/** A theme and the links that carry it (reported when one link or none carries it). */
public record ThemeCoverage(String theme, int links, List<String> linkIds) {
    public ThemeCoverage {
        linkIds = List.copyOf(linkIds);
    }
}
