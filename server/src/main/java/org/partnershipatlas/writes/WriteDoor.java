package org.partnershipatlas.writes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.reads.NetworkChanged;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.security.Actor;
import org.partnershipatlas.security.Role;
import org.partnershipatlas.store.AlongsideWrite;
import org.partnershipatlas.store.ChangeKind;
import org.partnershipatlas.store.ChangeNote;
import org.partnershipatlas.store.ChangeQuery;
import org.partnershipatlas.store.EntityChange;
import org.partnershipatlas.store.EntityKey;
import org.partnershipatlas.store.EntityType;
import org.partnershipatlas.store.GenerationRetiredException;
import org.partnershipatlas.store.ImportMode;
import org.partnershipatlas.store.NetworkStore;
import org.partnershipatlas.store.RecordedChange;
import org.partnershipatlas.store.RevisionConflictException;
import org.partnershipatlas.store.StaleNetworkException;
import org.partnershipatlas.store.StoreWrite;
import org.partnershipatlas.store.VersionedSnapshot;
import org.partnershipatlas.store.WriteResult;

/**
 * The machinery of the one door, the same for every kind of write: who may write at all; each entity a plan touches
 * authorised for the actor (stewards only within their stewardship, countries by admins only); the plan prepared
 * against the network as stored now and prepared again if another write lands first; a backup before a write that
 * sweeps much away; one store write with its recorded change; open pages told afterwards. A plan that touches
 * nothing is not written: nothing is recorded and the version stays.
 *
 * <p>The planners ({@link ImportPlans}, {@link EntityEditPlans}, {@link ContributionPlans}, {@link UndoPlans})
 * work out what a write does; {@link NetworkWrites} puts the two together per kind of write.
 */
final class WriteDoor {
    private static final Logger log = LoggerFactory.getLogger(WriteDoor.class);
    static final int MAX_ATTEMPTS = 3;
    /** Times a prepared merge is written at a newer version because the writes between left it alone. */
    static final int MAX_REBASES = 10;

    private final NetworkStore store;
    private final NetworkReads reads;
    private final ApplicationEventPublisher events;
    private final BackupBeforeWrite backups;

    WriteDoor(NetworkStore store, NetworkReads reads, ApplicationEventPublisher events, BackupBeforeWrite backups) {
        this.store = store;
        this.reads = reads;
        this.events = events;
        this.backups = backups;
    }

    NetworkStore store() {
        return store;
    }

    NetworkReads reads() {
        return reads;
    }

    // --- who may write -------------------------------------------------------------------------------------------

    static Actor requireWriter(Actor actor) {
        if (actor == null || actor.isAnonymous()) {
            throw new AuthenticationCredentialsNotFoundException("sign in to change the network");
        }
        if (!actor.has(Role.EDITOR)) {
            throw new AccessDeniedException(actor.name() + " may read but not change the network (needs the EDITOR role)");
        }
        return actor;
    }

    static void requireAdmin(Actor actor, String what) {
        if (!actor.has(Role.ADMIN)) {
            throw new AccessDeniedException(what + " needs the ADMIN role");
        }
    }

    /** Every entity a plan touches, before and after, must be the actor's to change. */
    static void authorise(Actor actor, Plan plan) {
        authorise(actor, plan.entities());
    }

    static void authorise(Actor actor, List<EntityChange> entities) {
        for (EntityChange e : entities) {
            requireMayChange(actor, e.key(), e.before(), e.after());
            if (e.type() == EntityType.COUNTRY && Entities.altersReferenceData(e)) {
                requireAdmin(actor, "changing country " + e.id() + " (countries are reference data)");
            }
        }
    }

    /** A steward may change only their organisations and the links that touch them (in both states). */
    static void requireMayChange(Actor actor, EntityKey key, Object before, Object after) {
        if (!actor.isSteward() || key.type() == EntityType.COUNTRY) {
            return;
        }
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

    // --- preparing and writing -------------------------------------------------------------------------------------

    /**
     * Runs {@code work} against the network as stored now; if another write lands first, runs it again against the
     * new network (when {@code retry}), otherwise refuses as a stale preview.
     */
    <T> T attempt(boolean retry, Function<VersionedSnapshot, T> work) {
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
                Map.of("version", last.actual()), 1);
    }

