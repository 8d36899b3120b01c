package org.partnershipatlas.writes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import org.partnershipatlas.AtlasSpringTest;
import org.partnershipatlas.TestWrites;
import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.format.JsonSnapshotFormat.Entity;
import org.partnershipatlas.model.validation.ParsedNetwork;
import org.partnershipatlas.model.validation.ValidationError;
import org.partnershipatlas.model.validation.ValidationException;
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

/** The one door for writes, on the real application and Neo4j: validation, authorisation, revisions, the record. */
@AtlasSpringTest
class NetworkWritesTest {
    private static final Actor VIEWER = new Actor("vera", EnumSet.of(Role.VIEWER), Set.of());
    private static final Actor EDITOR = new Actor("ed", EnumSet.of(Role.VIEWER, Role.EDITOR), Set.of());
    private static final Actor STEWARD = new Actor("stew", EnumSet.of(Role.VIEWER, Role.EDITOR), Set.of("dolen-cymru"));

    @Autowired
    NetworkWrites writes;
    @Autowired
    NetworkReads reads;
    @Autowired
    NetworkStore store;

    @BeforeEach
    void seed() {
        TestWrites.replace(writes, WalesAfricaSeed.load());
    }

    private static ParsedNetwork organisation(String json) {
        return JsonSnapshotFormat.parseEntity(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                Entity.ORGANISATION, "organisation");
    }

    private static ParsedNetwork link(String json) {
        return JsonSnapshotFormat.parseEntity(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                Entity.LINK, "link");
    }

