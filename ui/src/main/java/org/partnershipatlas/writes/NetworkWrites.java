package org.partnershipatlas.writes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;

import org.partnershipatlas.backups.BackupService;
import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.model.Country;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.validation.Errors;
import org.partnershipatlas.model.validation.NetworkChange;
import org.partnershipatlas.model.validation.ParsedNetwork;
import org.partnershipatlas.model.validation.SnapshotValidator;
import org.partnershipatlas.model.validation.ThemePolicy;
import org.partnershipatlas.model.validation.ValidationException;
import org.partnershipatlas.reads.NetworkChanged;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.security.Actor;
import org.partnershipatlas.security.Role;
import org.partnershipatlas.store.ChangeKind;
import org.partnershipatlas.store.ChangeNote;
import org.partnershipatlas.store.ChangeQuery;
import org.partnershipatlas.store.EntityChange;
import org.partnershipatlas.store.EntityKey;
import org.partnershipatlas.store.EntityType;
import org.partnershipatlas.store.ImportMode;
import org.partnershipatlas.store.NetworkStore;
import org.partnershipatlas.store.RecordedChange;
import org.partnershipatlas.store.RevisionConflictException;
import org.partnershipatlas.store.StaleNetworkException;
import org.partnershipatlas.store.StoreWrite;
import org.partnershipatlas.store.VersionedSnapshot;
import org.partnershipatlas.store.WriteResult;

/**
 * The one door for writes. Every change to the network — a file imported, an organisation or link created, edited or
 * deleted in a form or through the API, a backup restored, the seed on first start (and, as they come, undo and
 * accepted returns) — comes through here, and nothing else calls {@link NetworkStore#write} (an architecture test
 * checks it). Before anything replaces the whole network (a replace import, a restore) a backup of it and its
 * history is written ({@link BackupService}), and its name recorded with the change: the way back.
 *
 * <p>Each write: takes the network as stored now ({@link NetworkReads}); validates the input with the same rules as
 * an import ({@link SnapshotValidator}; the value types enforce their own field rules); works out every entity it
 * touches with its state before and after; authorises the actor for each of them (writers only; a steward only for
 * their organisations and the links that touch them; replacing the whole network is for admins); and hands the
 * store one {@link StoreWrite} that it runs in one transaction with the recorded change. If another write landed in
 * between, the store refuses and the door starts again from the new network (at most {@value #MAX_ATTEMPTS} times).
 * After a commit, open pages are told ({@link NetworkChanged}).
 */
@Service
public class NetworkWrites {
    private static final Logger log = LoggerFactory.getLogger(NetworkWrites.class);
    static final int MAX_ATTEMPTS = 3;
    /**
     * Changes touching more entities than this keep only their counts in the history (a very large import); the
     * backup taken before a replace is then the way back.
     */
    public static final int HISTORY_ENTITY_LIMIT = 5_000;
    /** The detail naming the backup written before a replace or restore. */
    public static final String BACKUP_BEFORE = "backupBefore";

    private final NetworkStore store;
    private final NetworkReads reads;
    private final ApplicationEventPublisher events;
    private final BackupService backups;

    public NetworkWrites(NetworkStore store, NetworkReads reads, ApplicationEventPublisher events,
                         BackupService backups) {
        this.store = store;
        this.reads = reads;
        this.events = events;
        this.backups = backups;
    }

    /** What is recorded about an imported file. */
    public record ImportFile(String name, long bytes, String sha256) {
        Map<String, Object> details() {
            var d = new LinkedHashMap<String, Object>();
            if (name != null) {
                d.put("file", name);
            }
            d.put("bytes", bytes);
            if (sha256 != null) {
                d.put("sha256", sha256);
            }
            return d;
        }
    }

    /**
     * An import's outcome: the preview (always) and, unless it was a dry run or changed nothing, what the write did.
     */
    public record ImportOutcome(ImportPreview preview, WriteResult result) {
    }

    /** What the door writes, worked out against one version of the network. */
    record Plan(ImportMode mode, NetworkChange upserts, List<String> deleteOrganisations, List<String> deleteLinks,
                Map<EntityKey, Long> expectedRevisions, List<EntityChange> entities, boolean countriesChanged) {

        boolean changesNothing() {
            return entities.isEmpty() && !countriesChanged;
        }
    }

    // --- imports -------------------------------------------------------------------------------------------------

