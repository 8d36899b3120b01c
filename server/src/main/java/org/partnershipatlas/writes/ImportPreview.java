package org.partnershipatlas.writes;

import java.util.Collections;
import java.util.Objects;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.partnershipatlas.store.EntityChange;
import org.partnershipatlas.store.EntityType;

/**
 * What a write would do to the network, entity by entity and field by field — the preview of an import before it
 * is committed (and of a restore), in the API's contract:
 * {@code {"added": {"organisations": [ids], "links": [ids]}, "changed": {"organisations": [{"id", "fields": {"name":
 * {"from", "to"}}}], "links": [...]}, "removed": {...}, "baseVersion": N}}.
 *
 * @param added       ids of entities that would be created
 * @param changed     entities that would change, with each changed field's old and new value
 * @param removed     ids of entities that would be deleted
 * @param baseVersion the network version the preview was computed against; committing is refused if it moved
 */
public record ImportPreview(Ids added, Changes changed, Ids removed, long baseVersion) {

    /** Organisation and link ids, and country codes. */
    public record Ids(List<String> organisations, List<String> links, List<String> countries) {
        public Ids {
            organisations = List.copyOf(organisations);
            links = List.copyOf(links);
            countries = List.copyOf(countries);
        }

        public Ids(List<String> organisations, List<String> links) {
            this(organisations, links, List.of());
        }

        public int size() {
            return organisations.size() + links.size() + countries.size();
        }
    }

    /** Changed organisations, links and countries. */
    public record Changes(List<Changed> organisations, List<Changed> links, List<Changed> countries) {
        public Changes {
            organisations = List.copyOf(organisations);
            links = List.copyOf(links);
            countries = List.copyOf(countries);
        }

        public Changes(List<Changed> organisations, List<Changed> links) {
            this(organisations, links, List.of());
        }

        public int size() {
            return organisations.size() + links.size() + countries.size();
        }
    }

    /** One changed entity: each field that differs, with its value before and after. */
    public record Changed(String id, Map<String, FieldChange> fields) {
        public Changed {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    /** A field's value before and after (JSON values as in the snapshot; {@code null} where absent). */
    public record FieldChange(JsonNode from, JsonNode to) {
    }

    public static ImportPreview of(List<EntityChange> entities, long baseVersion) {
        var added = new EnumMap<EntityType, List<String>>(EntityType.class);
        var removed = new EnumMap<EntityType, List<String>>(EntityType.class);
        var changed = new EnumMap<EntityType, List<Changed>>(EntityType.class);
        for (EntityType type : EntityType.values()) {
            added.put(type, new ArrayList<>());
            removed.put(type, new ArrayList<>());
            changed.put(type, new ArrayList<>());
        }
        for (EntityChange e : entities) {
            if (e.before() == null) {
                added.get(e.type()).add(e.id());
            } else if (e.after() == null) {
                removed.get(e.type()).add(e.id());
            } else {
                Map<String, FieldChange> fields = fields(e.before(), e.after());
                if (!fields.isEmpty()) {
                    changed.get(e.type()).add(new Changed(e.id(), fields));
                }
            }
        }
        return new ImportPreview(ids(added), new Changes(changed.get(EntityType.ORGANISATION),
                changed.get(EntityType.LINK), changed.get(EntityType.COUNTRY)), ids(removed), baseVersion);
    }

    private static Ids ids(Map<EntityType, List<String>> byType) {
        return new Ids(byType.get(EntityType.ORGANISATION), byType.get(EntityType.LINK), byType.get(EntityType.COUNTRY));
    }

    /** The fields that differ between two states of an entity, in the order the snapshot writes them. */
    public static Map<String, FieldChange> fields(JsonNode before, JsonNode after) {
        Set<String> names = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(names::add);
        for (Iterator<String> it = after.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        var result = new LinkedHashMap<String, FieldChange>();
        for (String name : names) {
            JsonNode from = nullIfAbsent(before.get(name));
            JsonNode to = nullIfAbsent(after.get(name));
            if (!Objects.equals(from, to)) {
                result.put(name, new FieldChange(from, to));
            }
        }
        return result;
    }

    private static JsonNode nullIfAbsent(JsonNode node) {
        return node == null || node.isNull() || (node.isArray() && node.isEmpty()) ? null : node;
    }

    public boolean changesNothing() {
        return added.size() == 0 && changed.size() == 0 && removed.size() == 0;
    }

    /** One line: "3 organisations added, 1 link changed, 2 links removed" (English; the history's summary). */
    public String summary() {
        var parts = new ArrayList<String>();
        count(parts, added.organisations().size(), "organisation", "added");
        count(parts, changed.organisations().size(), "organisation", "changed");
        count(parts, removed.organisations().size(), "organisation", "removed");
        count(parts, added.links().size(), "link", "added");
        count(parts, changed.links().size(), "link", "changed");
        count(parts, removed.links().size(), "link", "removed");
        count(parts, added.countries().size(), "country", "added");
        count(parts, changed.countries().size(), "country", "changed");
        return parts.isEmpty() ? "no change" : String.join(", ", parts);
    }

    private static void count(List<String> parts, int n, String what, String how) {
        if (n > 0) {
            parts.add(n + " " + (n == 1 ? what : what.equals("country") ? "countries" : what + "s") + " " + how);
        }
    }
}
