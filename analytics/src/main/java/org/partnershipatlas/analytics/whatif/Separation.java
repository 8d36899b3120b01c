package org.partnershipatlas.analytics.whatif;

import java.util.List;

/**
 * A part of the network cut off by a removal from the rest of what was its component.
 *
 * @param size          organisations in the part
 * @param organisations their ids (at most {@value WhatIfAnalysis#LIST_LIMIT})
 * @param byCountry     the part by country, e.g. "3 in Lesotho"
 * @param cutOffFrom    a named organisation of the largest remaining part it was connected to
 * @param explanation   in plain words
 */
public record Separation(int size, List<String> organisations, String byCountry, String cutOffFrom,
                         String explanation) {
    public Separation {
        organisations = List.copyOf(organisations);
    }
}
