package org.partnershipatlas.analytics.gaps;

import java.util.List;

/**
 * How many links reach one partner country.
 *
 * @param code          ISO code
 * @param name          English name
 * @param links         links with one end in the country and the other outside it
 * @param organisations organisations of the network in the country
 * @param mentionedBy   organisations whose description names the country (how a country with no organisation is
 *                      found, e.g. Nigeria in United Purpose's grant)
 * @param thin          zero or one link
 */
public record CountryCoverage(String code, String name, int links, int organisations, List<String> mentionedBy,
                              boolean thin) {
    public CountryCoverage {
        mentionedBy = List.copyOf(mentionedBy);
    }

    public String explain() {
        if (organisations == 0) {
            return name + ": named in the data (by " + String.join(", ", mentionedBy)
                    + ") but no partner organisation is known";
        }
        return name + ": " + (links == 1 ? "1 link" : links + " links") + " to " + organisations
                + (organisations == 1 ? " organisation" : " organisations") + (thin ? " — a thin connection" : "");
    }
}
