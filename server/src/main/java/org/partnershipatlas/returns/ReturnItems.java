package org.partnershipatlas.returns;

import java.util.function.Function;
import org.partnershipatlas.model.validation.ValidationError;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.media.Schema;

import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.model.Assessment;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Ids;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.LinkStatus;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.Source;
import org.partnershipatlas.model.validation.Errors;
import org.partnershipatlas.model.validation.ParsedNetwork;
import org.partnershipatlas.model.validation.ValidationException;

/**
 * A partnership return read and checked like an import — every error at its field ({@code correct[0].since},
 * {@code add[0].partner.country}, {@code contact.role}) — and turned into the items a reviewer accepts one by one:
 * {@code confirm:<link>}, {@code correct:<i>}, {@code end:<i>}, {@code add:<i>}, {@code assessment:<i>}. Every fact
 * it adds or changes cites the return as its source, with confidence A (first-hand). A return may touch only its
 * own organisation's links.
 *
 * <p>The body is the API's contract: {@code {"confirm": [link ids], "correct": [{"link", …fields}], "end": [{"link",
 * "until"}], "add": [{"partner": id or {"name", "type", "country", "city", "website"}, "kind", "since", "themes",
 * "activities", "learning", "status"}], "assessments": [{"link": id or "add[i]", …}], "contact": {"name", "role",
 * "email"}}}.
 */
public final class ReturnItems {
    public static final ObjectMapper JSON = new ObjectMapper();
    static final int MAX_ITEMS = 200;
    private static final Set<String> TOP = Set.of("confirm", "correct", "end", "add", "assessments", "contact");

    /** One item of a return: what it would write. */
    record Item(String id, String summary, List<Organisation> organisations, List<Link> links, String assessmentFor,
                Assessment assessment) {
    }

    /** A checked return: its items, the contact, and the source every accepted fact cites. */
    record Checked(List<Item> items, Contact contact, Source source) {
        Map<String, Item> byId() {
            var map = new LinkedHashMap<String, Item>();
            items.forEach(i -> map.put(i.id(), i));
            return map;
        }
    }

    public record Contact(String name, @Schema(nullable = true) String role, @Schema(nullable = true) String email) {
    }

    private ReturnItems() {
    }

