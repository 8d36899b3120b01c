package org.partnershipatlas.analytics.gaps;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.LinkKind;
import org.partnershipatlas.model.LinkStatus;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.Region;

/**
 * What a Health Board reaches abroad, by the attribution rule of the seed (SEED-README: Boards reach Africa mostly
 * through their hospitals and units).
 *
 * <p>The Board's <em>units</em> are: the Board; the Welsh organisations it coordinates (a COORDINATION link Board →
 * unit, the seed's {@code bd-*} links); its predecessors (SUCCESSION predecessor → Board, followed back through the
 * whole chain, so a Board inherits the links of every body it succeeded) and the Welsh units they coordinated; and
 * link bodies — Welsh organisations of type OTHER (a health link run as a body of its own) whose members (MEMBERSHIP member → body) are
 * all such units (e.g. the Gwent–Southern Ethiopia Link, whose members are two Aneurin Bevan hospitals). Networks,
 * programmes and government bodies a unit is a member of are never units: they are brokers. Its <em>partner links</em> are:
 * <ul>
 *   <li>direct: links from a unit to a partner — an organisation in a country outside Wales and the rest of the UK;
 *   </li>
 *   <li>through a broker: the partner links of a non-partner organisation outside the units that a unit is linked
 *       to (e.g. Royal Glamorgan → PONT, and PONT's links to Ugandan partners). Such links "pass through" that
 *       broker.</li>
 * </ul>
 * A partner link counts once even if reached both ways. The attribution is <em>inferred</em> when any link or unit
 * on the way is of confidence B.
 */
final class BoardReach {
    final Organisation board;
    final Set<String> units = new LinkedHashSet<>();
    /** Partner links, by link id, with the broker they pass through ({@code null} when direct). */
    final Map<String, String> brokerOf = new LinkedHashMap<>();
    final Map<String, Link> links = new LinkedHashMap<>();
    final Set<String> inferredLinks = new LinkedHashSet<>();
    /** Links of the units to non-partners (the Board's own ties at home), for the "only ties to" reason. */
    final List<Link> homeLinks = new ArrayList<>();

    BoardReach(NetworkSnapshot snapshot, Organisation board) {
        this.board = board;
        units.add(board.id());
        var joiningLinks = new ArrayList<Link>();
        // The Board and every body it succeeded, followed back through the whole chain (Swansea NHS Trust → ABM
        // University NHS Trust → Swansea Bay UHB): the current Board carries its predecessors' links forward.
        var bodies = new LinkedHashSet<String>(List.of(board.id()));
        var queue = new ArrayDeque<String>(bodies);
        while (!queue.isEmpty()) {
            String body = queue.poll();
            for (Link l : snapshot.linksOf(body)) {
                if (l.kind() == LinkKind.SUCCESSION && l.to().equals(body) && l.status() != LinkStatus.PROPOSED
                        && bodies.add(l.from())) {
                    units.add(l.from());
                    joiningLinks.add(l);
                    queue.add(l.from());
                }
            }
        }
        // The Welsh units each of them coordinates (the Board's hospitals, and those its predecessors ran).
        for (String body : bodies) {
            for (Link l : snapshot.linksOf(body)) {
                String other = l.otherEnd(body);
                boolean coordinated = l.kind() == LinkKind.COORDINATION && l.from().equals(body)
                        && snapshot.organisation(other).map(Organisation::isWelsh).orElse(false);
                if (coordinated && units.add(other)) {
                    joiningLinks.add(l);
                }
            }
        }
        addLinkBodies(snapshot, joiningLinks);
        for (Link l : joiningLinks) {
            if (l.confidence() == Confidence.B) {
                inferredLinks.add(l.id());
            }
        }
        for (String unit : units) {
            for (Link l : snapshot.linksOf(unit)) {
                String far = l.otherEnd(unit);
                if (units.contains(far)) {
                    continue;
                }
                if (isPartner(snapshot, far)) {
                    add(l, null);
                } else {
                    homeLinks.add(l);
                    for (Link onward : snapshot.linksOf(far)) {
                        String partner = onward.otherEnd(far);
                        if (!units.contains(partner) && isPartner(snapshot, partner)) {
                            add(onward, far);
                            if (l.confidence() == Confidence.B) {
                                inferredLinks.add(l.id());
                            }
                        }
                    }
                }
            }
        }
    }

    private void addLinkBodies(NetworkSnapshot snapshot, List<Link> joiningLinks) {
        var candidates = new LinkedHashSet<String>();
        for (String unit : List.copyOf(units)) {
            for (Link l : snapshot.linksOf(unit)) {
                if (l.kind() == LinkKind.MEMBERSHIP && l.from().equals(unit) && !units.contains(l.to())) {
                    candidates.add(l.to());
                }
            }
        }
        for (String body : candidates) {
            var memberships = snapshot.linksOf(body).stream()
                    .filter(l -> l.kind() == LinkKind.MEMBERSHIP && l.to().equals(body)).toList();
            if (!memberships.isEmpty() && memberships.stream().allMatch(l -> units.contains(l.from()))
                    && snapshot.organisation(body).map(o -> o.isWelsh() && o.type() == OrganisationType.OTHER)
                    .orElse(false)) {
                units.add(body);
                joiningLinks.addAll(memberships);
            }
        }
    }

    private void add(Link l, String broker) {
        if (links.putIfAbsent(l.id(), l) == null) {
            brokerOf.put(l.id(), broker);
            if (l.confidence() == Confidence.B) {
                inferredLinks.add(l.id());
            }
        } else if (broker == null) {
            brokerOf.put(l.id(), null); // direct beats through a broker
        }
    }

    /**
     * An organisation in a country outside Wales and the rest of the UK, or a placeholder partner no source names
     * and places (the paper's "every Health Board has a health link in Africa" for a Board whose partner is
     * unknown): a link exists, its country is unknown, and it is counted without a country.
     */
    static boolean isPartner(NetworkSnapshot snapshot, String organisationId) {
        return snapshot.organisation(organisationId)
                .map(o -> o.country() == null ? o.placeholder() : snapshot.country(o.country())
                        .map(c -> c.region() != Region.WALES && c.region() != Region.REST_OF_UK).orElse(false))
                .orElse(false);
    }

    /** The partner end of one of this reach's links. */
    String partnerEnd(NetworkSnapshot snapshot, Link l) {
        return isPartner(snapshot, l.to()) ? l.to() : l.from();
    }
}