    static ConflictException stalePreview(long previewed, long now) {
        return new ConflictException("stale-preview", "the network changed (version " + now
                + ") since the preview was made (version " + previewed + "); preview the file again",
                Map.of("baseVersion", previewed, "currentVersion", now));
    }

    /** Writes a backup of everything as it is and records its name with the change. */
    Change backedUp(Change change, String why) {
        return change.withDetails(Map.of(NetworkWrites.BACKUP_BEFORE, backups.backUp(why)));
    }

    WriteResult commit(long baseVersion, Plan plan, Change change, ChangeKind kind, String summary) {
        return commit(baseVersion, plan, change, kind, summary, null, null);
    }

    /**
     * Writes a plan with its recorded change in one store write and tells open pages.
     *
     * @param history   {@code null} to keep the history, or the history that replaces it (a restore)
     * @param alongside {@code null}, or what commits in the same transaction (a restore's accounts and records)
     */
    WriteResult commit(long baseVersion, Plan plan, Change change, ChangeKind kind, String summary,
                       List<RecordedChange> history, AlongsideWrite alongside) {
        boolean complete = plan.entities().size() <= NetworkWrites.HISTORY_ENTITY_LIMIT;
        var details = new LinkedHashMap<String, Object>(change.details());
        if (!complete) {
            details.put("entitiesTouched", plan.entities().size());
        }
        var note = new ChangeNote(change.actor().name(), kind, change.reason(), change.source(), summary, details,
                complete ? plan.entities() : List.of(), complete);
        WriteResult result;
        long base = baseVersion;
        for (int rebases = 0; ; rebases++) {
            long at = base;
            try {
                result = reads.writing(() -> store.write(new StoreWrite(at, plan.mode(), plan.upserts(),
                        plan.deleteOrganisations(), plan.deleteLinks(), plan.expectedRevisions(), note, history,
                        alongside)));
                break;
            } catch (RevisionConflictException e) {
                throw editConflict(e, plan);
            } catch (GenerationRetiredException e) {
                throw new ConflictException("generation-retired", e.getMessage(), Map.of("generation", e.generation()), 2);
            } catch (StaleNetworkException e) {
                base = rebased(plan, history, alongside, at, rebases).orElseThrow(() -> e);
            }
        }
        events.publishEvent(new NetworkChanged(result.version(), change.actor().name(), summary));
        return result;
    }

    /**
     * The version a merge prepared at {@code at} can be written at unchanged, when every write since left what it
     * touches alone (edits of unrelated organisations do not wait for each other, or for an import, to be prepared
     * again); empty when it must be prepared again.
     */
    private Optional<Long> rebased(Plan plan, List<RecordedChange> history, AlongsideWrite alongside, long at,
                                   int rebases) {
        if (rebases >= MAX_REBASES || plan.mode() != ImportMode.MERGE || history != null || alongside != null) {
            return Optional.empty();
        }
        return store.versionIfUntouchedSince(at, Set.copyOf(NetworkStore.touches(plan.entities())));
    }

    /** What a write that changed nothing answers: the network as it is, no change recorded. */
    static WriteResult noChange(VersionedSnapshot current) {
        NetworkSnapshot s = current.snapshot();
        return WriteResult.nothingAt(current.version(), s.organisations().size(), s.links().size());
    }

    // --- edit conflicts ----------------------------------------------------------------------------------------------

    EditConflictException editConflict(RevisionConflictException e, Plan plan) {
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
    void checkRevisionUnchanged(EntityKey key, Long ifRevision) {
        if (ifRevision == null) {
            return;
        }
        long stored = (key.type() == EntityType.ORGANISATION ? reads.organisation(key.id()).map(r -> r.revision())
                : reads.link(key.id()).map(r -> r.revision())).orElse(0L);
        if (stored != ifRevision) {
            throw editConflict(new RevisionConflictException(key, ifRevision, stored), Plan.nothing());
        }
    }
}