    /**
     * Checks a return of {@code organisation} against the network as it is now.
     *
     * @param citation what accepted facts cite ({@code "<round title>, <organisation name>, submitted <date> by <role>"})
     * @throws ValidationException with every error, located
     */
    static Checked check(JsonNode body, Organisation organisation, NetworkSnapshot network, String roundId,
                         Function<Contact, String> citation) {
        Errors errors = new Errors();
        if (body == null || !body.isObject()) {
            throw new ValidationException(new ValidationError("return", null, null,
                    "expected a JSON object with confirm, correct, end, add, assessments and contact"));
        }
        body.fieldNames().forEachRemaining(f -> {
            if (!TOP.contains(f)) {
                errors.add(f, f, null, "unknown field \"" + f + "\" (allowed: " + String.join(", ", TOP) + ")");
            }
        });
        Contact contact = contact(body.path("contact"), errors);
        String cite = citation.apply(contact);
        Source source;
        try {
            source = new Source(cite, null);
        } catch (IllegalArgumentException e) {
            source = new Source("partnership return", null);
        }
        String org = organisation.id();
        var items = new ArrayList<Item>();
        var ownLinks = new HashSet<String>();
        network.linksOf(org).forEach(l -> ownLinks.add(l.id()));
        network.inheritedLinks(org).forEach(l -> ownLinks.add(l.id()));
        List<String> predecessors = network.predecessorsOf(org);

        for (int i = 0; i < size(body, "confirm", errors); i++) {
            String id = body.get("confirm").get(i).asText(null);
            String at = "confirm[" + i + "]";
            Link link = ownLink(id, at, "link", org, ownLinks, network, errors);
            if (link != null) {
                items.add(new Item("confirm:" + id, "confirm " + label(link, network, null), List.of(), List.of(cited(link, source)), null, null));
            }
        }
        for (int i = 0; i < size(body, "correct", errors); i++) {
            JsonNode item = body.get("correct").get(i);
            String at = "correct[" + i + "]";
            Link link = ownLink(item.path("link").asText(null), at + ".link", "link", org, ownLinks, network, errors);
            if (link == null) {
                continue;
            }
            ObjectNode json = (ObjectNode) JsonSnapshotFormat.toJsonNode(link);
            item.fields().forEachRemaining(f -> {
                if (!f.getKey().equals("link")) {
                    json.set(f.getKey(), f.getValue());
                }
            });
            json.put("confidence", Confidence.A.name());
            Link corrected = parseLink(json, at, source, errors);
            if (corrected != null && !corrected.touches(org) && predecessors.stream().noneMatch(corrected::touches)) {
                errors.add(at + ".from", "from", corrected.from(), "a return may only keep links of " + organisation.name());
            } else if (corrected != null) {
                items.add(new Item("correct:" + i, "correct " + label(link, network, null), List.of(), List.of(corrected), null, null));
            }
        }
        for (int i = 0; i < size(body, "end", errors); i++) {
            JsonNode item = body.get("end").get(i);
            String at = "end[" + i + "]";
            Link link = ownLink(item.path("link").asText(null), at + ".link", "link", org, ownLinks, network, errors);
            if (link == null) {
                continue;
            }
            ObjectNode json = (ObjectNode) JsonSnapshotFormat.toJsonNode(link);
            json.set("until", item.get("until"));
            json.put("status", LinkStatus.ENDED.name());
            json.put("confidence", Confidence.A.name());
            if (!item.hasNonNull("until")) {
                errors.add(at + ".until", "until", null, "the year the link ended is needed");
                continue;
            }
            Link ended = parseLink(json, at, source, errors);
            if (ended != null) {
                items.add(new Item("end:" + i, "end " + label(link, network, null) + " in " + ended.until(), List.of(), List.of(ended), null, null));
            }
        }
        var addedLinkIds = new ArrayList<String>();
        var takenIds = new HashSet<String>();
        network.organisations().forEach(o -> takenIds.add(o.id()));
        network.links().forEach(l -> takenIds.add(l.id()));
        for (int i = 0; i < size(body, "add", errors); i++) {
            JsonNode item = body.get("add").get(i);
            String at = "add[" + i + "]";
            JsonNode partner = item.path("partner");
            Organisation newPartner = null;
            String partnerId;
            if (partner.isTextual()) {
                partnerId = partner.asText();
                if (network.organisation(partnerId).isEmpty()) {
                    errors.add(at + ".partner", "partner", partnerId, "unknown organisation \"" + partnerId + "\"");
                    addedLinkIds.add(null);
                    continue;
                }
            } else if (partner.isObject()) {
                ObjectNode p = ((ObjectNode) partner).deepCopy();
                partnerId = freeId(slug(p.path("name").asText("partner")), takenIds);
                p.put("id", partnerId);
                p.put("confidence", Confidence.A.name());
                p.set("sources", sources(source));
                ParsedNetwork parsed = JsonSnapshotFormat.parseEntity(p, JsonSnapshotFormat.Entity.ORGANISATION, at + ".partner");
                parsed.errors().list().forEach(errors::add);
                if (parsed.organisations().isEmpty()) {
                    addedLinkIds.add(null);
                    continue;
                }
                newPartner = parsed.organisations().get(0).value();
                String country = newPartner.country();
                if (country != null && network.country(country).isEmpty()) {
                    errors.add(at + ".partner.country", "country", country, "unknown country \"" + country + "\"");
                    addedLinkIds.add(null);
                    continue;
                }
            } else {
                errors.add(at + ".partner", "partner", null, "the partner: an organisation id, or {name, type, country, city, website}");
                addedLinkIds.add(null);
                continue;
            }
            ObjectNode json = item.deepCopy();
            json.remove("partner");
            String linkId = freeId(slug(org + "-" + partnerId), takenIds);
            json.put("id", linkId);
            json.put("from", org);
            json.put("to", partnerId);
            if (!json.has("kind")) {
                json.put("kind", "HEALTH_LINK");
            }
            json.put("confidence", Confidence.A.name());
            Link added = parseLinkWithPartner(json, at, source, newPartner, network, errors);
            addedLinkIds.add(added == null ? null : linkId);
            if (added != null) {
                items.add(new Item("add:" + i, "add " + label(added, network, newPartner)
                        + (newPartner == null ? "" : " (a new organisation)"), newPartner == null ? List.of() : List.of(newPartner),
                        List.of(added), null, null));
            }
        }
        for (int i = 0; i < size(body, "assessments", errors); i++) {
            JsonNode item = body.get("assessments").get(i);
            String at = "assessments[" + i + "]";
            String target = item.path("link").asText(null);
            String linkId = null;
            if (target != null && target.matches("add\\[\\d+]")) {
                int index = Integer.parseInt(target.substring(4, target.length() - 1));
                linkId = index < addedLinkIds.size() ? addedLinkIds.get(index) : null;
                if (linkId == null) {
                    errors.add(at + ".link", "link", target, "no valid added link " + target);
                }
            } else {
                Link own = ownLink(target, at + ".link", "link", org, ownLinks, network, errors);
                linkId = own == null ? null : own.id();
            }
            ObjectNode json = item.deepCopy();
            json.remove("link");
            json.set("sources", sources(source));
            try {
                Assessment a = JsonSnapshotFormat.assessment(json, at);
                if (linkId != null) {
                    items.add(new Item("assessment:" + i, "self-assessment of " + (target != null && target.startsWith("add[")
                            ? "the new link " + target : network.link(linkId).map(l -> label(l, network, null)).orElse(linkId)), List.of(), List.of(), linkId, a));
                }
            } catch (ValidationException e) {
                e.errors().forEach(errors::add);
            }
        }
        errors.throwIfAny();
        return new Checked(items, contact, source);
    }

