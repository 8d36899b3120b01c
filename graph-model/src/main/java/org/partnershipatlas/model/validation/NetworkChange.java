package org.partnershipatlas.model.validation;

import java.util.List;

import org.partnershipatlas.model.Country;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;

/**
 * Validated records to upsert into a network: unlike a {@link NetworkSnapshot}, its links may refer to
 * organisations that are already stored rather than in the change itself.
 */
public record NetworkChange(List<Country> countries, List<Organisation> organisations, List<Link> links) {
    public NetworkChange {
        countries = List.copyOf(countries);
        organisations = List.copyOf(organisations);
        links = List.copyOf(links);
    }

    public static NetworkChange of(NetworkSnapshot snapshot) {
        return new NetworkChange(snapshot.countries(), snapshot.organisations(), snapshot.links());
    }
}
