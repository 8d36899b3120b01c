package org.partnershipatlas.analytics.gaps;

import java.util.List;

/**
 * Everything {@link GapAnalysis} finds: the Health Boards against their median, the partner countries (thin ones
 * flagged), the themes carried by one link, and the fragile links.
 */
public record GapReport(List<HealthBoardGap> healthBoards, PeerMedians medians, List<CountryCoverage> countries,
                        List<ThemeCoverage> singleLinkThemes, List<FragileLink> fragileLinks) {
    public GapReport {
        healthBoards = List.copyOf(healthBoards);
        countries = List.copyOf(countries);
        singleLinkThemes = List.copyOf(singleLinkThemes);
        fragileLinks = List.copyOf(fragileLinks);
    }

    /** The Boards flagged under-linked. */
    public List<HealthBoardGap> underLinked() {
        return healthBoards.stream().filter(HealthBoardGap::underLinked).toList();
    }

    /** Countries with zero or one link. */
    public List<CountryCoverage> thinCountries() {
        return countries.stream().filter(CountryCoverage::thin).toList();
    }
}