    /** "Betsi Cadwaladr UHB – Wrexham Maelor partner": a link by its ends' names. */
    private static String label(Link link, NetworkSnapshot network, Organisation newPartner) {
        Function<String, String> name = id -> newPartner != null && newPartner.id().equals(id)
                ? newPartner.name() : network.organisation(id).map(Organisation::name).orElse(id);
        return name.apply(link.from()) + " – " + name.apply(link.to());
    }

    private static int size(JsonNode body, String field, Errors errors) {
        JsonNode array = body.get(field);
        if (array == null || array.isNull()) {
            return 0;
        }
        if (!array.isArray()) {
            errors.add(field, field, null, "expected a list");
            return 0;
        }
        if (array.size() > MAX_ITEMS) {
            errors.add(field, field, array.size() + " items", "at most " + MAX_ITEMS + " items");
            return 0;
        }
        return array.size();
    }

    private static Contact contact(JsonNode c, Errors errors) {
        String name = c.path("name").asText("").strip();
        String role = c.path("role").asText("").strip();
        String email = c.path("email").asText("").strip();
        if (name.isEmpty() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
            errors.add("contact.name", "name", name, "the name of the person making the return (1-200 characters)");
        }
        if (role.isEmpty() || role.length() > 200 || role.chars().anyMatch(Character::isISOControl)) {
            errors.add("contact.role", "role", role, "their role (1-200 characters), e.g. international lead");
        }
        if (!email.isEmpty() && (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            errors.add("contact.email", "email", email, "not an email address");
        }
        return new Contact(name, role, email.isEmpty() ? null : email);
    }

    private static Link ownLink(String id, String at, String field, String org, Set<String> own, NetworkSnapshot network,
                                Errors errors) {
        if (id == null || !Ids.isValidId(id)) {
            errors.add(at, field, id, "a link id is needed");
            return null;
        }
        if (!own.contains(id)) {
            errors.add(at, field, id, network.link(id).isPresent()
                    ? "link \"" + id + "\" is not one of this organisation's links" : "unknown link \"" + id + "\"");
            return null;
        }
        return network.link(id).orElse(null);
    }

    private static Link cited(Link link, Source source) {
        var sources = new ArrayList<>(link.sources());
        if (!sources.contains(source)) {
            sources.add(source);
        }
        return link.withSources(Confidence.A, sources);
    }

    private static Link parseLink(ObjectNode json, String at, Source source, Errors errors) {
        ArrayNode sources = json.has("sources") && json.get("sources").isArray() ? (ArrayNode) json.get("sources")
                : json.putArray("sources");
        boolean has = false;
        for (JsonNode s : sources) {
            has |= source.citation().equals(s.path("citation").asText());
        }
        if (!has) {
            sources.add(JSON.createObjectNode().put("citation", source.citation()));
        }
        ParsedNetwork parsed = JsonSnapshotFormat.parseEntity(json, JsonSnapshotFormat.Entity.LINK, at);
        parsed.errors().list().forEach(errors::add);
        return parsed.links().isEmpty() ? null : parsed.links().get(0).value();
    }

    private static Link parseLinkWithPartner(ObjectNode json, String at, Source source, Organisation newPartner,
                                             NetworkSnapshot network, Errors errors) {
        json.set("sources", sources(source));
        ParsedNetwork parsed = JsonSnapshotFormat.parseEntity(json, JsonSnapshotFormat.Entity.LINK, at);
        parsed.errors().list().forEach(errors::add);
        return parsed.links().isEmpty() ? null : parsed.links().get(0).value();
    }

    private static ArrayNode sources(Source source) {
        ArrayNode a = JSON.createArrayNode();
        a.addObject().put("citation", source.citation());
        return a;
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (s.isEmpty()) {
            s = "item";
        }
        return s.length() > 60 ? s.substring(0, 60).replaceAll("-+$", "") : s;
    }

    /** {@code base}, or {@code base-2}, {@code base-3}… whichever is not taken (and takes it). */
    static String freeId(String base, Set<String> taken) {
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        taken.add(id);
        return id;
    }
}
