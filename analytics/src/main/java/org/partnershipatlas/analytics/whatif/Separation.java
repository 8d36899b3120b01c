package org.partnershipatlas.analytics.whatif;

import java.util.List;

import org.partnershipatlas.analytics.findings.Finding;

/**
 * A part of the network cut off by a removal from the rest of what was its component.
 *
 * @param size          organisations in the part
 * @param organisations their ids (at most {@value WhatIfAnalysis#LIST_LIMIT})
 * @param byCountry     the part by country ({@code BY_COUNTRY}: "3 in Lesotho")
 * @param cutOffFrom    a named organisation of the largest remaining part it was connected to (id)
 * @param explanation   who is cut off from whom ({@code PART_CUT_OFF})
 */
public record Separation(int size, List<String> organisations, Finding byCountry, String cutOffFrom,
                         Finding explanation) {
    public Separation {
        organisations = List.copyOf(organisations);
    }
}
