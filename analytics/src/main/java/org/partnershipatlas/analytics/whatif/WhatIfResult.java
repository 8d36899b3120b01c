package org.partnershipatlas.analytics.whatif;

import java.util.List;

import org.partnershipatlas.analytics.findings.Finding;

/**
 * What removing organisations and links does.
 *
 * @param removedOrganisations ids removed
 * @param removedLinks         link ids removed
 * @param componentsBefore     connected components before
 * @param componentsAfter      after
 * @param separations          parts cut off from the rest of their component, largest first
 * @param lostRoutes           Health Boards losing their only route to a country
 * @param biggestChanges       the largest absolute moves of degree, betweennessNormalized, closeness and pageRank
 *                             ({@value WhatIfAnalysis#CHANGES_PER_METRIC} per measure)
 * @param explanation          the removal in one sentence ({@code REMOVAL_EFFECT}), naming what was removed
 */
public record WhatIfResult(List<String> removedOrganisations, List<String> removedLinks, int componentsBefore,
                           int componentsAfter, List<Separation> separations, List<LostRoute> lostRoutes,
                           List<MetricChange> biggestChanges, Finding explanation) {
    public WhatIfResult {
        removedOrganisations = List.copyOf(removedOrganisations);
        removedLinks = List.copyOf(removedLinks);
        separations = List.copyOf(separations);
        lostRoutes = List.copyOf(lostRoutes);
        biggestChanges = List.copyOf(biggestChanges);
    }
}
