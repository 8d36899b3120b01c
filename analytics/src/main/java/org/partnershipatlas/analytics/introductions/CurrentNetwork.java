package org.partnershipatlas.analytics.introductions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.LinkKind;
import org.partnershipatlas.model.LinkStatus;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;

/**
 * The network as it is now, for introductions: an introduction through a body that merged away in 2024, or along a
 * partnership that ended, cannot be made. So: links whose status is {@code ENDED} are left out; an organisation that
 * became, or merged into, another (the predecessor end of a {@code SUCCESSION} link, followed to the last successor)
 * is replaced by its successor — its links move to the successor, and the succession links themselves go; a
 * dissolved organisation without a successor is left out with its links. Everything else is kept as it is.
 *
 * <p>Complexity: O(n + m) (a succession chain is followed once per organisation, with a guard against cycles).
 */
public final class CurrentNetwork {
    private CurrentNetwork() {
    }

    public static NetworkSnapshot of(NetworkSnapshot network) {
        Map<String, String> successor = new HashMap<>();
        for (Link l : network.links()) {
            if (l.kind() == LinkKind.SUCCESSION && l.status() != LinkStatus.PROPOSED) {
                successor.put(l.from(), l.to());
            }
        }
        Set<String> kept = new HashSet<>();
        var organisations = new ArrayList<Organisation>();
        for (Organisation o : network.organisations()) {
            if (o.dissolved() == null && !successor.containsKey(o.id())) {
                kept.add(o.id());
                organisations.add(o);
            }
        }
        var links = new ArrayList<Link>();
        for (Link l : network.links()) {
            if (l.kind() == LinkKind.SUCCESSION || l.status() == LinkStatus.ENDED) {
                continue;
            }
            String from = current(l.from(), successor);
            String to = current(l.to(), successor);
            if (!kept.contains(from) || !kept.contains(to) || from.equals(to)) {
                continue;
            }
            links.add(from.equals(l.from()) && to.equals(l.to()) ? l : l.withEnds(from, to));
        }
        return new NetworkSnapshot(network.countries(), organisations, links);
    }

    /** The last successor of an organisation (itself if it has none). */
    static String current(String id, Map<String, String> successor) {
        String at = id;
        var seen = new HashSet<String>();
        while (successor.containsKey(at) && seen.add(at)) {
            at = successor.get(at);
        }
        return at;
    }

    /** Whether {@link #of} would change anything: any ended link, succession or dissolved organisation. */
    public static boolean differs(NetworkSnapshot network) {
        return network.organisations().stream().anyMatch(o -> o.dissolved() != null)
                || network.links().stream().anyMatch(l -> l.kind() == LinkKind.SUCCESSION || l.status() == LinkStatus.ENDED);
    }

    /** The ids of the organisations {@link #of} replaces, with what replaces them (for explaining a route). */
    public static Map<String, String> replacements(NetworkSnapshot network) {
        Map<String, String> successor = new HashMap<>();
        for (Link l : network.links()) {
            if (l.kind() == LinkKind.SUCCESSION && l.status() != LinkStatus.PROPOSED) {
                successor.put(l.from(), l.to());
            }
        }
        var result = new HashMap<String, String>();
        successor.keySet().forEach(id -> result.put(id, current(id, successor)));
        return Map.copyOf(result);
    }
}
