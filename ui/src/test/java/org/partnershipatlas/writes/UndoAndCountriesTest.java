package org.partnershipatlas.writes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import org.partnershipatlas.AtlasSpringTest;
import org.partnershipatlas.TestWrites;
import org.partnershipatlas.backups.BackupService;
import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.format.JsonSnapshotFormat.Entity;
import org.partnershipatlas.model.Region;
import org.partnershipatlas.model.validation.ParsedNetwork;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.security.Actor;
import org.partnershipatlas.security.Role;
import org.partnershipatlas.seed.WalesAfricaSeed;
import org.partnershipatlas.store.ChangeKind;
import org.partnershipatlas.store.ChangeQuery;
import org.partnershipatlas.store.EntityType;
import org.partnershipatlas.store.ImportMode;
import org.partnershipatlas.store.NetworkStore;
import org.partnershipatlas.store.RecordedChange;
import org.partnershipatlas.store.WriteResult;

/**
 * An undo is authorised as the write it amounts to, countries are reference data, and a write that changes nothing
 * records nothing — each refusal checked to leave the network, its version and its history as they were.
 */
@AtlasSpringTest
class UndoAndCountriesTest {
    private static final Actor EDITOR = new Actor("ed", EnumSet.of(Role.VIEWER, Role.EDITOR), Set.of());
    private static final Actor STEWARD = new Actor("stew", EnumSet.of(Role.VIEWER, Role.EDITOR), Set.of("dolen-cymru"));
    private static final Actor ADMIN = TestWrites.ADMIN;

    @Autowired
    NetworkWrites writes;
    @Autowired
    NetworkReads reads;
    @Autowired
    NetworkStore store;
    @Autowired
    BackupService backups;

    @BeforeEach
    void seed() {
        TestWrites.replace(writes, WalesAfricaSeed.load());
    }

    /** The network with its version and the whole history: what a refusal must leave as it was. */
    private String stored() {
        return reads.version() + JsonSnapshotFormat.toJson(reads.current().snapshot(), false)
                + store.allChanges().stream().map(c -> c.id() + c.summary()).collect(Collectors.joining("|"));
    }

    private static ParsedNetwork file(String json) {
        return JsonSnapshotFormat.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static ParsedNetwork organisation(String json) {
        return JsonSnapshotFormat.parseEntity(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                Entity.ORGANISATION, "organisation");
    }

    private String renamed(String id, String name) {
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) JsonSnapshotFormat.toJsonNode(
                reads.current().snapshot().organisation(id).orElseThrow());
        return node.put("name", name).toString();
    }

    private long latest(ChangeKind kind) {
        return store.changes(new ChangeQuery(1, null, null, kind, null, null, null)).get(0).id();
    }

    // --- undo as the write it amounts to ---------------------------------------------------------------------------

