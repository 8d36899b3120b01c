package org.partnershipatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * An organisation in the network: a Health Board, a hospital, an NGO, a ministry, …
 *
 * @param id             stable identifier ({@link Ids#ID})
 * @param name           display name, shown verbatim (never interpreted as HTML or Cypher): one visible line of at
 *                       most {@value Limits#MAX_NAME_LENGTH} characters ({@link Text})
 * @param type           kind of body
 * @param country        ISO code ({@code GB-WLS} for Wales), or {@code null} where no source states one
 * @param city           one line of at most {@value Limits#MAX_LINE_LENGTH} characters, or {@code null}
 * @param founded        year, or {@code null}
 * @param website        an http(s) address ({@link WebAddress}), or {@code null}
 * @param description    long text of at most {@value Limits#MAX_TEXT_LENGTH} characters, or {@code null}
 * @param seekingPartner {@code true}/{@code false} where stated, {@code null} where not
 * @param confidence     how firmly the sources support it
 * @param sources        citations (at most {@value Limits#MAX_SOURCES}); at least one unless
 *                       {@link Confidence#ILLUSTRATIVE}
 * @param dissolved      the year the body ceased or merged, or {@code null}; not before {@code founded}. Where it
 *                       merged, a {@link LinkKind#SUCCESSION} link names its successor. A dissolved body is history,
 *                       not a current introducer.
 * @param placeholder    {@code true} for an organisation no source names ("… (not named in source)"): shown as such and
 *                       never offered as the end of an introduction when a named organisation is reachable
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
        List<Source> sources,
        Integer dissolved,
        boolean placeholder) {

    public Organisation {
        Ids.requireId(id, "organisation");
        Ids.requireName(name);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(confidence, "confidence");
        country = Ids.blankToNull(country);
        if (country != null && !Countries.isWellFormedCode(country)) {
            throw new IllegalArgumentException("not an ISO 3166 country code: " + country);
        }
        city = Text.require(Ids.blankToNull(city), Text.Kind.LINE, Limits.MAX_LINE_LENGTH, "city");
        website = Ids.blankToNull(website);
        if (website != null) {
            website = WebAddress.require(website, "organisation " + id + " website");
        }
        description = Text.require(Ids.blankToNull(description), Text.Kind.LONG, Limits.MAX_TEXT_LENGTH, "description");
        Ids.requireYear(founded, "founded");
        Ids.requireYear(dissolved, "dissolved");
        if (founded != null && dissolved != null && dissolved < founded) {
            throw new IllegalArgumentException("organisation " + id + " is dissolved (" + dissolved
                    + ") before it was founded (" + founded + ")");
        }
        sources = List.copyOf(sources == null ? List.of() : sources);
        if (sources.size() > Limits.MAX_SOURCES) {
            throw new IllegalArgumentException("organisation " + id + " has more than " + Limits.MAX_SOURCES + " sources");
        }
        if (confidence.requiresSource() && sources.isEmpty()) {
            throw new IllegalArgumentException("organisation " + id + " of confidence " + confidence + " needs a source");
        }
    }

    /** An organisation neither dissolved nor a placeholder (the signature before those two fields existed). */
    public Organisation(String id, String name, OrganisationType type, String country, String city, Integer founded,
                        String website, String description, Boolean seekingPartner, Confidence confidence,
                        List<Source> sources) {
        this(id, name, type, country, city, founded, website, description, seekingPartner, confidence, sources, null,
                false);
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

    /** Whether the body had ceased or merged by {@code year}. */
    public boolean isDissolvedBy(int year) {
        return dissolved != null && dissolved <= year;
    }
}
