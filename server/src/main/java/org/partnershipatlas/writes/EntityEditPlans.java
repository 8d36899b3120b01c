package org.partnershipatlas.writes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.validation.Errors;
import org.partnershipatlas.model.validation.NetworkChange;
import org.partnershipatlas.model.validation.ParsedNetwork;
import org.partnershipatlas.model.validation.SnapshotValidator;
import org.partnershipatlas.model.validation.ThemePolicy;
import org.partnershipatlas.model.validation.ValidationError;
import org.partnershipatlas.model.validation.ValidationException;
import org.partnershipatlas.store.EntityChange;
import org.partnershipatlas.store.EntityKey;
import org.partnershipatlas.store.ImportMode;

/**
 * Plans for one organisation or link made, edited or deleted in a form or through the API. The body is validated with
 * the import's own rules against the network as it is (its field errors reported together); an edit names the
 * revision it was made against.
 */
final class EntityEditPlans {
    private EntityEditPlans() {
    }

    static Plan createOrganisation(ParsedNetwork body, NetworkSnapshot current, ThemePolicy themes) {
        Errors errors = body.errors();
        body.organisations().forEach(o -> {
            if (current.organisation(o.value().id()).isPresent()) {
                errors.add(o.source().location("id"), "id", o.value().id(),
                        "an organisation with id \"" + o.value().id() + "\" already exists");
            }
        });
        NetworkChange valid = validateOne(body, current, location(body, "organisation"), themes);
        return Plan.merge(valid, List.of(Entities.change(null, valid.organisations().get(0))));
    }

    static Plan updateOrganisation(String id, ParsedNetwork body, Long ifRevision, NetworkSnapshot current,
                                   ThemePolicy themes) {
        Organisation before = current.organisation(id).orElseThrow(() -> new NotFoundException("organisation", id));
        requireSameId(body.organisations().stream().map(o -> o.value().id()).toList(), id, body, "organisation");
        NetworkChange valid = validateOne(body, current, location(body, "organisation"), themes);
        Organisation after = valid.organisations().get(0);
        Map<EntityKey, Long> expected = ifRevision == null ? Map.of() : Map.of(EntityKey.organisation(id), ifRevision);
        boolean same = after.equals(before);
        return new Plan(ImportMode.MERGE, same ? Plan.empty() : valid, List.of(), List.of(), expected,
                same ? List.of() : List.of(Entities.change(before, after)));
    }

    /**
     * Deletes an organisation; one with links only with {@code withLinks} (they go too, each recorded), otherwise
     * {@link ConflictException} {@code has-links}: nothing is deleted silently.
     */
    static Plan deleteOrganisation(String id, boolean withLinks, Long ifRevision, NetworkSnapshot current) {
        Organisation before = current.organisation(id).orElseThrow(() -> new NotFoundException("organisation", id));
        List<Link> links = current.linksOf(id);
        if (!links.isEmpty() && !withLinks) {
            throw new ConflictException("has-links", "organisation \"" + id + "\" has " + links.size()
                    + (links.size() == 1 ? " link" : " links") + "; delete them too, or cancel",
                    Map.of("links", links.stream().map(Link::id).toList()));
        }
        var entities = new ArrayList<EntityChange>();
        entities.add(Entities.change(before, null));
        links.forEach(l -> entities.add(Entities.change(l, null)));
        Map<EntityKey, Long> expected = ifRevision == null ? Map.of() : Map.of(EntityKey.organisation(id), ifRevision);
        return new Plan(ImportMode.MERGE, Plan.empty(), List.of(id), links.stream().map(Link::id).toList(), expected,
                entities);
    }

    static Plan createLink(ParsedNetwork body, NetworkSnapshot current, ThemePolicy themes) {
        Errors errors = body.errors();
        body.links().forEach(l -> {
            if (current.link(l.value().id()).isPresent()) {
                errors.add(l.source().location("id"), "id", l.value().id(),
                        "a link with id \"" + l.value().id() + "\" already exists");
            }
        });
        NetworkChange valid = validateOne(body, current, location(body, "link"), themes);
        return Plan.merge(valid, List.of(Entities.change(null, valid.links().get(0))));
    }

    static Plan updateLink(String id, ParsedNetwork body, Long ifRevision, NetworkSnapshot current,
                           ThemePolicy themes) {
        Link before = current.link(id).orElseThrow(() -> new NotFoundException("link", id));
        requireSameId(body.links().stream().map(l -> l.value().id()).toList(), id, body, "link");
        NetworkChange valid = validateOne(body, current, location(body, "link"), themes);
        Link after = valid.links().get(0);
        Map<EntityKey, Long> expected = ifRevision == null ? Map.of() : Map.of(EntityKey.link(id), ifRevision);
        boolean same = after.equals(before);
        return new Plan(ImportMode.MERGE, same ? Plan.empty() : valid, List.of(), List.of(), expected,
                same ? List.of() : List.of(Entities.change(before, after)));
    }

    static Plan deleteLink(String id, Long ifRevision, NetworkSnapshot current) {
        Link before = current.link(id).orElseThrow(() -> new NotFoundException("link", id));
        Map<EntityKey, Long> expected = ifRevision == null ? Map.of() : Map.of(EntityKey.link(id), ifRevision);
        return new Plan(ImportMode.MERGE, Plan.empty(), List.of(), List.of(id), expected,
                List.of(Entities.change(before, null)));
    }

    private static void requireSameId(List<String> bodyIds, String pathId, ParsedNetwork body, String what) {
        if (!bodyIds.isEmpty() && !bodyIds.get(0).equals(pathId)) {
            body.errors().add(what + ".id", "id", bodyIds.get(0),
                    "the " + what + " in the body has id \"" + bodyIds.get(0) + "\", the address \"" + pathId
                            + "\" (ids cannot be changed)");
        }
    }

    /** Validates a one-entity body against the current network, reporting its field errors with the others. */
    private static NetworkChange validateOne(ParsedNetwork body, NetworkSnapshot current, String location,
                                             ThemePolicy themes) {
        if (body.organisations().isEmpty() && body.links().isEmpty()) {
            body.errors().throwIfAny();
            throw new ValidationException(new ValidationError(location, null, null, "nothing to write"));
        }
        return SnapshotValidator.validate(body, Entities.organisationIds(current), Entities.countryCodes(current), themes);
    }

    private static String location(ParsedNetwork body, String fallback) {
        if (!body.organisations().isEmpty()) {
            return body.organisations().get(0).source().location();
        }
        if (!body.links().isEmpty()) {
            return body.links().get(0).source().location();
        }
        return fallback;
    }
}
