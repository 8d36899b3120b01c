package org.partnershipatlas.store;

/**
 * What an import did.
 *
 * @param mode                  merge or replace
 * @param organisationsCreated  organisations new to the store
 * @param organisationsUpdated  organisations that replaced one with the same id
 * @param linksCreated          links new to the store
 * @param linksUpdated          links that replaced one with the same id
 * @param countries             countries declared by the file
 * @param totalOrganisations    organisations stored after the import
 * @param totalLinks            links stored after the import
 * @param version               the network version after the import
 */
public record ImportResult(
        ImportMode mode,
        int organisationsCreated,
        int organisationsUpdated,
        int linksCreated,
        int linksUpdated,
        int countries,
        long totalOrganisations,
        long totalLinks,
        long version) {
}