    /**
     * Imports a parsed file: {@link ImportMode#MERGE} upserts by id, {@link ImportMode#REPLACE} makes it the whole
     * network. All or nothing.
     *
     * @param expectedBaseVersion when committing a preview: the version it was made against; if the network moved
     *                            since, nothing is written ({@link ConflictException} {@code stale-preview})
     * @param dryRun              work out and return the preview only
     * @throws ValidationException listing every error of the file
     * @throws AccessDeniedException if the actor may not make it (replace needs an admin; a steward only their own)
     */
    public ImportOutcome importNetwork(ParsedNetwork parsed, ImportMode mode, ImportFile file, Change change,
                                       boolean dryRun, Long expectedBaseVersion) {
        Objects.requireNonNull(parsed, "parsed");
        Actor actor = requireWriter(change.actor());
        if (mode == ImportMode.REPLACE && !actor.has(Role.ADMIN)) {
            throw new AccessDeniedException("replacing the whole network needs the ADMIN role");
        }
        Change described = file == null ? change : change.withDetails(file.details());
        return attempt(expectedBaseVersion == null, current -> {
            if (expectedBaseVersion != null && current.version() != expectedBaseVersion) {
                throw stalePreview(expectedBaseVersion, current.version());
            }
            ThemePolicy themes = themePolicy(actor, current.snapshot());
            Plan plan = mode == ImportMode.REPLACE ? planReplace(parsed, current.snapshot(), themes)
                    : planMerge(parsed, current.snapshot(), themes);
            authorise(actor, plan);
            ImportPreview preview = ImportPreview.of(plan.entities(), current.version());
            if (dryRun || plan.changesNothing()) {
                return new ImportOutcome(preview, null);
            }
            Change recorded = mode == ImportMode.REPLACE
                    ? backedUp(described, "before a replace import by " + actor.name()) : described;
            return new ImportOutcome(preview, commit(current.version(), plan, recorded, ChangeKind.IMPORT,
                    preview.summary()));
        });
    }

    private static ConflictException stalePreview(long previewed, long now) {
        return new ConflictException("stale-preview", "the network changed (version " + now
                + ") since the preview was made (version " + previewed + "); preview the file again",
                Map.of("baseVersion", previewed, "currentVersion", now));
    }

    private Plan planMerge(ParsedNetwork parsed, NetworkSnapshot current, ThemePolicy themes) {
        NetworkChange valid = SnapshotValidator.validate(parsed, organisationIds(current), countryCodes(current), themes);
        var entities = new ArrayList<EntityChange>();
        var organisations = new ArrayList<Organisation>();
        for (Organisation o : valid.organisations()) {
            Organisation before = current.organisation(o.id()).orElse(null);
            if (!o.equals(before)) {
                organisations.add(o);
                entities.add(change(before, o));
            }
        }
        var links = new ArrayList<Link>();
        for (Link l : valid.links()) {
            Link before = current.link(l.id()).orElse(null);
            if (!l.equals(before)) {
                links.add(l);
                entities.add(change(before, l));
            }
        }
        boolean countriesChanged = valid.countries().stream()
                .anyMatch(c -> current.countries().stream().noneMatch(c::equals));
        return new Plan(ImportMode.MERGE, new NetworkChange(valid.countries(), organisations, links), List.of(),
                List.of(), Map.of(), entities, countriesChanged);
    }

    private Plan planReplace(ParsedNetwork parsed, NetworkSnapshot current, ThemePolicy themes) {
        NetworkChange valid = SnapshotValidator.validate(parsed, Set.of(), Set.of(), themes);
        NetworkSnapshot next = new NetworkSnapshot(valid.countries(), valid.organisations(), valid.links());
        var entities = new ArrayList<EntityChange>();
        for (Organisation o : next.organisations()) {
            Organisation before = current.organisation(o.id()).orElse(null);
            if (!o.equals(before)) {
                entities.add(change(before, o));
            }
        }
        for (Organisation o : current.organisations()) {
            if (next.organisation(o.id()).isEmpty()) {
                entities.add(change(o, null));
            }
        }
        for (Link l : next.links()) {
            Link before = current.link(l.id()).orElse(null);
            if (!l.equals(before)) {
                entities.add(change(before, l));
            }
        }
        for (Link l : current.links()) {
            if (next.link(l.id()).isEmpty()) {
                entities.add(change(l, null));
            }
        }
        boolean countriesChanged = !new HashSet<>(current.countries()).equals(new HashSet<>(next.countries()));
        return new Plan(ImportMode.REPLACE, valid, List.of(), List.of(), Map.of(), entities, countriesChanged);
    }

    // --- single entities -------------------------------------------------------------------------------------------

