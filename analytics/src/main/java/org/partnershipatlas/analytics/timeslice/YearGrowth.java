package org.partnershipatlas.analytics.timeslice;

/**
 * The network's growth in one year, by the {@code since} years of links.
 *
 * @param year                  the year
 * @param newLinks              links starting that year
 * @param newOrganisations      organisations whose first dated link starts that year
 * @param linksToDate           dated links started in or before that year
 * @param organisationsToDate   organisations with a dated link started in or before that year
 */
public record YearGrowth(int year, int newLinks, int newOrganisations, int linksToDate, int organisationsToDate) {
}
