package org.partnershipatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * An organisation in the network: a Health Board, a hospital, an NGO, a ministry, …
 *
 * @param id             stable identifier ({@link Ids#ID})
 * @param name           display name, shown verbatim (never interpreted as HTML or Cypher)
 * @param type           kind of body
 * @param country        ISO code ({@code GB-WLS} for Wales), or {@code null} where no source states one
 * @param city           or {@code null}
 * @param founded        year, or {@code null}
 * @param website        an http(s) address ({@link WebAddress}), or {@code null}
 * @param description    or {@code null}
 * @param seekingPartner {@code true}/{@code false} where stated, {@code null} where not
 * @param confidence     how firmly the sources support it
 * @param sources        citations; at least one unless {@link Confidence#ILLUSTRATIVE}
 */
public record Organisation(
        String id,
        String name,
        OrganisationType type,
        String country,
        String city,
        Integer founded,
        String website,
        String description,
        Boolean seekingPartner,
        Confidence confidence,
        List<Source> sources) {

    public Organisation {
        Ids.requireId(id, "organisation");
        Ids.requireName(name);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(confidence, "confidence");
        country = Ids.blankToNull(country);
        if (country != null && !Countries.isWellFormedCode(country)) {
            throw new IllegalArgumentException("not an ISO 3166 country code: " + country);
        }
        city = Ids.blankToNull(city);
        website = Ids.blankToNull(website);
        if (website != null) {
            website = WebAddress.require(website, "organisation " + id + " website");
        }
        description = Ids.blankToNull(description);
        Ids.requireYear(founded, "founded");
        sources = List.copyOf(sources == null ? List.of() : sources);
        if (confidence.requiresSource() && sources.isEmpty()) {
            throw new IllegalArgumentException("organisation " + id + " of confidence " + confidence + " needs a source");
        }
    }

    public boolean isHealthBoard() {
        return type == OrganisationType.HEALTH_BOARD;
    }

    /** Whether this organisation is in Wales (country {@code GB-WLS}). */
    public boolean isWelsh() {
        return Countries.WALES.equals(country);
    }

    /** Whether the name or an attribute was only inferred from the sources (grade B). */
    public boolean isInferred() {
        return confidence == Confidence.B;
    }
}