    /**
     * Creates one organisation (a parsed body or form: its field errors are reported with the rest).
     *
     * @throws ValidationException if the id is taken, the country unknown, or a field is wrong
     */
    public WriteResult createOrganisation(ParsedNetwork body, Change change) {
        Actor actor = requireWriter(change.actor());
        return attempt(true, current -> {
            String location = location(body, "organisation");
            Errors errors = body.errors();
            body.organisations().forEach(o -> {
                if (current.snapshot().organisation(o.value().id()).isPresent()) {
                    errors.add(o.source().location("id"), "id", o.value().id(),
                            "an organisation with id \"" + o.value().id() + "\" already exists");
                }
            });
            NetworkChange valid = validateOne(body, current.snapshot(), location, actor);
            Organisation created = valid.organisations().get(0);
            Plan plan = new Plan(ImportMode.MERGE, valid, List.of(), List.of(), Map.of(),
                    List.of(change(null, created)), false);
            authorise(actor, plan);
            return commit(current.version(), plan, change, ChangeKind.EDIT, "added organisation " + created.name());
        });
    }

    /**
     * Replaces the organisation with this id by the one given.
     *
     * @param ifRevision the revision the edit was made against ({@code If-Match}), or {@code null} to skip the check
     * @throws NotFoundException      if there is no such organisation
     * @throws EditConflictException  if it changed since {@code ifRevision}
     */
    public WriteResult updateOrganisation(String id, ParsedNetwork body, Long ifRevision, Change change) {
        Actor actor = requireWriter(change.actor());
        return attempt(true, current -> {
            Organisation before = current.snapshot().organisation(id)
                    .orElseThrow(() -> new NotFoundException("organisation", id));
            requireSameId(body.organisations().stream().map(o -> o.value().id()).toList(), id, body, "organisation");
            NetworkChange valid = validateOne(body, current.snapshot(), location(body, "organisation"), actor);
            Organisation after = valid.organisations().get(0);
            Map<EntityKey, Long> expected = ifRevision == null ? Map.of() : Map.of(EntityKey.organisation(id), ifRevision);
            List<EntityChange> entities = after.equals(before) ? List.of() : List.of(change(before, after));
            Plan plan = new Plan(ImportMode.MERGE, entities.isEmpty() ? empty() : valid, List.of(), List.of(),
                    expected, entities, false);
            authorise(actor, plan);
            requireMayChange(actor, EntityKey.organisation(id), before, after);
            if (plan.changesNothing()) {
                checkRevisionUnchanged(EntityKey.organisation(id), ifRevision, null);
                return noChange(current);
            }
            return commit(current.version(), plan, change, ChangeKind.EDIT, after.name() + ": "
                    + changedFields(plan) + " changed");
        });
    }

    /**
     * Deletes an organisation. One with links is deleted only with {@code withLinks} (its links go too, each
     * recorded); otherwise nothing is deleted silently: {@link ConflictException} {@code has-links}.
     */
    public WriteResult deleteOrganisation(String id, boolean withLinks, Long ifRevision, Change change) {
        Actor actor = requireWriter(change.actor());
        return attempt(true, current -> {
            NetworkSnapshot snapshot = current.snapshot();
            Organisation before = snapshot.organisation(id).orElseThrow(() -> new NotFoundException("organisation", id));
            List<Link> links = snapshot.linksOf(id);
            if (!links.isEmpty() && !withLinks) {
                throw new ConflictException("has-links", "organisation \"" + id + "\" has " + links.size()
                        + (links.size() == 1 ? " link" : " links") + "; delete them too, or cancel",
                        Map.of("links", links.stream().map(Link::id).toList()));
            }
            var entities = new ArrayList<EntityChange>();
            entities.add(change(before, null));
            links.forEach(l -> entities.add(change(l, null)));
            Map<EntityKey, Long> expected = ifRevision == null ? Map.of() : Map.of(EntityKey.organisation(id), ifRevision);
            Plan plan = new Plan(ImportMode.MERGE, empty(), List.of(id), links.stream().map(Link::id).toList(),
                    expected, entities, false);
            authorise(actor, plan);
            return commit(current.version(), plan, change, ChangeKind.EDIT, "deleted organisation " + before.name()
                    + (links.isEmpty() ? "" : " with " + links.size() + (links.size() == 1 ? " link" : " links")));
        });
    }

    /** Creates one link. @throws ValidationException if the id is taken, an end unknown, or a field is wrong */
    public WriteResult createLink(ParsedNetwork body, Change change) {
        Actor actor = requireWriter(change.actor());
        return attempt(true, current -> {
            Errors errors = body.errors();
            body.links().forEach(l -> {
                if (current.snapshot().link(l.value().id()).isPresent()) {
                    errors.add(l.source().location("id"), "id", l.value().id(),
                            "a link with id \"" + l.value().id() + "\" already exists");
                }
            });
            NetworkChange valid = validateOne(body, current.snapshot(), location(body, "link"), actor);
            Link created = valid.links().get(0);
            Plan plan = new Plan(ImportMode.MERGE, valid, List.of(), List.of(), Map.of(),
                    List.of(change(null, created)), false);
            authorise(actor, plan);
            return commit(current.version(), plan, change, ChangeKind.EDIT, "added link " + linkName(current.snapshot(), created));
        });
    }

