package org.partnershipatlas.writes;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import org.partnershipatlas.model.Assessment;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.validation.ParsedNetwork;
import org.partnershipatlas.model.validation.ThemePolicy;
import org.partnershipatlas.model.validation.ValidationException;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.security.Actor;
import org.partnershipatlas.security.Role;
import org.partnershipatlas.store.AlongsideWrite;
import org.partnershipatlas.store.ChangeKind;
import org.partnershipatlas.store.EntityKey;
import org.partnershipatlas.store.EntityType;
import org.partnershipatlas.store.ImportMode;
import org.partnershipatlas.store.NetworkStore;
import org.partnershipatlas.store.RecordedChange;
import org.partnershipatlas.store.VersionedSnapshot;
import org.partnershipatlas.store.WriteResult;

/**
 * The one door for writes. Every change to the network — a file imported, an organisation or link created, edited or
 * deleted in a form or through the API, an assessment, an accepted return or registration, an undo, a backup restored,
 * the seed on first start — comes through here, and nothing else calls {@link NetworkStore#write} (an architecture
 * test checks it).
 *
 * <p>Each kind of write is a planner (what it does to the network as stored now: {@link ImportPlans},
 * {@link EntityEditPlans}, {@link ContributionPlans}, {@link UndoPlans}) put through the same machinery
 * ({@link WriteDoor}): signed in with a writer's role; every entity touched authorised for the actor (a steward only
 * their organisations and the links that touch them; countries, replacing the whole network and undoing wholesale
 * changes for admins); a backup before anything that sweeps the network away; one transaction with its recorded
 * change, prepared again if another write landed first. A write that changes nothing records nothing.
 */
@Service
public class NetworkWrites {
    private static final Logger log = LoggerFactory.getLogger(NetworkWrites.class);
    /**
     * Changes touching more entities than this keep only their counts in the history (a very large import); the
     * backup taken before a replace is then the way back.
     */
    public static final int HISTORY_ENTITY_LIMIT = 5_000;
    /** The detail naming the backup written before a replace, a restore or a wholesale undo. */
    public static final String BACKUP_BEFORE = "backupBefore";
    /** The detail naming an import's mode ({@code merge} or {@code replace}). */
    public static final String MODE = "mode";

    private final WriteDoor door;

