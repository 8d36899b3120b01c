package org.partnershipatlas.store;

import java.util.function.Supplier;
import org.partnershipatlas.model.validation.ValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.model.Activity;
import org.partnershipatlas.model.Assessment;
import org.partnershipatlas.model.Charter;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Country;
import org.partnershipatlas.model.Learning;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.LinkKind;
import org.partnershipatlas.model.LinkStatus;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.Region;
import org.partnershipatlas.model.Source;

/**
 * Mapping between the model's records and Neo4j values, in both directions, in one place: the rows that
 * {@link NetworkCypher}'s statements take and the records its queries return (aliases match the fields read here).
 *
 * <p>Empty and default values are left out of stored properties: keeping each record small is most of the cost of
 * committing a large import. Sources are two parallel string arrays ({@code sourceCitations}, {@code sourceUrls},
 * "" for no url) because Neo4j properties cannot hold maps. A link's assessments are one string property
 * ({@code assessments}), the JSON array the snapshot writes, read back through the same checks as an import; links
 * written before assessments existed carry the older charter as {@code charter*} properties, read as one undated
 * assessment. {@code placeholder} is stored only when true, {@code dissolved} only when known.
 */
final class NetworkRecords {
    private NetworkRecords() {
    }

    static Map<String, Object> countryRow(Country c) {
        return Map.of("code", c.code(), "name", c.name(), "region", c.region().name());
    }

    /** One organisation as a statement row: its stored properties plus its country code. */
    static Map<String, Object> organisationRow(Organisation o, long revision) {
        var row = organisationProperties(o, revision);
        row.put("country", o.country());
        return row;
    }

    /** The node's properties; absent values are {@code null}, which removes them on update. */
    static Map<String, Object> organisationProperties(Organisation o, long revision) {
        var props = new HashMap<String, Object>();
        props.put("id", o.id());
        props.put("name", o.name());
        props.put("type", o.type().name());
        props.put("city", o.city());
        props.put("founded", o.founded());
        props.put("dissolved", o.dissolved());
        props.put("website", o.website());
        props.put("description", o.description());
        props.put("seekingPartner", o.seekingPartner());
        props.put("placeholder", o.placeholder() ? true : null);
        props.put("confidence", o.confidence().name());
        props.put("rev", revision);
        putSources(props, o.sources());
        return props;
    }

    /** One link as a statement row: its stored properties plus the ids of its ends. */
    static Map<String, Object> linkRow(Link l, long revision) {
        var props = new HashMap<String, Object>();
        props.put("id", l.id());
        props.put("from", l.from());
        props.put("to", l.to());
        props.put("kind", l.kind().name());
        props.put("since", l.since());
        props.put("until", l.until());
        props.put("status", l.status().name());
        props.put("lastEvidence", l.lastEvidence());
        props.put("themes", l.themes().isEmpty() ? null : l.themes());
        props.put("activities", l.activities().isEmpty() ? null : l.activities().stream().map(Enum::name).toList());
        props.put("learning", l.learning().name());
        props.put("strength", l.strength());
        props.put("assessments", l.assessments().isEmpty() ? null : JsonSnapshotFormat.assessmentsJson(l.assessments()));
        props.put("confidence", l.confidence().name());
        props.put("rev", revision);
        putSources(props, l.sources());
        return props;
    }

    /** Urls only when some source has one (absent on read means none). */
    private static void putSources(Map<String, Object> props, List<Source> sources) {
        props.put("sourceCitations", sources.stream().map(Source::citation).toList());
        boolean anyUrl = sources.stream().anyMatch(s -> s.url() != null);
        props.put("sourceUrls", anyUrl ? sources.stream().map(s -> s.url() == null ? "" : s.url()).toList() : null);
    }

    static Country toCountry(Record r) {
        return new Country(r.get("code").asString(), r.get("name").asString(), Region.valueOf(r.get("region").asString()));
    }

    /** From {@code RETURN o {.*} AS o, c.code AS country}. */
    static Organisation toOrganisation(Record r) {
        Value o = r.get("o");
        return stored("organisation", o, () -> new Organisation(
                o.get("id").asString(),
                o.get("name").asString(),
                OrganisationType.valueOf(o.get("type").asString()),
                r.get("country").asString(null),
                o.get("city").asString(null),
                integer(o.get("founded")),
                o.get("website").asString(null),
                o.get("description").asString(null),
                o.get("seekingPartner").isNull() ? null : o.get("seekingPartner").asBoolean(),
                Confidence.valueOf(o.get("confidence").asString()),
                sources(o),
                integer(o.get("dissolved")),
                o.get("placeholder").asBoolean(false)));
    }

    /** From {@code RETURN r {.*} AS r, a.id AS from, b.id AS to}. */
    static Link toLink(Record r) {
        Value l = r.get("r");
        return stored("link", l, () -> new Link(
                l.get("id").asString(),
                r.get("from").asString(),
                r.get("to").asString(),
                LinkKind.valueOf(l.get("kind").asString()),
                integer(l.get("since")),
                integer(l.get("until")),
                LinkStatus.valueOf(l.get("status").asString()),
                integer(l.get("lastEvidence")),
                strings(l.get("themes")),
                strings(l.get("activities")).stream().map(Activity::valueOf).toList(),
                Learning.valueOf(l.get("learning").asString()),
                integer(l.get("strength")),
                Confidence.valueOf(l.get("confidence").asString()),
                sources(l),
                assessments(l)));
    }

    /**
     * A record built from stored properties. Data written before a rule was added (a name of only U+200B, a NUL in a
     * description, from before the text rules) no longer builds; the failure then names the entity, so that it can be
     * fixed in Neo4j or by a re-import, instead of an anonymous refusal of the whole read.
     */
    private static <T> T stored(String what, Value entity, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | ValidationException e) {
            throw new IllegalStateException("stored " + what + " \"" + entity.get("id").asString("?")
                    + "\" breaks a rule of the model (written before the rule existed?): " + e.getMessage(), e);
        }
    }

    /** The stored assessments, or a link's older charter (written before assessments existed) as an undated one. */
    private static List<Assessment> assessments(Value link) {
        if (!link.get("assessments").isNull()) {
            return JsonSnapshotFormat.assessments(link.get("assessments").asString());
        }
        if (link.get("hasCharter").asBoolean(false)) {
            var charter = new Charter(integer(link.get("charterOrganisationalResponsibilities")),
                    integer(link.get("charterReciprocalPartnership")), integer(link.get("charterGoodPractice")),
                    integer(link.get("charterSoundGovernance")));
            return charter.isEmpty() ? List.of() : List.of(Assessment.undated(charter));
        }
        return List.of();
    }

    /** The revision stored on an entity ({@code rev}): the network version of its last write; 0 if never recorded. */
    static long revision(Value entity) {
        return entity.get("rev").asLong(0);
    }

    static Integer integer(Value v) {
        return v.isNull() ? null : v.asInt();
    }

    static List<String> strings(Value v) {
        return v.isNull() ? List.of() : v.asList(Value::asString);
    }

    static Set<String> stringSet(Value v) {
        return new HashSet<>(strings(v));
    }

    private static List<Source> sources(Value entity) {
        List<String> citations = strings(entity.get("sourceCitations"));
        List<String> urls = strings(entity.get("sourceUrls"));
        var result = new ArrayList<Source>(citations.size());
        for (int i = 0; i < citations.size(); i++) {
            result.add(new Source(citations.get(i), i < urls.size() ? urls.get(i) : null));
        }
        return result;
    }
}