    /** Replaces the link with this id (its ends may change). */
    public WriteResult updateLink(String id, ParsedNetwork body, Long ifRevision, Change change) {
        Actor actor = requireWriter(change.actor());
        return attempt(true, current -> {
            Link before = current.snapshot().link(id).orElseThrow(() -> new NotFoundException("link", id));
            requireSameId(body.links().stream().map(l -> l.value().id()).toList(), id, body, "link");
            NetworkChange valid = validateOne(body, current.snapshot(), location(body, "link"), actor);
            Link after = valid.links().get(0);
            Map<EntityKey, Long> expected = ifRevision == null ? Map.of() : Map.of(EntityKey.link(id), ifRevision);
            List<EntityChange> entities = after.equals(before) ? List.of() : List.of(change(before, after));
            Plan plan = new Plan(ImportMode.MERGE, entities.isEmpty() ? empty() : valid, List.of(), List.of(),
                    expected, entities, false);
            authorise(actor, plan);
            requireMayChange(actor, EntityKey.link(id), before, after);
            if (plan.changesNothing()) {
                checkRevisionUnchanged(EntityKey.link(id), ifRevision, null);
                return noChange(current);
            }
            return commit(current.version(), plan, change, ChangeKind.EDIT, "link " + linkName(current.snapshot(), after)
                    + ": " + changedFields(plan) + " changed");
        });
    }

    public WriteResult deleteLink(String id, Long ifRevision, Change change) {
        Actor actor = requireWriter(change.actor());
        return attempt(true, current -> {
            Link before = current.snapshot().link(id).orElseThrow(() -> new NotFoundException("link", id));
            Map<EntityKey, Long> expected = ifRevision == null ? Map.of() : Map.of(EntityKey.link(id), ifRevision);
            Plan plan = new Plan(ImportMode.MERGE, empty(), List.of(), List.of(id), expected,
                    List.of(change(before, null)), false);
            authorise(actor, plan);
            return commit(current.version(), plan, change, ChangeKind.EDIT, "deleted link " + linkName(current.snapshot(), before));
        });
    }

    // --- quality -----------------------------------------------------------------------------------------------------

