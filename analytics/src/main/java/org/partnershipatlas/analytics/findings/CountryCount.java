package org.partnershipatlas.analytics.findings;

/**
 * How many of a group of organisations are in one country, as an argument of a {@link Finding} (a list of them
 * renders "3 in Lesotho, 1 in Kenya").
 *
 * @param code  ISO code, or {@code null} for organisations with no country
 * @param name  the country's name, or {@code null} with no country
 * @param count how many
 */
public record CountryCount(String code, String name, int count) {
}