    @Test
    void anEditor_mayNotUndoAReplaceImport_orTheSeed_andNothingChanges() {
        long replace = latest(ChangeKind.IMPORT);
        String before = stored();
        assertThatThrownBy(() -> writes.undo(replace, true, Change.by(EDITOR, "api")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("ADMIN");
        long seed = store.changes(new ChangeQuery(1, null, null, ChangeKind.SEED, null, null, null)).get(0).id();
        assertThatThrownBy(() -> writes.undo(seed, true, Change.by(EDITOR, "api")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anAdminsWholesaleUndo_isPrecededByABackup_recordedWithTheChange() {
        writes.importNetwork(file("{\"format\": \"partnership-atlas/1\", \"organisations\": [{\"id\": \"x-one\", "
                        + "\"name\": \"X One\", \"type\": \"NGO\", \"country\": \"GB-WLS\", \"confidence\": \"A\", "
                        + "\"sources\": [{\"citation\": \"t\"}]}]}"), ImportMode.REPLACE, null, Change.by(ADMIN, "file"),
                false, null);
        long replace = latest(ChangeKind.IMPORT);
        WriteResult undone = writes.undo(replace, false, Change.by(ADMIN, "api"));
        RecordedChange recorded = store.change(undone.changeId()).orElseThrow();
        assertThat(recorded.kind()).isEqualTo(ChangeKind.UNDO);
        String backup = (String) recorded.details().get(NetworkWrites.BACKUP_BEFORE);
        assertThat(backups.list()).anyMatch(b -> b.name().equals(backup));
        assertThat(reads.current().snapshot().organisations()).hasSize(WalesAfricaSeed.load().organisations().size());
    }

    @Test
    void anEditorsUndoThatWouldRemoveManyOrganisations_isForAdmins() {
        String orgs = IntStream.range(0, UndoPlans.EDITOR_UNDO_REMOVALS + 5).mapToObj(i -> "{\"id\": \"bulk-" + i
                + "\", \"name\": \"Bulk " + i + "\", \"type\": \"NGO\", \"country\": \"GB-WLS\", \"confidence\": \"A\", "
                + "\"sources\": [{\"citation\": \"t\"}]}").collect(Collectors.joining(","));
        long bulk = writes.importNetwork(file("{\"format\": \"partnership-atlas/1\", \"organisations\": [" + orgs + "]}"),
                ImportMode.MERGE, null, Change.by(EDITOR, "file"), false, null).result().changeId();
        String before = stored();
        assertThatThrownBy(() -> writes.undo(bulk, false, Change.by(EDITOR, "api")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("ADMIN");
        assertThat(stored()).isEqualTo(before);
        RecordedChange undone = store.change(writes.undo(bulk, false, Change.by(ADMIN, "api")).changeId()).orElseThrow();
        assertThat(undone.details()).containsKey(NetworkWrites.BACKUP_BEFORE);
        assertThat(reads.current().snapshot().organisation("bulk-0")).isEmpty();
    }

    @Test
    void aSteward_undoesOnlyChangesWhollyInsideTheirStewardship() {
        long own = writes.updateOrganisation("dolen-cymru", organisation(renamed("dolen-cymru", "Dolen Cymru (renamed)")),
                null, Change.by(STEWARD, "form")).changeId();
        long others = writes.updateOrganisation("quthing-hospital", organisation(renamed("quthing-hospital",
                "Quthing (renamed)")), null, Change.by(EDITOR, "form")).changeId();
        String before = stored();
        assertThatThrownBy(() -> writes.undo(others, false, Change.by(STEWARD, "api")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("stewardship");
        assertThat(stored()).isEqualTo(before);
        writes.undo(own, false, Change.by(STEWARD, "api"));
        assertThat(reads.current().snapshot().organisation("dolen-cymru").orElseThrow().name())
                .isEqualTo(WalesAfricaSeed.load().organisation("dolen-cymru").orElseThrow().name());
    }

    @Test
    void undoingWhatIsAlreadyUndone_recordsNothing_andKeepsTheVersion() {
        long edit = writes.updateOrganisation("dolen-cymru", organisation(renamed("dolen-cymru", "Dolen (x)")), null,
                Change.by(EDITOR, "form")).changeId();
        long undo = writes.undo(edit, false, Change.by(EDITOR, "api")).changeId();
        writes.undo(undo, false, Change.by(EDITOR, "api"));         // the undo undone: the rename is back
        writes.updateOrganisation("dolen-cymru", organisation(renamed("dolen-cymru",
                WalesAfricaSeed.load().organisation("dolen-cymru").orElseThrow().name())), null, Change.by(EDITOR, "form"));
        String before = stored();
        assertThatThrownBy(() -> writes.undo(edit, true, Change.by(EDITOR, "api")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("nothing to undo");
        assertThat(stored()).isEqualTo(before);
    }

    // --- countries are reference data --------------------------------------------------------------------------

    private static final String HACKED_LESOTHO = "{\"format\": \"partnership-atlas/1\", \"countries\": "
            + "[{\"code\": \"LS\", \"name\": \"Hacked\", \"region\": \"EUROPE\"}]}";

    @Test
    void anEditorOrSteward_mayNotRenameACountry_andNothingChanges() {
        String before = stored();
        for (Actor actor : new Actor[] {EDITOR, STEWARD}) {
            assertThatThrownBy(() -> writes.importNetwork(file(HACKED_LESOTHO), ImportMode.MERGE, null,
                    Change.by(actor, "file"), false, null))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("country LS");
        }
        assertThat(stored()).isEqualTo(before);
        assertThat(reads.current().snapshot().country("LS").orElseThrow().name()).isEqualTo("Lesotho");
    }

    @Test
    void anAdminsCountryChange_isRecordedWithBeforeAndAfter_andCanBeUndone() {
        var outcome = writes.importNetwork(file(HACKED_LESOTHO), ImportMode.MERGE, null, Change.by(ADMIN, "file"),
                false, null);
        assertThat(outcome.preview().changed().countries()).singleElement()
                .satisfies(c -> assertThat(c.fields()).containsKeys("name", "region"));
        RecordedChange recorded = store.change(outcome.result().changeId()).orElseThrow();
        assertThat(recorded.entities()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EntityType.COUNTRY);
            assertThat(e.before().get("name").asText()).isEqualTo("Lesotho");
            assertThat(e.after().get("name").asText()).isEqualTo("Hacked");
        });
        assertThat(reads.current().snapshot().country("LS").orElseThrow().region()).isEqualTo(Region.EUROPE);
        assertThatThrownBy(() -> writes.undo(recorded.id(), false, Change.by(EDITOR, "api")))
                .isInstanceOf(AccessDeniedException.class);
        writes.undo(recorded.id(), false, Change.by(ADMIN, "api"));
        assertThat(reads.current().snapshot().country("LS").orElseThrow().name()).isEqualTo("Lesotho");
    }

    @Test
    void listingCountriesAsTheyAreStored_changesNothing_recordsNothing_andKeepsTheVersion() {
        String before = stored();
        var outcome = writes.importNetwork(file("{\"format\": \"partnership-atlas/1\", \"countries\": "
                        + "[{\"code\": \"LS\", \"name\": \"Lesotho\", \"region\": \"SUB_SAHARAN_AFRICA\"}]}"),
                ImportMode.MERGE, null, Change.by(EDITOR, "file"), false, null);
        assertThat(outcome.result()).isNull();
        assertThat(outcome.preview().changesNothing()).isTrue();
        var same = writes.updateOrganisation("dolen-cymru", organisation(renamed("dolen-cymru",
                reads.current().snapshot().organisation("dolen-cymru").orElseThrow().name())), null, Change.by(EDITOR, "form"));
        assertThat(same.recordedChangeId()).isNull();
        assertThat(stored()).isEqualTo(before);
    }
}