    /**
     * Adds a dated self-assessment to a link (kept as history: the list stays oldest first, the latest is the
     * link's current quality). Editors and the link's stewards may.
     *
     * @throws NotFoundException   if there is no such link
     * @throws ValidationException if the assessment breaks a rule (every error at its field)
     */
    public WriteResult addAssessment(String linkId, org.partnershipatlas.model.Assessment assessment, Change change) {
        Actor actor = requireWriter(change.actor());
        return attempt(true, current -> {
            Link before = current.snapshot().link(linkId).orElseThrow(() -> new NotFoundException("link", linkId));
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
                throw new ValidationException(new org.partnershipatlas.model.validation.ValidationError("assessment",
                        null, null, e.getMessage()));
            }
            Plan plan = new Plan(ImportMode.MERGE, new NetworkChange(List.of(), List.of(), List.of(after)), List.of(),
                    List.of(), Map.of(), List.of(change(before, after)), false);
            authorise(actor, plan);
            return commit(current.version(), plan, change, ChangeKind.ASSESSMENT, "assessed "
                    + linkName(current.snapshot(), before) + (assessment.date() == null ? "" : " on " + assessment.date()));
        });
    }

    // --- reviewed contributions (partnership returns, registrations) ------------------------------------------------

    /**
     * Writes what a reviewer accepted from a partnership return or a registration: organisations and links (already
     * checked field by field), and assessments to add to links (new or stored), as one change of {@code kind}.
     * Checked again against the network as it is now: a link whose end has gone is refused.
     *
     * @throws ValidationException if the records no longer fit the network
     */
    public WriteResult applyReviewed(ChangeKind kind, String summary, List<Organisation> organisations, List<Link> links,
                                     Map<String, List<org.partnershipatlas.model.Assessment>> assessments, Change change) {
        Actor actor = requireWriter(change.actor());
        return attempt(true, current -> {
            NetworkSnapshot network = current.snapshot();
            var byId = new LinkedHashMap<String, Link>();
            links.forEach(l -> byId.put(l.id(), l));
            for (var entry : assessments.entrySet()) {
                Link base = byId.containsKey(entry.getKey()) ? byId.get(entry.getKey())
                        : network.link(entry.getKey()).orElseThrow(() -> new NotFoundException("link", entry.getKey()));
                var all = new ArrayList<>(base.assessments());
                all.addAll(entry.getValue());
                all.sort(java.util.Comparator.comparing(a -> a.date() == null ? java.time.LocalDate.MIN : a.date()));
                byId.put(base.id(), base.withAssessments(all));
            }
            try {
                network.mergedWith(List.of(), organisations, List.copyOf(byId.values()));
            } catch (IllegalArgumentException e) {
                throw new ValidationException(new org.partnershipatlas.model.validation.ValidationError("return", null,
                        null, "no longer fits the network: " + e.getMessage()));
            }
            var entities = new ArrayList<EntityChange>();
            var writtenOrganisations = new ArrayList<Organisation>();
            for (Organisation o : organisations) {
                Organisation before = network.organisation(o.id()).orElse(null);
                if (!o.equals(before)) {
                    writtenOrganisations.add(o);
                    entities.add(change(before, o));
                }
            }
            var writtenLinks = new ArrayList<Link>();
            for (Link l : byId.values()) {
                Link before = network.link(l.id()).orElse(null);
                if (!l.equals(before)) {
                    writtenLinks.add(l);
                    entities.add(change(before, l));
                }
            }
            Plan plan = new Plan(ImportMode.MERGE, new NetworkChange(List.of(), writtenOrganisations, writtenLinks),
                    List.of(), List.of(), Map.of(), entities, false);
            authorise(actor, plan);
            if (plan.changesNothing()) {
                return noChange(current);
            }
            return commit(current.version(), plan, change, kind, summary);
        });
    }

    // --- undo --------------------------------------------------------------------------------------------------------

    /**
     * Undoes a recorded change with a new change that puts back the state every entity it touched had before it.
     * Refused ({@link ConflictException} {@code later-changes}, naming them) when later changes touched the same
     * organisations or links, unless {@code alsoLater}: then those are undone with it, in the same new change. A
     * change too large to have kept every entity ({@code complete = false}) cannot be undone from the history: the
     * backup taken before it is the way back.
     *
     * @throws NotFoundException if there is no such change
     */
    public WriteResult undo(long changeId, boolean alsoLater, Change change) {
        Actor actor = requireWriter(change.actor());
        return attempt(true, current -> {
            RecordedChange target = store.change(changeId)
                    .orElseThrow(() -> new NotFoundException("change", String.valueOf(changeId)));
            List<RecordedChange> undone = undoSet(target, alsoLater);
            Plan plan = planUndo(undone, current.snapshot());
            authorise(actor, plan);
            List<Long> ids = undone.stream().map(RecordedChange::id).sorted().toList();
            String summary = "undid " + (ids.size() == 1 ? "change " + changeId : "changes " + ids) + ": "
                    + ImportPreview.of(plan.entities(), current.version()).summary();
            return commit(current.version(), plan, change.withDetails(Map.of("undoes", ids)), ChangeKind.UNDO, summary);
        });
    }

    /** The change and, when asked, every later change that touched what it (or they) touched; newest last. */
    private List<RecordedChange> undoSet(RecordedChange target, boolean alsoLater) {
        if (!target.complete()) {
            throw new ConflictException("too-large", "change " + target.id() + " touched too many entities to keep "
                    + "them all in the history; restore the backup taken before it instead", Map.of("change", target.id()));
        }
        var set = new java.util.TreeMap<Long, RecordedChange>();
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
     * What undoing a set of changes writes: each entity back to its state before the earliest of them that touched
     * it. The result must be a consistent network (a link whose end is gone is refused).
     */
    private Plan planUndo(List<RecordedChange> changes, NetworkSnapshot current) {
        var target = new LinkedHashMap<EntityKey, JsonNode>();
        var touched = new LinkedHashMap<EntityKey, Boolean>();
        for (RecordedChange c : changes) {           // oldest first: the first before seen is the one to restore
            for (EntityChange e : c.entities()) {
                if (touched.putIfAbsent(e.key(), true) == null) {
                    target.put(e.key(), e.before());
                }
            }
        }
        var organisations = new ArrayList<Organisation>();
        var links = new ArrayList<Link>();
        var deleteOrganisations = new ArrayList<String>();
        var deleteLinks = new ArrayList<String>();
        var entities = new ArrayList<EntityChange>();
        for (var entry : target.entrySet()) {
            EntityKey key = entry.getKey();
            JsonNode before = entry.getValue();
            if (key.type() == EntityType.ORGANISATION) {
                Organisation now = current.organisation(key.id()).orElse(null);
                Organisation restored = before == null ? null : JsonSnapshotFormat.organisation(before);
                if (java.util.Objects.equals(now, restored)) {
                    continue;
                }
                if (restored == null) {
                    deleteOrganisations.add(key.id());
                } else {
                    organisations.add(restored);
                }
                entities.add(change(now, restored));
            } else {
                Link now = current.link(key.id()).orElse(null);
                Link restored = before == null ? null : JsonSnapshotFormat.link(before);
                if (java.util.Objects.equals(now, restored)) {
                    continue;
                }
                if (restored == null) {
                    deleteLinks.add(key.id());
                } else {
                    links.add(restored);
                }
                entities.add(change(now, restored));
            }
        }
        try {
            var deletedOrganisations = Set.copyOf(deleteOrganisations);
            var deletedLinks = Set.copyOf(deleteLinks);
            current.withOrganisations(o -> !deletedOrganisations.contains(o.id()))
                    .withLinks((Link l) -> !deletedLinks.contains(l.id()))
                    .mergedWith(List.of(), organisations, links);
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
        return new Plan(ImportMode.MERGE, new NetworkChange(List.of(), organisations, links), deleteOrganisations,
                deleteLinks, Map.of(), entities, false);
    }

    // --- restoring a backup ------------------------------------------------------------------------------------------

    /**
     * A backup archive as the history records it.
     *
     * @param createdAt      when the backup was made (its manifest)
     * @param networkVersion the network version it holds (its manifest)
     */
    public record BackupFile(String name, long bytes, String sha256, Instant createdAt, long networkVersion) {
        Map<String, Object> details() {
            var d = new ImportFile(name, bytes, sha256).details();
            d.put("backupCreatedAt", createdAt.toString());
            d.put("backupNetworkVersion", networkVersion);
            return d;
        }
    }

    /**
     * A restore's outcome: the preview (always) and, unless it was a dry run, what the write did and the name of the
     * backup of what it replaced.
     */
    public record RestoreOutcome(ImportPreview preview, WriteResult result, String backupBefore) {
    }

    /**
     * Restores a backup (ADMIN only): its network becomes the whole network and its history the whole history, in
     * one transaction, recorded as one change of kind {@link ChangeKind#RESTORE} on top of the restored history,
     * with a version above every restored change and the version before (so nothing cached by version is served
     * again). A backup of what it replaces is written first. All or nothing; a dry run only previews it.
     *
     * @param network             the archive's network, parsed; validated here like a replace import
     * @param history             the archive's history, oldest first (ids unique and rising: the reader checks)
     * @param expectedBaseVersion when committing a preview: the version it was made against ({@code stale-preview})
     * @throws ValidationException   listing every error of the archive's network
     * @throws AccessDeniedException if the actor is not an admin
     */
    public RestoreOutcome restore(ParsedNetwork network, List<RecordedChange> history, BackupFile archive,
                                  Change change, boolean dryRun, Long expectedBaseVersion) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(archive, "archive");
        Actor actor = requireWriter(change.actor());
        if (!actor.has(Role.ADMIN)) {
            throw new AccessDeniedException("restoring a backup needs the ADMIN role");
        }
        Change described = change.withDetails(archive.details()).withDetails(Map.of("changesRestored", history.size()));
        return attempt(expectedBaseVersion == null, current -> {
            if (expectedBaseVersion != null && current.version() != expectedBaseVersion) {
                throw stalePreview(expectedBaseVersion, current.version());
            }
            Plan plan = planReplace(network, current.snapshot(), ThemePolicy.ACCEPT_NEW); // a restore is an admin's
            ImportPreview preview = ImportPreview.of(plan.entities(), current.version());
            if (dryRun) {
                return new RestoreOutcome(preview, null, null);
            }
            Change recorded = backedUp(described, "before a restore by " + actor.name());
            String summary = "backup of " + archive.createdAt() + " (version " + archive.networkVersion() + ", "
                    + history.size() + (history.size() == 1 ? " change" : " changes") + ") restored: "
                    + preview.summary();
            WriteResult result = commit(current.version(), plan, recorded, ChangeKind.RESTORE, summary, history);
            return new RestoreOutcome(preview, result, (String) recorded.details().get(BACKUP_BEFORE));
        });
    }

    /** Writes a backup of the network and history as they are, and records its name with the change. */
    private Change backedUp(Change change, String why) {
        return change.withDetails(Map.of(BACKUP_BEFORE, backups.write(why).name()));
    }

    // --- the seed ----------------------------------------------------------------------------------------------------

    /**
     * Imports {@code seed} if the store holds no network yet (first start), as the application; never touches a
     * store with data. @return whether it was imported
     */
    public boolean seedIfEmpty(NetworkSnapshot seed) {
        VersionedSnapshot current = reads.latest();
        if (!current.snapshot().organisations().isEmpty() || !current.snapshot().links().isEmpty()) {
            log.info("The store already holds a network; the seed is not imported");
            return false;
        }
        var entities = new ArrayList<EntityChange>();
        seed.organisations().forEach(o -> entities.add(change(null, o)));
        seed.links().forEach(l -> entities.add(change(null, l)));
        Plan plan = new Plan(ImportMode.MERGE, NetworkChange.of(seed), List.of(), List.of(), Map.of(), entities, true);
        WriteResult result = commit(current.version(), plan,
                Change.by(Actor.SYSTEM, "the Wales–Africa seed (seed/sources)"), ChangeKind.SEED,
                seed.organisations().size() + " organisations and " + seed.links().size() + " links: the Wales–Africa seed");
        log.info("Seeded the empty store with the Wales–Africa network: {} organisations, {} links (version {})",
                result.organisationsCreated(), result.linksCreated(), result.version());
        return true;
    }

    // --- the machinery -------------------------------------------------------------------------------------------------

    /**
     * Runs {@code work} against the network as stored now; if another write lands first, runs it again against the
     * new network (when {@code retry}), otherwise refuses.
     */
    private <T> T attempt(boolean retry, Function<VersionedSnapshot, T> work) {
        StaleNetworkException last = null;
        for (int attempt = 1; attempt <= (retry ? MAX_ATTEMPTS : 1); attempt++) {
            VersionedSnapshot current = reads.latest();
            try {
                return work.apply(current);
            } catch (StaleNetworkException e) {
                last = e;
                log.info("Another write landed first (version {}); preparing again", e.actual());
            }
        }
        if (!retry) {
            throw stalePreview(last.expected(), last.actual());
        }
        throw new ConflictException("busy", "the network kept changing while this write was prepared; try again",
                Map.of("version", last.actual()));
    }

    private WriteResult commit(long baseVersion, Plan plan, Change change, ChangeKind kind, String summary) {
        return commit(baseVersion, plan, change, kind, summary, null);
    }

    /** @param history {@code null} to keep the history, or the history that replaces it (a restore) */
    private WriteResult commit(long baseVersion, Plan plan, Change change, ChangeKind kind, String summary,
                               List<RecordedChange> history) {
        boolean complete = plan.entities().size() <= HISTORY_ENTITY_LIMIT;
        var details = new LinkedHashMap<String, Object>(change.details());
        if (!complete) {
            details.put("entitiesTouched", plan.entities().size());
        }
        var note = new ChangeNote(change.actor().name(), kind, change.reason(), change.source(), summary, details,
                complete ? plan.entities() : List.of(), complete);
        WriteResult result;
        try {
            result = reads.writing(() -> store.write(new StoreWrite(baseVersion, plan.mode(), plan.upserts(),
                    plan.deleteOrganisations(), plan.deleteLinks(), plan.expectedRevisions(), note, history)));
        } catch (RevisionConflictException e) {
            throw editConflict(e, plan);
        }
        events.publishEvent(new NetworkChanged(result.version(), change.actor().name(), summary));
        return result;
    }

    private EditConflictException editConflict(RevisionConflictException e, Plan plan) {
        EntityKey key = e.key();
        RecordedChange last = store.changes(ChangeQuery.latest(20).forEntity(key.id())).stream()
                .filter(c -> c.touches(key)).findFirst().orElse(null);
        JsonNode current = key.type() == EntityType.ORGANISATION
                ? reads.organisation(key.id()).map(r -> JsonSnapshotFormat.toJsonNode(r.value())).orElse(null)
                : reads.link(key.id()).map(r -> JsonSnapshotFormat.toJsonNode(r.value())).orElse(null);
        JsonNode attempted = plan.entities().stream().filter(c -> c.key().equals(key)).findFirst()
                .map(EntityChange::after).orElse(null);
        return new EditConflictException(key, e.expected(), e.actual(), last == null ? null : last.actor(),
                last == null ? null : last.at(), current, attempted);
    }

    /** An edit that changes nothing still honours {@code If-Match}: a stale revision is a conflict. */
    private void checkRevisionUnchanged(EntityKey key, Long ifRevision, Plan plan) {
        if (ifRevision == null) {
            return;
        }
        long stored = (key.type() == EntityType.ORGANISATION ? reads.organisation(key.id()).map(r -> r.revision())
                : reads.link(key.id()).map(r -> r.revision())).orElse(0L);
        if (stored != ifRevision) {
            throw editConflict(new RevisionConflictException(key, ifRevision, stored),
                    plan == null ? new Plan(ImportMode.MERGE, empty(), List.of(), List.of(), Map.of(), List.of(), false) : plan);
        }
    }

    private static WriteResult noChange(VersionedSnapshot current) {
        NetworkSnapshot s = current.snapshot();
        return new WriteResult(ImportMode.MERGE, 0, 0, 0, 0, 0, 0, 0, s.organisations().size(), s.links().size(),
                current.version());
    }

    private static Actor requireWriter(Actor actor) {
        if (actor == null || actor.isAnonymous()) {
            throw new AuthenticationCredentialsNotFoundException("sign in to change the network");
        }
        if (!actor.has(Role.EDITOR)) {
            throw new AccessDeniedException(actor.name() + " may read but not change the network (needs the EDITOR role)");
        }
        return actor;
    }

    /** Every entity touched, before and after, must be within the actor's stewardship. */
    private static void authorise(Actor actor, Plan plan) {
        if (!actor.isSteward()) {
            return;
        }
        for (EntityChange e : plan.entities()) {
            requireMayChange(actor, e.key(), e.before(), e.after());
        }
    }

    private static void requireMayChange(Actor actor, EntityKey key, Object before, Object after) {
        for (Object state : new Object[] {before, after}) {
            if (state == null) {
                continue;
            }
            boolean allowed;
            if (key.type() == EntityType.ORGANISATION) {
                allowed = actor.mayChangeOrganisation(key.id());
            } else {
                String from = state instanceof Link l ? l.from() : ((JsonNode) state).path("from").asText();
                String to = state instanceof Link l ? l.to() : ((JsonNode) state).path("to").asText();
                allowed = actor.mayChangeLink(from, to);
            }
            if (!allowed) {
                throw new AccessDeniedException(actor.name() + " stewards " + String.join(", ", actor.stewardOf())
                        + "; " + key + " is outside that stewardship");
            }
        }
    }

    private static void requireSameId(List<String> bodyIds, String pathId, ParsedNetwork body, String what) {
        if (!bodyIds.isEmpty() && !bodyIds.get(0).equals(pathId)) {
            body.errors().add(what + ".id", "id", bodyIds.get(0),
                    "the " + what + " in the body has id \"" + bodyIds.get(0) + "\", the address \"" + pathId
                            + "\" (ids cannot be changed)");
        }
    }

    /** Validates a one-entity body against the current network, reporting its field errors with the others. */
    /**
     * Themes of the controlled list for everyone; a new theme only for an administrator (docs/FORMAT.md, "Themes");
     * a theme the network already holds for anyone, so editing such a link is not refused for it.
     */
    private static ThemePolicy themePolicy(Actor actor, NetworkSnapshot current) {
        return ThemePolicy.forAdministrator(actor.has(Role.ADMIN)).alsoAccepting(current.links());
    }

    private static NetworkChange validateOne(ParsedNetwork body, NetworkSnapshot current, String location,
                                             Actor actor) {
        if (body.organisations().isEmpty() && body.links().isEmpty()) {
            body.errors().throwIfAny();
            throw new ValidationException(new org.partnershipatlas.model.validation.ValidationError(location, null,
                    null, "nothing to write"));
        }
        return SnapshotValidator.validate(body, organisationIds(current), countryCodes(current),
                themePolicy(actor, current));
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

    /** "Dolen Cymru — Lesotho Ministry of Health": a link as a person reads it. */
    private static String linkName(NetworkSnapshot network, Link link) {
        return network.organisation(link.from()).map(Organisation::name).orElse(link.from()) + " — "
                + network.organisation(link.to()).map(Organisation::name).orElse(link.to());
    }

    /** The fields a one-entity edit changed, comma separated ("name, website"). */
    private static String changedFields(Plan plan) {
        return plan.entities().stream().filter(e -> e.before() != null && e.after() != null)
                .flatMap(e -> ImportPreview.fields(e.before(), e.after()).keySet().stream())
                .distinct().collect(java.util.stream.Collectors.joining(", "));
    }

    private static NetworkChange empty() {
        return new NetworkChange(List.of(), List.of(), List.of());
    }

    private static Set<String> organisationIds(NetworkSnapshot s) {
        var ids = new HashSet<String>(s.organisations().size() * 2);
        s.organisations().forEach(o -> ids.add(o.id()));
        return ids;
    }

    private static Set<String> countryCodes(NetworkSnapshot s) {
        var codes = new HashSet<String>();
        s.countries().forEach((Country c) -> codes.add(c.code()));
        return codes;
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

    static Map<String, Object> counts(Map<String, Integer> counts) {
        return new HashMap<>(counts);
    }
}
