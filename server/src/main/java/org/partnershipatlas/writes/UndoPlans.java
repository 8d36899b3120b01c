package org.partnershipatlas.writes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.model.Country;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.validation.NetworkChange;
import org.partnershipatlas.store.ChangeKind;
import org.partnershipatlas.store.EntityChange;
import org.partnershipatlas.store.EntityKey;
import org.partnershipatlas.store.EntityType;
import org.partnershipatlas.store.ImportMode;
import org.partnershipatlas.store.NetworkStore;
import org.partnershipatlas.store.RecordedChange;

/**
 * Plans for undo: a new change that puts back the state every entity had before the changes undone. What an undo may
 * do is what it amounts to ({@link #sweeping}): undoing the seed, a replace import or a restore — or any undo that
 * removes more than {@value #EDITOR_UNDO_REMOVALS} organisations and links — rewrites the network wholesale and is
 * for admins, after a backup; a steward may undo only changes wholly inside their stewardship.
 */
final class UndoPlans {
    /**
     * The most organisations and links an editor's undo may remove; above it the undo is as sweeping as a replace
     * (a single form edit never removes more than one organisation and its links).
     */
    static final int EDITOR_UNDO_REMOVALS = 25;

    private UndoPlans() {
    }

    /** The changes an undo takes back, oldest first, and the plan that does it. */
    record Undo(List<RecordedChange> changes, Plan plan) {
        List<Long> ids() {
            return changes.stream().map(RecordedChange::id).sorted().toList();
        }
    }

    static Undo plan(NetworkStore store, long changeId, boolean alsoLater, NetworkSnapshot current) {
        RecordedChange target = store.change(changeId)
                .orElseThrow(() -> new NotFoundException("change", String.valueOf(changeId)));
        List<RecordedChange> changes = undoSet(store, target, alsoLater);
        return new Undo(changes, restoreBefore(changes, current));
    }

    /**
     * Whether an undo rewrites the network wholesale: it takes back the seed, a replace import or a restore (each
     * recorded with the backup written before it, or as its own kind), or it removes more than an editor's undo may.
     */
    static boolean sweeping(Undo undo) {
        return undo.changes().stream().anyMatch(UndoPlans::wholesale)
                || undo.plan().removals() > EDITOR_UNDO_REMOVALS;
    }

    private static boolean wholesale(RecordedChange c) {
        return c.kind() == ChangeKind.SEED || c.kind() == ChangeKind.RESTORE
                || c.details().containsKey(NetworkWrites.BACKUP_BEFORE)
                || "replace".equals(c.details().get(NetworkWrites.MODE));
    }

    /** Every entity each undone change touched, before and after: what a steward must be allowed to change. */
    static List<EntityChange> touched(Undo undo) {
        return undo.changes().stream().flatMap(c -> c.entities().stream()).toList();
    }

    /** The change and, when asked, every later change that touched what it (or they) touched; oldest first. */
    private static List<RecordedChange> undoSet(NetworkStore store, RecordedChange target, boolean alsoLater) {
        if (!target.complete()) {
            throw new ConflictException("too-large", "change " + target.id() + " touched too many entities to keep "
                    + "them all in the history; restore the backup taken before it instead", Map.of("change", target.id()));
        }
        var set = new TreeMap<Long, RecordedChange>();
        set.put(target.id(), target);
        Set<String> ids = touchedIds(target);
        List<RecordedChange> later = store.changesTouchingAfter(target.id(), ids);
        if (!later.isEmpty() && !alsoLater) {
            throw new ConflictException("later-changes", "later changes touched the same organisations or links: "
                    + later.stream().map(c -> c.id() + " (" + c.actor() + ", " + c.summary() + ")").toList()
                    + "; undo them too, or leave it", Map.of("later", later.stream().map(c -> Map.of(
                    "id", c.id(), "at", c.at().toString(), "actor", c.actor(), "summary", c.summary())).toList()));
        }
        // Later changes may touch further entities, and changes after them those: follow until nothing new.
        while (!later.isEmpty()) {
            var next = new ArrayList<RecordedChange>();
            for (RecordedChange c : later) {
                if (set.putIfAbsent(c.id(), c) == null) {
                    if (!c.complete()) {
                        throw new ConflictException("too-large", "later change " + c.id() + " is too large to undo "
                                + "from the history; restore a backup instead", Map.of("change", c.id()));
                    }
                    ids.addAll(touchedIds(c));
                    next.add(c);
                }
            }
            later = next.isEmpty() ? List.of() : store.changesTouchingAfter(target.id(), ids).stream()
                    .filter(c -> !set.containsKey(c.id())).toList();
        }
        return List.copyOf(set.values());
    }