    public NetworkWrites(NetworkStore store, NetworkReads reads, ApplicationEventPublisher events,
                         BackupBeforeWrite backups) {
        this.door = new WriteDoor(store, reads, events, backups);
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

    // --- imports -------------------------------------------------------------------------------------------------

    /**
     * Imports a parsed file: {@link ImportMode#MERGE} upserts by id, {@link ImportMode#REPLACE} makes it the whole
     * network (admins only, after a backup). All or nothing.
     *
     * @param expectedBaseVersion when committing a preview: the version it was made against; if the network moved
     *                            since, nothing is written ({@link ConflictException} {@code stale-preview})
     * @param dryRun              work out and return the preview only
     * @throws ValidationException listing every error of the file
     * @throws AccessDeniedException if the actor may not make it (replace and countries need an admin; a steward
     *                               only their own)
     */
    public ImportOutcome importNetwork(ParsedNetwork parsed, ImportMode mode, ImportFile file, Change change,
                                       boolean dryRun, Long expectedBaseVersion) {
        Objects.requireNonNull(parsed, "parsed");
        Actor actor = WriteDoor.requireWriter(change.actor());
        if (mode == ImportMode.REPLACE) {
            WriteDoor.requireAdmin(actor, "replacing the whole network");
        }
        Change described = (file == null ? change : change.withDetails(file.details()))
                .withDetails(Map.of(MODE, mode.name().toLowerCase(Locale.ROOT)));
        return door.attempt(expectedBaseVersion == null, current -> {
            requireBase(expectedBaseVersion, current);
            ThemePolicy themes = themePolicy(actor, current.snapshot());
            Plan plan = mode == ImportMode.REPLACE ? ImportPlans.replace(parsed, current.snapshot(), themes)
                    : ImportPlans.merge(parsed, current.snapshot(), themes);
            WriteDoor.authorise(actor, plan);
            ImportPreview preview = ImportPreview.of(plan.entities(), current.version());
            if (dryRun || plan.changesNothing()) {
                return new ImportOutcome(preview, null);
            }
            Change recorded = mode == ImportMode.REPLACE
                    ? door.backedUp(described, "before a replace import by " + actor.name()) : described;
            return new ImportOutcome(preview, door.commit(current.version(), plan, recorded, ChangeKind.IMPORT,
                    preview.summary()));
        });
    }

    private static void requireBase(Long expectedBaseVersion, VersionedSnapshot current) {
        if (expectedBaseVersion != null && current.version() != expectedBaseVersion) {
            throw WriteDoor.stalePreview(expectedBaseVersion, current.version());
        }
    }

    // --- single entities -------------------------------------------------------------------------------------------

    /**
     * Creates one organisation (a parsed body or form: its field errors are reported with the rest).
     *
     * @throws ValidationException if the id is taken, the country unknown, or a field is wrong
     */
    public WriteResult createOrganisation(ParsedNetwork body, Change change) {
        return edit(change, (current, themes) -> EntityEditPlans.createOrganisation(body, current, themes), null,
                (plan, network) -> "added organisation " + plan.upserts().organisations().get(0).name());
    }

    /**
     * Replaces the organisation with this id by the one given.
     *
     * @param ifRevision the revision the edit was made against ({@code If-Match}), or {@code null} to skip the check
     * @throws NotFoundException      if there is no such organisation
     * @throws EditConflictException  if it changed since {@code ifRevision}
     */
    public WriteResult updateOrganisation(String id, ParsedNetwork body, Long ifRevision, Change change) {
        return edit(change, (current, themes) -> EntityEditPlans.updateOrganisation(id, body, ifRevision, current, themes),
                EntityKey.organisation(id), (plan, network) -> plan.upserts().organisations().get(0).name() + ": "
                        + Entities.changedFields(plan) + " changed");
    }

    /**
     * Deletes an organisation. One with links is deleted only with {@code withLinks} (its links go too, each
     * recorded); otherwise nothing is deleted silently: {@link ConflictException} {@code has-links}.
     */
    public WriteResult deleteOrganisation(String id, boolean withLinks, Long ifRevision, Change change) {
        return edit(change, (current, themes) -> EntityEditPlans.deleteOrganisation(id, withLinks, ifRevision, current),
                null,
                (plan, network) -> {
                    int links = plan.deleteLinks().size();
                    return "deleted organisation " + network.organisation(id).orElseThrow().name()
                            + (links == 0 ? "" : " with " + links + (links == 1 ? " link" : " links"));
                });
    }

    /** Creates one link. @throws ValidationException if the id is taken, an end unknown, or a field is wrong */
    public WriteResult createLink(ParsedNetwork body, Change change) {
        return edit(change, (current, themes) -> EntityEditPlans.createLink(body, current, themes), null,
                (plan, network) -> "added link " + Entities.linkName(network, plan.upserts().links().get(0)));
    }

    /** Replaces the link with this id (its ends may change). */
    public WriteResult updateLink(String id, ParsedNetwork body, Long ifRevision, Change change) {
        return edit(change, (current, themes) -> EntityEditPlans.updateLink(id, body, ifRevision, current, themes),
                EntityKey.link(id),
                (plan, network) -> "link " + Entities.linkName(network, plan.upserts().links().get(0)) + ": "
                        + Entities.changedFields(plan) + " changed");
    }

    public WriteResult deleteLink(String id, Long ifRevision, Change change) {
        return edit(change, (current, themes) -> EntityEditPlans.deleteLink(id, ifRevision, current), null,
                (plan, network) -> "deleted link " + Entities.linkName(network, network.link(id).orElseThrow()));
    }

    /**
     * One form or API edit: planned against the network as it is, authorised, and written as one change of kind
     * {@link ChangeKind#EDIT} — or, when it changes nothing, not written (the {@code If-Match} revision of
     * {@code edited} is still checked: a stale one is a conflict even then).
     */
    private WriteResult edit(Change change, BiFunction<NetworkSnapshot, ThemePolicy, Plan> planner, EntityKey edited,
                             BiFunction<Plan, NetworkSnapshot, String> summary) {
        Actor actor = WriteDoor.requireWriter(change.actor());
        return door.attempt(true, current -> {
            Plan plan = planner.apply(current.snapshot(), themePolicy(actor, current.snapshot()));
            WriteDoor.authorise(actor, plan);
            if (plan.changesNothing()) {
                if (edited != null) {
                    // Even an edit that changes nothing is refused outside one's stewardship.
                    Object stored = edited.type() == EntityType.LINK
                            ? current.snapshot().link(edited.id()).orElse(null) : edited.id();
                    WriteDoor.requireMayChange(actor, edited, stored, null);
                    door.checkRevisionUnchanged(edited, plan.expectedRevisions().get(edited));
                }
                return WriteDoor.noChange(current);
            }
            return door.commit(current.version(), plan, change, ChangeKind.EDIT, summary.apply(plan, current.snapshot()));
        });
    }

    /**
     * Themes of the controlled list for everyone; a new theme only for an administrator (docs/FORMAT.md, "Themes");
     * a theme the network already holds for anyone, so editing such a link is not refused for it.
     */
    private static ThemePolicy themePolicy(Actor actor, NetworkSnapshot current) {
        return ThemePolicy.forAdministrator(actor.has(Role.ADMIN)).alsoAccepting(current.links());
    }

    // --- quality -----------------------------------------------------------------------------------------------------

    /**
     * Adds a dated self-assessment to a link (kept as history: the list stays oldest first, the latest is the
     * link's current quality). Editors and the link's stewards may.
     *
     * @throws NotFoundException   if there is no such link
     * @throws ValidationException if the assessment breaks a rule (every error at its field)
     */
    public WriteResult addAssessment(String linkId, Assessment assessment, Change change) {
        Actor actor = WriteDoor.requireWriter(change.actor());
        return door.attempt(true, current -> {
            Plan plan = ContributionPlans.assessment(linkId, assessment, current.snapshot());
            WriteDoor.authorise(actor, plan);
            Link link = current.snapshot().link(linkId).orElseThrow();
            return door.commit(current.version(), plan, change, ChangeKind.ASSESSMENT, "assessed "
                    + Entities.linkName(current.snapshot(), link) + (assessment.date() == null ? ""
                    : " on " + assessment.date()));
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
                                     Map<String, List<Assessment>> assessments, Change change) {
        Actor actor = WriteDoor.requireWriter(change.actor());
        return door.attempt(true, current -> {
            Plan plan = ContributionPlans.reviewed(organisations, links, assessments, current.snapshot());
            WriteDoor.authorise(actor, plan);
            if (plan.changesNothing()) {
                return WriteDoor.noChange(current);
            }
            return door.commit(current.version(), plan, change, kind, summary);
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
     * <p>An undo is authorised as the write it amounts to: a steward only for changes wholly inside their
     * stewardship; undoing the seed, a replace import or a restore, or removing more than
     * {@value UndoPlans#EDITOR_UNDO_REMOVALS} organisations and links, only for admins, after a backup
     * ({@code details.backupBefore}). An undo that would change nothing is refused ({@code nothing-to-undo}) and
     * records nothing.
     *
     * @throws NotFoundException if there is no such change
     */
    public WriteResult undo(long changeId, boolean alsoLater, Change change) {
        Actor actor = WriteDoor.requireWriter(change.actor());
        return door.attempt(true, current -> {
            UndoPlans.Undo undo = UndoPlans.plan(door.store(), changeId, alsoLater, current.snapshot());
            WriteDoor.authorise(actor, UndoPlans.touched(undo));
            WriteDoor.authorise(actor, undo.plan());
            boolean sweeping = UndoPlans.sweeping(undo);
            if (sweeping && !actor.has(Role.ADMIN)) {
                throw new AccessDeniedException("undoing " + (undo.ids().size() == 1 ? "change " + changeId
                        : "changes " + undo.ids()) + " would rewrite the network wholesale (the seed, a replace "
                        + "import, a restore, or more than " + UndoPlans.EDITOR_UNDO_REMOVALS
                        + " organisations and links removed); that needs the ADMIN role");
            }
            if (undo.plan().changesNothing()) {
                throw new ConflictException("nothing-to-undo", "what change " + changeId + " touched is already as it "
                        + "was before it; nothing to undo", Map.of("change", changeId));
            }
            List<Long> ids = undo.ids();
            Change described = change.withDetails(Map.of("undoes", ids));
            Change recorded = sweeping ? door.backedUp(described, "before an undo by " + actor.name()) : described;
            String summary = "undid " + (ids.size() == 1 ? "change " + changeId : "changes " + ids) + ": "
                    + ImportPreview.of(undo.plan().entities(), current.version()).summary();
            return door.commit(current.version(), undo.plan(), recorded, ChangeKind.UNDO, summary);
        });
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
        return restore(network, history, archive, change, dryRun, expectedBaseVersion, null);
    }

    /**
     * As {@link #restore(ParsedNetwork, List, BackupFile, Change, boolean, Long)}, with {@code alongside} (a backup's
     * users, tokens, returns, registrations and stories put back) run in the same transaction as the switch to the
     * restored network: both are written or neither.
     */
    public RestoreOutcome restore(ParsedNetwork network, List<RecordedChange> history, BackupFile archive,
                                  Change change, boolean dryRun, Long expectedBaseVersion, AlongsideWrite alongside) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(archive, "archive");
        Actor actor = WriteDoor.requireWriter(change.actor());
        WriteDoor.requireAdmin(actor, "restoring a backup");
        Change described = change.withDetails(archive.details()).withDetails(Map.of("changesRestored", history.size()));
        return door.attempt(expectedBaseVersion == null, current -> {
            requireBase(expectedBaseVersion, current);
            Plan plan = ImportPlans.replace(network, current.snapshot(), ThemePolicy.ACCEPT_NEW); // an admin's
            ImportPreview preview = ImportPreview.of(plan.entities(), current.version());
            if (dryRun) {
                return new RestoreOutcome(preview, null, null);
            }
            Change recorded = door.backedUp(described, "before a restore by " + actor.name());
            String summary = "backup of " + archive.createdAt() + " (version " + archive.networkVersion() + ", "
                    + history.size() + (history.size() == 1 ? " change" : " changes") + ") restored: "
                    + preview.summary();
            WriteResult result = door.commit(current.version(), plan, recorded, ChangeKind.RESTORE, summary, history,
                    alongside);
            return new RestoreOutcome(preview, result, (String) recorded.details().get(BACKUP_BEFORE));
        });
    }

    // --- the seed ----------------------------------------------------------------------------------------------------

    /**
     * Imports {@code seed} if the store holds no network yet (first start), as the application; never touches a
     * store with data. @return whether it was imported
     */
    public boolean seedIfEmpty(NetworkSnapshot seed) {
        VersionedSnapshot current = door.reads().latest();
        if (!current.snapshot().organisations().isEmpty() || !current.snapshot().links().isEmpty()) {
            log.info("The store already holds a network; the seed is not imported");
            return false;
        }
        WriteResult result = door.commit(current.version(), ImportPlans.seed(seed, current.snapshot()),
                Change.by(Actor.SYSTEM, "the Wales–Africa seed (seed/sources)"), ChangeKind.SEED,
                seed.organisations().size() + " organisations and " + seed.links().size() + " links: the Wales–Africa seed");
        log.info("Seeded the empty store with the Wales–Africa network: {} organisations, {} links (version {})",
                result.organisationsCreated(), result.linksCreated(), result.version());
        return true;
    }
}
