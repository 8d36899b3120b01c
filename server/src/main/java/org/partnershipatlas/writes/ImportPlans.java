package org.partnershipatlas.writes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.partnershipatlas.model.Country;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.validation.NetworkChange;
import org.partnershipatlas.model.validation.ParsedNetwork;
import org.partnershipatlas.model.validation.SnapshotValidator;
import org.partnershipatlas.model.validation.ThemePolicy;
import org.partnershipatlas.store.EntityChange;
import org.partnershipatlas.store.ImportMode;

/**
 * Plans for whole files: a merge (upsert by id, nothing deleted), a replace (the file becomes the whole network; also
 * what a restore writes) and the seed. Countries the file lists are entities like the rest: one listed exactly as
 * stored is no change; one added or changed is recorded with its before and after (and needs an admin when it
 * alters reference data, {@link WriteDoor#authorise}).
 */
final class ImportPlans {
    private ImportPlans() {
    }

    /** Upserts what the file holds; only what differs from the stored network is written and recorded. */
    static Plan merge(ParsedNetwork parsed, NetworkSnapshot current, ThemePolicy themes) {
        NetworkChange valid = keepingAssessments(parsed, SnapshotValidator.validate(parsed,
                Entities.organisationIds(current), Entities.countryCodes(current), themes), current);
        var entities = new ArrayList<EntityChange>(Entities.countryChanges(valid.countries(), current));
        Set<String> changedCodes = ids(entities);
        List<Country> countries = valid.countries().stream().filter(c -> changedCodes.contains(c.code())).toList();
        var organisations = new ArrayList<Organisation>();
        for (Organisation o : valid.organisations()) {
            Organisation before = current.organisation(o.id()).orElse(null);
            if (!o.equals(before)) {
                organisations.add(o);
                entities.add(Entities.change(before, o));
            }
        }
        var links = new ArrayList<Link>();
        for (Link l : valid.links()) {
            Link before = current.link(l.id()).orElse(null);
            if (!l.equals(before)) {
                links.add(l);
                entities.add(Entities.change(before, l));
            }
        }
        return Plan.merge(new NetworkChange(countries, organisations, links), entities);
    }

    /** The file becomes the whole network: everything it holds that differs, and everything stored it lacks, is recorded. */
    static Plan replace(ParsedNetwork parsed, NetworkSnapshot current, ThemePolicy themes) {
        NetworkChange valid = keepingAssessments(parsed, SnapshotValidator.validate(parsed, Set.of(), Set.of(), themes),
                current);
        NetworkSnapshot next = new NetworkSnapshot(valid.countries(), valid.organisations(), valid.links());
        var entities = new ArrayList<EntityChange>(Entities.countryChanges(valid.countries(), current));
        for (Organisation o : next.organisations()) {
            Organisation before = current.organisation(o.id()).orElse(null);
            if (!o.equals(before)) {
                entities.add(Entities.change(before, o));
            }
        }
        for (Organisation o : current.organisations()) {
            if (next.organisation(o.id()).isEmpty()) {
                entities.add(Entities.change(o, null));
            }
        }
        for (Link l : next.links()) {
            Link before = current.link(l.id()).orElse(null);
            if (!l.equals(before)) {
                entities.add(Entities.change(before, l));
            }
        }
        for (Link l : current.links()) {
            if (next.link(l.id()).isEmpty()) {
                entities.add(Entities.change(l, null));
            }
        }
        return new Plan(ImportMode.REPLACE, valid, List.of(), List.of(), Map.of(), entities);
    }

    /** The seed into an empty store: every country, organisation and link added. */
    static Plan seed(NetworkSnapshot seed, NetworkSnapshot current) {
        var entities = new ArrayList<EntityChange>(Entities.countryChanges(seed.countries(), current));
        seed.organisations().forEach(o -> entities.add(Entities.change(null, o)));
        seed.links().forEach(l -> entities.add(Entities.change(null, l)));
        return Plan.merge(NetworkChange.of(seed), entities);
    }

    /**
     * A file that said nothing about assessments (spreadsheets without {@code assessments.csv}) leaves each stored
     * link's assessments as they are; an empty {@code assessments.csv} with its header clears them.
     */
    private static NetworkChange keepingAssessments(ParsedNetwork parsed, NetworkChange valid, NetworkSnapshot current) {
        if (!parsed.assessmentsOmitted()) {
            return valid;
        }
        List<Link> links = valid.links().stream().map(l -> current.link(l.id())
                .filter(stored -> !stored.assessments().isEmpty())
                .map(stored -> l.withAssessments(stored.assessments())).orElse(l)).toList();
        return new NetworkChange(valid.countries(), valid.organisations(), links);
    }

    static Set<String> ids(List<EntityChange> entities) {
        var ids = new HashSet<String>();
        entities.forEach(e -> ids.add(e.id()));
        return ids;
    }
}