    private static Set<String> touchedIds(RecordedChange c) {
        var ids = new HashSet<String>();
        for (EntityChange e : c.entities()) {
            ids.add(e.id());
        }
        return ids;
    }

    /**
     * Each entity back to its state before the earliest undone change that touched it. The result must be a
     * consistent network (a link whose end is gone is refused). A country the changes added stays: organisations
     * may have come to be located in it, and an unused country changes nothing anyone sees.
     */
    private static Plan restoreBefore(List<RecordedChange> changes, NetworkSnapshot current) {
        var target = new LinkedHashMap<EntityKey, JsonNode>();
        for (RecordedChange c : changes) {           // oldest first: the first before seen is the one to restore
            for (EntityChange e : c.entities()) {
                if (!target.containsKey(e.key())) {
                    target.put(e.key(), e.before());
                }
            }
        }
        var countries = new ArrayList<Country>();
        var organisations = new ArrayList<Organisation>();
        var links = new ArrayList<Link>();
        var deleteOrganisations = new ArrayList<String>();
        var deleteLinks = new ArrayList<String>();
        var entities = new ArrayList<EntityChange>();
        for (var entry : target.entrySet()) {
            EntityKey key = entry.getKey();
            JsonNode before = entry.getValue();
            switch (key.type()) {
                case COUNTRY -> {
                    Country now = current.country(key.id()).orElse(null);
                    Country restored = before == null ? null : JsonSnapshotFormat.country(before);
                    if (restored != null && !restored.equals(now)) {
                        countries.add(restored);
                        entities.add(Entities.change(now, restored));
                    }
                }
                case ORGANISATION -> {
                    Organisation now = current.organisation(key.id()).orElse(null);
                    Organisation restored = before == null ? null : JsonSnapshotFormat.organisation(before);
                    if (!Objects.equals(now, restored)) {
                        if (restored == null) {
                            deleteOrganisations.add(key.id());
                        } else {
                            organisations.add(restored);
                        }
                        entities.add(Entities.change(now, restored));
                    }
                }
                case LINK -> {
                    Link now = current.link(key.id()).orElse(null);
                    Link restored = before == null ? null : JsonSnapshotFormat.link(before);
                    if (!Objects.equals(now, restored)) {
                        if (restored == null) {
                            deleteLinks.add(key.id());
                        } else {
                            links.add(restored);
                        }
                        entities.add(Entities.change(now, restored));
                    }
                }
            }
        }
        requireConsistent(current, countries, organisations, links, deleteOrganisations, deleteLinks);
        return new Plan(ImportMode.MERGE, new NetworkChange(countries, organisations, links), deleteOrganisations,
                deleteLinks, Map.of(), entities);
    }

    private static void requireConsistent(NetworkSnapshot current, List<Country> countries,
                                          List<Organisation> organisations, List<Link> links,
                                          List<String> deleteOrganisations, List<String> deleteLinks) {
        try {
            var deletedOrganisations = Set.copyOf(deleteOrganisations);
            var deletedLinks = Set.copyOf(deleteLinks);
            current.withOrganisations(o -> !deletedOrganisations.contains(o.id()))
                    .withLinks((Link l) -> !deletedLinks.contains(l.id()))
                    .mergedWith(countries, organisations, links);
        } catch (IllegalArgumentException e) {
            throw new ConflictException("inconsistent", "undoing would leave the network inconsistent ("
                    + e.getMessage() + "); undo the later changes too", Map.of());
        }
        // Links of an organisation being removed again must go with it, and be recorded.
        for (String id : deleteOrganisations) {
            for (Link l : current.linksOf(id)) {
                if (!deleteLinks.contains(l.id()) && links.stream().noneMatch(x -> x.id().equals(l.id()))) {
                    throw new ConflictException("inconsistent", "organisation \"" + id + "\" has link \"" + l.id()
                            + "\" made by a change not being undone; undo it too", Map.of("link", l.id()));
                }
            }
        }
    }
}
