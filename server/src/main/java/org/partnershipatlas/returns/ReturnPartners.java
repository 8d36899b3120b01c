package org.partnershipatlas.returns;

import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;

/**
 * Which end of a return's link is the partner. A Board answers also for the links it carries forward from the bodies
 * it succeeded ({@link NetworkSnapshot#inheritedLinks}): such a link touches the predecessor, not the Board, so its
 * partner is the end that is not a predecessor, and the form says whose link it was.
 */
public final class ReturnPartners {
    private ReturnPartners() {
    }

    /** The partner end of one of {@code organisationId}'s links, own or inherited. */
    public static String partnerOf(NetworkSnapshot network, String organisationId, Link l) {
        if (l.touches(organisationId)) {
            return l.otherEnd(organisationId);
        }
        return network.predecessorsOf(organisationId).contains(l.from()) ? l.to() : l.from();
    }

    /** The name of the body a link was inherited from, or {@code null} for the organisation's own link. */
    public static String inheritedFrom(NetworkSnapshot network, String organisationId, Link l) {
        if (l.touches(organisationId)) {
            return null;
        }
        String predecessor = partnerOf(network, organisationId, l).equals(l.to()) ? l.from() : l.to();
        return network.organisation(predecessor).map(Organisation::name).orElse(predecessor);
    }
}
