package org.partnershipatlas.writes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.partnershipatlas.model.Assessment;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.validation.NetworkChange;
import org.partnershipatlas.model.validation.ValidationError;
import org.partnershipatlas.model.validation.ValidationException;
import org.partnershipatlas.store.EntityChange;

/**
 * Plans for what people contribute beside editing: a dated quality self-assessment of a link, and what a reviewer
 * accepted from a partnership return or a registration.
 */
final class ContributionPlans {
    private ContributionPlans() {
    }

    /** The assessment goes among the link's others by date (oldest first; the latest is its current quality). */
    static Plan assessment(String linkId, Assessment assessment, NetworkSnapshot current) {
        Link before = current.link(linkId).orElseThrow(() -> new NotFoundException("link", linkId));
        var assessments = new ArrayList<>(before.assessments());
        int at = assessments.size();
        while (at > 0 && !assessments.get(at - 1).isUndated()
                && assessments.get(at - 1).date().isAfter(assessment.date())) {
            at--;
        }
        assessments.add(at, assessment);
        Link after;
        try {
            after = before.withAssessments(assessments);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(new ValidationError("assessment", null, null, e.getMessage()));
        }
        return Plan.merge(new NetworkChange(List.of(), List.of(), List.of(after)),
                List.of(Entities.change(before, after)));
    }

    /**
     * Organisations and links a reviewer accepted (already checked field by field) and assessments to add to links,
     * new or stored; checked again against the network as it is now (a link whose end has gone is refused). Only what
     * differs from the stored network is written.
     */
    static Plan reviewed(List<Organisation> organisations, List<Link> links, Map<String, List<Assessment>> assessments,
                         NetworkSnapshot network) {
        var byId = new LinkedHashMap<String, Link>();
        links.forEach(l -> byId.put(l.id(), l));
        for (var entry : assessments.entrySet()) {
            Link base = byId.containsKey(entry.getKey()) ? byId.get(entry.getKey())
                    : network.link(entry.getKey()).orElseThrow(() -> new NotFoundException("link", entry.getKey()));
            var all = new ArrayList<>(base.assessments());
            all.addAll(entry.getValue());
            all.sort(Comparator.comparing(a -> a.date() == null ? LocalDate.MIN : a.date()));
            byId.put(base.id(), base.withAssessments(all));
        }
        try {
            network.mergedWith(List.of(), organisations, List.copyOf(byId.values()));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(new ValidationError("return", null, null,
                    "no longer fits the network: " + e.getMessage()));
        }
        var entities = new ArrayList<EntityChange>();
        var writtenOrganisations = new ArrayList<Organisation>();
        for (Organisation o : organisations) {
            Organisation before = network.organisation(o.id()).orElse(null);
            if (!o.equals(before)) {
                writtenOrganisations.add(o);
                entities.add(Entities.change(before, o));
            }
        }
        var writtenLinks = new ArrayList<Link>();
        for (Link l : byId.values()) {
            Link before = network.link(l.id()).orElse(null);
            if (!l.equals(before)) {
                writtenLinks.add(l);
                entities.add(Entities.change(before, l));
            }
        }
        return Plan.merge(new NetworkChange(List.of(), writtenOrganisations, writtenLinks), entities);
    }
}
