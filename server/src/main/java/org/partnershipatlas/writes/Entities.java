package org.partnershipatlas.writes;

import java.util.Map;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.model.Countries;
import org.partnershipatlas.model.Country;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.store.EntityChange;
import org.partnershipatlas.store.EntityType;

/** How planners describe what they touch: entity changes as the history records them, and names as people read them. */
final class Entities {
    private Entities() {
    }

    static EntityChange change(Organisation before, Organisation after) {
        String id = before != null ? before.id() : after.id();
        return new EntityChange(EntityType.ORGANISATION, id,
                before == null ? null : JsonSnapshotFormat.toJsonNode(before),
                after == null ? null : JsonSnapshotFormat.toJsonNode(after));
    }

    static EntityChange change(Link before, Link after) {
        String id = before != null ? before.id() : after.id();
        return new EntityChange(EntityType.LINK, id,
                before == null ? null : JsonSnapshotFormat.toJsonNode(before),
                after == null ? null : JsonSnapshotFormat.toJsonNode(after));
    }

    static EntityChange change(Country before, Country after) {
        String code = before != null ? before.code() : after.code();
        return new EntityChange(EntityType.COUNTRY, code,
                before == null ? null : JsonSnapshotFormat.toJsonNode(before),
                after == null ? null : JsonSnapshotFormat.toJsonNode(after));
    }

    /**
     * The countries a write lists that differ from the stored ones: each added (not stored yet) or changed (name or
     * region) one. A country listed exactly as stored is no change.
     */
    static List<EntityChange> countryChanges(List<Country> listed, NetworkSnapshot current) {
        var changes = new ArrayList<EntityChange>();
        for (Country c : listed) {
            Country before = current.country(c.code()).orElse(null);
            if (!c.equals(before)) {
                changes.add(change(before, c));
            }
        }
        return changes;
    }

    /**
     * Whether a country change alters reference data: any change to a stored country, and any country added that is
     * not exactly the built-in reference entry (an unknown code, another name or region). Adding a reference country
     * as it is only declares what an organisation in it would add anyway.
     */
    static boolean altersReferenceData(EntityChange country) {
        if (country.before() != null || country.after() == null) {
            return true;
        }
        Country added = JsonSnapshotFormat.country(country.after());
        return !Countries.known(added.code()).map(added::equals).orElse(false);
    }

    /** "Dolen Cymru — Lesotho Ministry of Health": a link as a person reads it. */
    static String linkName(NetworkSnapshot network, Link link) {
        return network.organisation(link.from()).map(Organisation::name).orElse(link.from()) + " — "
                + network.organisation(link.to()).map(Organisation::name).orElse(link.to());
    }

    /** The fields a one-entity edit changed, comma separated, as words ("name, website, seeking a partner"). */
    static String changedFields(Plan plan) {
        return plan.entities().stream().filter(e -> e.before() != null && e.after() != null)
                .flatMap(e -> ImportPreview.fields(e.before(), e.after()).keySet().stream())
                .map(f -> FIELD_WORDS.getOrDefault(f, f)).distinct().collect(Collectors.joining(", "));
    }

    /** The JSON fields whose names are not words a person would write (the history is read by people). */
    private static final Map<String, String> FIELD_WORDS = Map.of("seekingPartner",
            "seeking a partner", "lastEvidence", "latest evidence", "founded", "year founded", "dissolved",
            "year dissolved", "placeholder", "unnamed partner", "assessments", "self-assessments");

    static Set<String> organisationIds(NetworkSnapshot s) {
        var ids = new HashSet<String>(s.organisations().size() * 2);
        s.organisations().forEach(o -> ids.add(o.id()));
        return ids;
    }

    static Set<String> countryCodes(NetworkSnapshot s) {
        var codes = new HashSet<String>();
        s.countries().forEach(c -> codes.add(c.code()));
        return codes;
    }
}
