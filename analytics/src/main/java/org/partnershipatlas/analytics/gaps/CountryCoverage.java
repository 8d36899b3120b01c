package org.partnershipatlas.analytics.gaps;

import java.util.List;

import org.partnershipatlas.analytics.findings.Finding;

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
 * @param explanation   the country's coverage ({@code COUNTRY_LINKS}, or {@code COUNTRY_NAMED_ONLY} naming who
 *                      mentions it)
 */
public record CountryCoverage(String code, String name, int links, int organisations, List<String> mentionedBy,
                              boolean thin, Finding explanation) {
    public CountryCoverage {
        mentionedBy = List.copyOf(mentionedBy);
    }
}