    private String organisationJson(String id, String name) {
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) JsonSnapshotFormat.toJsonNode(
                reads.current().snapshot().organisation(id).orElseThrow());
        return node.put("name", name).toString();
    }

    private String stored() {
        return reads.version() + JsonSnapshotFormat.toJson(reads.current().snapshot(), false);
    }

    @Test
    void theSeed_isTheHistorysFirstKindOfChange_byTheApplication() {
        List<RecordedChange> seeds = store.changes(new ChangeQuery(10, null, null, ChangeKind.SEED, null, null, null));
        assertThat(seeds).isNotEmpty().allMatch(c -> c.actor().equals("system"));
        var seed = WalesAfricaSeed.load();
        assertThat(seeds.get(seeds.size() - 1).entities()).filteredOn(e -> e.type() != EntityType.COUNTRY)
                .hasSize(seed.organisations().size() + seed.links().size());
    }

    @Test
    void anEdit_isRecordedWithActorReasonAndBothStates() {
        var change = Change.by(EDITOR, "form").withReason("the Ministry's full name");
        var result = writes.updateOrganisation("quthing-hospital", organisation(organisationJson("quthing-hospital",
                "Ministry of Health, Kingdom of Lesotho")), null, change);
        RecordedChange recorded = store.change(result.changeId()).orElseThrow();
        assertThat(recorded.actor()).isEqualTo("ed");
        assertThat(recorded.kind()).isEqualTo(ChangeKind.EDIT);
        assertThat(recorded.reason()).isEqualTo("the Ministry's full name");
        assertThat(recorded.entities()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EntityType.ORGANISATION);
            assertThat(e.before().get("name").asText()).isNotEqualTo(e.after().get("name").asText());
            assertThat(e.after().get("name").asText()).isEqualTo("Ministry of Health, Kingdom of Lesotho");
        });
    }

    @Test
    void readersAndAnonymous_mayNotWrite_andNothingChanges() {
        String before = stored();
        assertThatThrownBy(() -> writes.createOrganisation(organisation(
                "{\"id\": \"x\", \"name\": \"X\", \"type\": \"NGO\", \"confidence\": \"ILLUSTRATIVE\"}"), Change.by(VIEWER, "t")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> writes.deleteLink("l01", null, Change.by(Actor.ANONYMOUS, "t")))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> writes.importNetwork(TestWrites.parsed(WalesAfricaSeed.load()), ImportMode.REPLACE,
                null, Change.by(EDITOR, "t"), false, null))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("ADMIN");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aSteward_changesTheirOrganisationAndItsLinks_butNothingElse() {
        writes.updateOrganisation("dolen-cymru", organisation(organisationJson("dolen-cymru", "Dolen Cymru – Wales Lesotho Link")),
                null, Change.by(STEWARD, "form"));
        assertThat(reads.current().snapshot().organisation("dolen-cymru").orElseThrow().name()).contains("–");

        String before = stored();
        assertThatThrownBy(() -> writes.updateOrganisation("quthing-hospital", organisation(organisationJson("quthing-hospital", "X")),
                null, Change.by(STEWARD, "form"))).isInstanceOf(AccessDeniedException.class).hasMessageContaining("dolen-cymru");
        var outside = reads.current().snapshot().links().stream().filter(l -> !l.touches("dolen-cymru")).findFirst().orElseThrow();
        assertThatThrownBy(() -> writes.deleteLink(outside.id(), null, Change.by(STEWARD, "form")))
                .isInstanceOf(AccessDeniedException.class);
        // Moving one of their links away from their organisation is changing someone else's link too.
        var own = reads.current().snapshot().linksOf("dolen-cymru").get(0);
        var moved = ((com.fasterxml.jackson.databind.node.ObjectNode) JsonSnapshotFormat.toJsonNode(own))
                .put("from", outside.from()).put("to", outside.to()).toString();
        assertThatThrownBy(() -> writes.updateLink(own.id(), link(moved), null, Change.by(STEWARD, "form")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anEditAgainstAnOlderRevision_isRefusedNamingWhoChangedItAndWhen() {
        long revision = reads.organisation("quthing-hospital").orElseThrow().revision();
        writes.updateOrganisation("quthing-hospital", organisation(organisationJson("quthing-hospital", "First edit")), revision,
                Change.by(EDITOR, "form"));
        String before = stored();
        assertThatThrownBy(() -> writes.updateOrganisation("quthing-hospital", organisation(organisationJson("quthing-hospital",
                "Second edit")), revision, Change.by(STEWARD.has(Role.ADMIN) ? EDITOR : TestWrites.ADMIN, "form")))
                .isInstanceOfSatisfying(EditConflictException.class, e -> {
                    assertThat(e.changedBy()).isEqualTo("ed");
                    assertThat(e.changedAt()).isNotNull();
                    assertThat(e.current().get("name").asText()).isEqualTo("First edit");
                    assertThat(e.attempted().get("name").asText()).isEqualTo("Second edit");
                    assertThat(e.getMessage()).contains("changed by ed at");
                });
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void twoConcurrentEditsOfOneOrganisation_oneWins_theOtherGetsTheConflict() throws Exception {
        long revision = reads.organisation("quthing-hospital").orElseThrow().revision();
        var pool = Executors.newFixedThreadPool(2);
        var start = new CountDownLatch(1);
        var outcomes = new ArrayList<Future<String>>();
        for (String who : List.of("alice", "bob")) {
            var actor = new Actor(who, EnumSet.of(Role.VIEWER, Role.EDITOR), Set.of());
            var body = organisation(organisationJson("quthing-hospital", "Edited by " + who));
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    writes.updateOrganisation("quthing-hospital", body, revision, Change.by(actor, "form"));
                    return "won";
                } catch (EditConflictException e) {
                    return "conflict";
                }
            }));
        }
        start.countDown();
        var results = new ArrayList<String>();
        for (var outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();
        assertThat(results).containsExactlyInAnyOrder("won", "conflict");
        assertThat(reads.current().snapshot().organisation("quthing-hospital").orElseThrow().name()).startsWith("Edited by ");
    }

    /**
     * Six editors editing six different organisations at once, over and over: none is refused as "busy" (a write
     * prepared against a version that others then moved is written at the new version when they left its
     * organisations alone), and every edit lands.
     */
    @Test
    void concurrentEditsOfDifferentOrganisations_allLand_noneIsRefusedAsBusy() throws Exception {
        List<String> ids = reads.current().snapshot().organisations().stream()
                .map(o -> o.id()).limit(6).toList();
        var pool = Executors.newFixedThreadPool(ids.size());
        var start = new CountDownLatch(1);
        var outcomes = new ArrayList<Future<Integer>>();
        int rounds = 12;
        for (String id : ids) {
            var actor = new Actor("editor-of-" + id, EnumSet.of(Role.VIEWER, Role.EDITOR), Set.of());
            outcomes.add(pool.submit(() -> {
                start.await();
                int landed = 0;
                for (int i = 0; i < rounds; i++) {
                    writes.updateOrganisation(id, organisation(organisationJson(id, "Edit " + i + " of " + id)), null,
                            Change.by(actor, "form"));
                    landed++;
                }
                return landed;
            }));
        }
        start.countDown();
        int landed = 0;
        for (var outcome : outcomes) {
            landed += outcome.get();
        }
        pool.shutdown();
        assertThat(landed).isEqualTo(ids.size() * rounds);
        for (String id : ids) {
            assertThat(reads.current().snapshot().organisation(id).orElseThrow().name()).isEqualTo("Edit " + (rounds - 1)
                    + " of " + id);
        }
    }

    @Test
    void deletingAnOrganisationWithLinks_asksFirst_thenRecordsEveryLinkGone() {
        int links = reads.current().snapshot().linksOf("dolen-cymru").size();
        String before = stored();
        assertThatThrownBy(() -> writes.deleteOrganisation("dolen-cymru", false, null, Change.by(EDITOR, "form")))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("has-links");
                    assertThat((List<?>) e.details().get("links")).hasSize(links);
                });
        assertThat(stored()).isEqualTo(before);
        var result = writes.deleteOrganisation("dolen-cymru", true, null, Change.by(EDITOR, "form"));
        assertThat(result.linksDeleted()).isEqualTo(links);
        assertThat(store.change(result.changeId()).orElseThrow().entities()).hasSize(1 + links);
        assertThat(reads.current().snapshot().linksOf("dolen-cymru")).isEmpty();
    }

    @Test
    void aBadEntity_reportsEveryErrorAtItsField_andChangesNothing() {
        String before = stored();
        assertThatThrownBy(() -> writes.createOrganisation(organisation("""
                {"id": "dolen-cymru", "name": "Again", "type": "NGO", "website": "javascript:alert(1)",
                 "country": "QQ", "confidence": "A", "sources": []}"""), Change.by(EDITOR, "api")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationError::location)
                        .contains("organisation.website", "organisation.sources"));
        assertThatThrownBy(() -> writes.createOrganisation(organisation(
                "{\"id\": \"dolen-cymru\", \"name\": \"Again\", \"type\": \"NGO\", \"country\": \"QQ\", "
                        + "\"confidence\": \"ILLUSTRATIVE\"}"),
                Change.by(EDITOR, "api"))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationError::toString)
                        .contains("organisation.id: an organisation with id \"dolen-cymru\" already exists",
                                "organisation.country: unknown country \"QQ\" (declare it under countries)"));
        assertThatThrownBy(() -> writes.updateOrganisation("quthing-hospital", organisation(organisationJson("dolen-cymru", "X")),
                null, Change.by(EDITOR, "api"))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(ValidationError::location).contains("organisation.id"));
        assertThatThrownBy(() -> writes.updateOrganisation("no-such-org", organisation(organisationJson("dolen-cymru", "X")),
                null, Change.by(EDITOR, "api"))).isInstanceOf(NotFoundException.class);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anImportPreview_changesNothing_listsFieldChanges_andAStalePreviewCannotBeCommitted() {
        var merge = JsonSnapshotFormat.parse(new ByteArrayInputStream(("{\"format\": \"partnership-atlas/1\", "
                + "\"organisations\": [" + organisationJson("quthing-hospital", "Renamed by a file") + ", "
                + "{\"id\": \"new-one\", \"name\": \"New\", \"type\": \"NGO\", \"confidence\": \"ILLUSTRATIVE\"}]}")
                .getBytes(StandardCharsets.UTF_8)));
        String before = stored();
        var preview = writes.importNetwork(merge, ImportMode.MERGE, null, Change.by(EDITOR, "file"), true, null).preview();
        assertThat(stored()).isEqualTo(before);
        assertThat(preview.added().organisations()).containsExactly("new-one");
        assertThat(preview.changed().organisations()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("quthing-hospital");
            assertThat(c.fields()).containsOnlyKeys("name");
            assertThat(c.fields().get("name").to().asText()).isEqualTo("Renamed by a file");
        });
        TestWrites.create(writes, org.partnershipatlas.model.Networks.organisation("meanwhile",
                org.partnershipatlas.model.OrganisationType.NGO, "KE"));
        assertThatThrownBy(() -> writes.importNetwork(merge, ImportMode.MERGE, null, Change.by(EDITOR, "file"), false,
                preview.baseVersion())).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo("stale-preview"));
        assertThat(reads.current().snapshot().organisation("new-one")).isEmpty();
    }
}
