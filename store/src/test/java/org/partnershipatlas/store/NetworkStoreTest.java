package org.partnershipatlas.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.model.Assessment;
import org.partnershipatlas.model.Charter;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Link;
import org.partnershipatlas.model.NetworkSnapshot;
import org.partnershipatlas.model.Networks;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.model.validation.NetworkChange;

/** The store against a real in-process Neo4j 5.26 (neo4j-harness), spoken to over Bolt like the application does. */
class NetworkStoreTest {
    private static Driver driver;
    private NetworkStore store;

    @BeforeAll
    static void startNeo4j() {
        driver = TestNeo4j.empty();
    }

    @BeforeEach
    void emptyStore() {
        store = new NetworkStore(driver, null);
        store.initialise();
        replace(NetworkSnapshot.EMPTY);
    }

    private static ChangeNote note(String summary) {
        return new ChangeNote("tester", ChangeKind.IMPORT, "because", "test", summary, Map.of(), List.of(), true);
    }

    /** A replace, and the replaced generation's deletion finished (tests below look at every node). */
    private WriteResult replace(NetworkSnapshot snapshot) {
        WriteResult result = store.write(new StoreWrite(store.version(), ImportMode.REPLACE, NetworkChange.of(snapshot),
                null, null, null, note("replace")));
        store.awaitDeletions();
        return result;
    }

    private WriteResult merge(NetworkChange change, List<String> deleteOrganisations, List<String> deleteLinks) {
        return store.write(new StoreWrite(store.version(), ImportMode.MERGE, change, deleteOrganisations, deleteLinks,
                null, note("merge")));
    }

    private static NetworkChange upsert(List<Organisation> organisations, List<Link> links) {
        return new NetworkChange(List.of(), organisations, links);
    }

    private String storedJson() {
        return JsonSnapshotFormat.toJson(store.read().snapshot(), true);
    }

    @Test
    void write_replace_thenRead_givesTheSameNetwork() {
        NetworkSnapshot network = Networks.small();
        WriteResult result = replace(network);
        assertThat(result.organisationsCreated()).isEqualTo(3);
        assertThat(result.linksCreated()).isEqualTo(2);
        NetworkSnapshot back = store.read().snapshot();
        assertThat(back.organisations()).containsExactlyInAnyOrderElementsOf(network.organisations());
        assertThat(back.links()).containsExactlyInAnyOrderElementsOf(network.links());
        assertThat(back.country("LS").orElseThrow().name()).isEqualTo("Lesotho");
    }

    @Test
    void takeWritten_afterAReplace_isExactlyWhatAReadGives_once_andNothingAfterAMerge() {
        for (NetworkSnapshot network : List.of(Networks.small(), Networks.withQuality(),
                new org.partnershipatlas.synthetic.SyntheticNetworkGenerator(1_000, 3, 11).generate())) {
            WriteResult result = replace(network);
            VersionedSnapshot written = store.takeWritten(result.version()).orElseThrow();
            VersionedSnapshot read = store.read();
            assertThat(written.version()).isEqualTo(read.version()).isEqualTo(result.version());
            assertThat(written.snapshot()).isEqualTo(read.snapshot());
            assertThat(JsonSnapshotFormat.toJson(written.snapshot(), true))
                    .isEqualTo(JsonSnapshotFormat.toJson(read.snapshot(), true));
            assertThat(store.takeWritten(result.version())).isEmpty();
        }
        WriteResult replaced = replace(Networks.small());
        WriteResult merged = merge(upsert(List.of(Networks.organisation("merged-later", OrganisationType.NGO, "KE")),
                List.of()), null, null);
        assertThat(store.takeWritten(merged.version())).isEmpty();
        assertThat(store.takeWritten(replaced.version())).isEmpty();
    }

    @Test
    void write_qualitySuccessionAndPlaceholders_readBackEqual() {
        NetworkSnapshot network = Networks.withQuality();
        replace(network);
        NetworkSnapshot back = store.read().snapshot();
        assertThat(back.organisations()).containsExactlyInAnyOrderElementsOf(network.organisations());
        assertThat(back.links()).containsExactlyInAnyOrderElementsOf(network.links());
        assertThat(store.link("l-dolen-cymru-lesotho").orElseThrow().value().assessments()).hasSize(3);
        assertThat(store.organisation("dolen-cymru").orElseThrow().value().dissolved()).isEqualTo(2024);
        assertThat(store.organisation("lesotho-moh").orElseThrow().value().placeholder()).isTrue();
        try (var session = driver.session()) {
            // Defaults and empty values are not stored: keeping records small is most of a large import's cost.
            var board = session.run("MATCH (o:Organisation {id: 'betsi-cadwaladr-uhb'}) RETURN keys(o) AS keys")
                    .single().get("keys").asList(org.neo4j.driver.Value::asString);
            assertThat(board).doesNotContain("placeholder", "dissolved");
            var unassessed = session.run("MATCH ()-[r:LINK {id: 'l-board-dolen'}]->() RETURN keys(r) AS keys")
                    .single().get("keys").asList(org.neo4j.driver.Value::asString);
            assertThat(unassessed).doesNotContain("assessments", "hasCharter");
            String stored = session.run("MATCH ()-[r:LINK {id: 'l-dolen-cymru-lesotho'}]->() RETURN r.assessments AS a")
                    .single().get("a").asString();
            assertThat(JsonSnapshotFormat.assessments(stored))
                    .isEqualTo(network.link("l-dolen-cymru-lesotho").orElseThrow().assessments());
        }
        // Merging a link without assessments removes them (links are written whole).
        merge(upsert(List.of(), List.of(Networks.link("l-dolen-cymru-lesotho", "dolen-cymru", "lesotho-moh"))), null, null);
        assertThat(store.link("l-dolen-cymru-lesotho").orElseThrow().value().assessments()).isEmpty();
        // And an organisation no longer a placeholder loses the property.
        merge(upsert(List.of(Networks.organisation("lesotho-moh", OrganisationType.GOVERNMENT, "LS")), List.of()), null, null);
        assertThat(store.organisation("lesotho-moh").orElseThrow().value().placeholder()).isFalse();
    }

    @Test
    void write_lastEvidence_isStoredReadBackAndRemovedByAMergeWithoutIt() {
        NetworkSnapshot small = Networks.small();
        Link l = small.link("l-dolen-cymru-lesotho").orElseThrow();
        Link seen = new Link(l.id(), l.from(), l.to(), l.kind(), l.since(), l.until(), l.status(), 2023, l.themes(),
                l.activities(), l.learning(), l.strength(), l.confidence(), l.sources(), l.assessments());
        replace(small.mergedWith(List.of(), List.of(), List.of(seen)));
        assertThat(store.link("l-dolen-cymru-lesotho").orElseThrow().value().lastEvidence()).isEqualTo(2023);
        assertThat(store.read().snapshot().link("l-dolen-cymru-lesotho").orElseThrow()).isEqualTo(seen);
        try (var session = driver.session()) {
            assertThat(session.run("MATCH ()-[r:LINK {id: 'l-dolen-cymru-lesotho'}]->() RETURN r.lastEvidence AS y")
                    .single().get("y").asInt()).isEqualTo(2023);
        }
        merge(upsert(List.of(), List.of(Networks.link("l-dolen-cymru-lesotho", "dolen-cymru", "lesotho-moh"))), null, null);
        assertThat(store.link("l-dolen-cymru-lesotho").orElseThrow().value().lastEvidence()).isNull();
    }

    @Test
    void read_linkWrittenBeforeAssessments_readsItsCharterAsOneUndatedAssessment() {
        replace(Networks.small());
        try (var session = driver.session()) {
            session.run("""
                    MATCH ()-[r:LINK {id: 'l-board-dolen'}]->()
                    SET r.hasCharter = true, r.charterGoodPractice = 2, r.charterSoundGovernance = 1
                    """).consume();
        }
        Link link = store.link("l-board-dolen").orElseThrow().value();
        assertThat(link.assessments()).containsExactly(Assessment.undated(new Charter(null, null, 2, 1)));
    }

    @Test
    void read_storedTextARuleNowRefuses_failsNamingTheEntity() {
        replace(Networks.small());
        try (var session = driver.session()) {
            session.run("MATCH (o:Organisation {id: 'lesotho-moh'}) SET o.name = '\u200B'").consume();
        }
        assertThatThrownBy(() -> store.read()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("stored organisation \"lesotho-moh\" breaks a rule of the model")
                .hasMessageContaining("invisible");
    }

    @Test
    void write_merge_upsertsByIdAndKeepsTheRest() {
        replace(Networks.small());
        var renamed = new Organisation("dolen-cymru", "Dolen Cymru (renamed)", OrganisationType.NGO, "GB-WLS", null,
                null, null, null, null, Confidence.ILLUSTRATIVE, List.of());
        var added = Networks.organisation("new-org", OrganisationType.HOSPITAL, "KE");
        WriteResult result = merge(upsert(List.of(renamed, added),
                List.of(Networks.link("l-new", "new-org", "betsi-cadwaladr-uhb"))), null, null);
        assertThat(result.organisationsCreated()).isEqualTo(1);
        assertThat(result.organisationsUpdated()).isEqualTo(1);
        assertThat(result.linksCreated()).isEqualTo(1);
        assertThat(result.totalOrganisations()).isEqualTo(4);
        assertThat(result.totalLinks()).isEqualTo(3);
        NetworkSnapshot after = store.read().snapshot();
        assertThat(after.organisation("dolen-cymru")).contains(renamed);
        assertThat(after.link("l-dolen-cymru-lesotho")).isPresent();
    }

    @Test
    void write_mergeChangingALinksEnds_movesTheLink() {
        replace(Networks.small());
        merge(upsert(List.of(), List.of(Networks.link("l-dolen-cymru-lesotho", "betsi-cadwaladr-uhb", "lesotho-moh"))),
                null, null);
        assertThat(store.link("l-dolen-cymru-lesotho").orElseThrow().value().from()).isEqualTo("betsi-cadwaladr-uhb");
        assertThat(store.read().snapshot().links()).hasSize(2);
    }

    @Test
    void write_mergeWithDeletions_deletesExactlyThose() {
        replace(Networks.small());
        WriteResult result = merge(upsert(List.of(), List.of()), List.of("dolen-cymru"),
                List.of("l-dolen-cymru-lesotho", "l-board-dolen"));
        assertThat(result.organisationsDeleted()).isEqualTo(1);
        assertThat(result.linksDeleted()).isEqualTo(2);
        NetworkSnapshot after = store.read().snapshot();
        assertThat(after.organisations()).extracting(Organisation::id)
                .containsExactlyInAnyOrder("lesotho-moh", "betsi-cadwaladr-uhb");
        assertThat(after.links()).isEmpty();
    }

    @Test
    void write_replaceOverANetwork_keepsOnlyTheNewOne() {
        replace(Networks.small());
        var next = new NetworkSnapshot(List.of(), List.of(Networks.organisation("dolen-cymru", OrganisationType.NGO, "KE"),
                Networks.organisation("other", OrganisationType.HOSPITAL, "UG")),
                List.of(Networks.link("l-dolen-cymru-lesotho", "dolen-cymru", "other")));
        WriteResult result = replace(next);
        assertThat(result.organisationsUpdated()).isEqualTo(1);
        assertThat(result.organisationsDeleted()).isEqualTo(2);
        assertThat(result.linksUpdated()).isEqualTo(1);
        assertThat(result.linksDeleted()).isEqualTo(1);
        NetworkSnapshot after = store.read().snapshot();
        assertThat(after.organisations()).containsExactlyInAnyOrderElementsOf(next.organisations());
        assertThat(after.links()).containsExactlyElementsOf(next.links());
        assertThat(after.countries()).extracting(c -> c.code()).containsExactlyInAnyOrder("KE", "UG");
    }

    @Test
    void failureInsideTheTransaction_rollsBackEverythingIncludingTheVersionAndHistory() {
        replace(Networks.small());
        String before = storedJson();
        long version = store.version();
        int changes = store.allChanges().size();
        // Records that bypassed validation: the organisation is written first, then the link to a missing
        // organisation fails half-way through the transaction.
        var orgs = new ArrayList<>(Networks.small().organisations());
        orgs.add(Networks.organisation("half-written", OrganisationType.NGO, "GB-WLS"));
        assertThatThrownBy(() -> merge(upsert(orgs, List.of(Networks.link("to-nowhere", "half-written", "missing-org"))),
                null, null)).isInstanceOf(IllegalStateException.class);
        assertThat(storedJson()).isEqualTo(before);
        assertThat(store.organisation("half-written")).isEmpty();
        assertThat(store.version()).isEqualTo(version);
        assertThat(store.allChanges()).hasSize(changes);
    }

    @Test
    void write_duplicateLinkIds_areRefusedWithoutAConstraint() {
        var change = new NetworkChange(List.of(), Networks.small().organisations(),
                List.of(Networks.link("dup", "dolen-cymru", "lesotho-moh"), Networks.link("dup", "lesotho-moh", "dolen-cymru")));
        assertThatThrownBy(() -> store.write(new StoreWrite(store.version(), ImportMode.REPLACE, change, null, null,
                null, note("dup")))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate link id \"dup\"");
        assertThat(store.read().snapshot().organisations()).isEmpty();
    }

    @Test
    void write_preparedAgainstAnOlderVersion_isRefusedAndChangesNothing() {
        replace(Networks.small());
        long prepared = store.version();
        merge(upsert(List.of(Networks.organisation("first", OrganisationType.NGO, "KE")), List.of()), null, null);
        String before = storedJson();
        assertThatThrownBy(() -> store.write(new StoreWrite(prepared, ImportMode.MERGE,
                upsert(List.of(Networks.organisation("second", OrganisationType.NGO, "KE")), List.of()), null, null,
                null, note("late")))).isInstanceOfSatisfying(StaleNetworkException.class, e -> {
                    assertThat(e.expected()).isEqualTo(prepared);
                    assertThat(e.actual()).isEqualTo(prepared + 1);
                });
        assertThat(storedJson()).isEqualTo(before);
    }

    @Test
    void write_concurrentWritersOnTheSameVersion_exactlyOneWins() throws Exception {
        replace(Networks.small());
        long base = store.version();
        var pool = Executors.newFixedThreadPool(4);
        var start = new CountDownLatch(1);
        var results = new ArrayList<Future<Boolean>>();
        for (int i = 0; i < 4; i++) {
            String id = "writer-" + i;
            results.add(pool.submit(() -> {
                start.await();
                try {
                    store.write(new StoreWrite(base, ImportMode.MERGE,
                            upsert(List.of(Networks.organisation(id, OrganisationType.NGO, "KE")), List.of()),
                            null, null, null, note(id)));
                    return true;
                } catch (StaleNetworkException e) {
                    return false;
                }
            }));
        }
        start.countDown();
        int wins = 0;
        for (var r : results) {
            wins += r.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(wins).isEqualTo(1);
        assertThat(store.version()).isEqualTo(base + 1);
        assertThat(store.read().snapshot().organisations()).hasSize(4);
    }

    @Test
    void revisions_areTheVersionOfTheLastWrite_andAStaleOneIsRefused() {
        replace(Networks.small());
        long seeded = store.version();
        assertThat(store.organisation("dolen-cymru").orElseThrow().revision()).isEqualTo(seeded);
        merge(upsert(List.of(Networks.organisation("lesotho-moh", OrganisationType.GOVERNMENT, "LS")), List.of()), null, null);
        assertThat(store.organisation("lesotho-moh").orElseThrow().revision()).isEqualTo(seeded + 1);
        assertThat(store.organisation("dolen-cymru").orElseThrow().revision()).isEqualTo(seeded);

        String before = storedJson();
        var edit = new StoreWrite(store.version(), ImportMode.MERGE,
                upsert(List.of(Networks.organisation("lesotho-moh", OrganisationType.NGO, "LS")), List.of()), null, null,
                Map.of(EntityKey.organisation("lesotho-moh"), seeded), note("stale edit"));
        assertThatThrownBy(() -> store.write(edit)).isInstanceOfSatisfying(RevisionConflictException.class, e -> {
            assertThat(e.key()).isEqualTo(EntityKey.organisation("lesotho-moh"));
            assertThat(e.actual()).isEqualTo(seeded + 1);
        });
        assertThat(storedJson()).isEqualTo(before);
        assertThat(store.link("l-board-dolen").orElseThrow().revision()).isEqualTo(seeded);
    }

    @Test
    void everyWrite_recordsOneChange_withItsVersionAsId_filterableByEntityAndActor() {
        replace(Networks.small());
        var before = JsonSnapshotFormat.toJsonNode(Networks.small().organisation("lesotho-moh").orElseThrow());
        var renamed = new Organisation("lesotho-moh", "Ministry of Health, Lesotho", OrganisationType.GOVERNMENT, "LS",
                null, null, null, null, null, Confidence.A, List.of(Networks.WEB));
        var entity = new EntityChange(EntityType.ORGANISATION, "lesotho-moh", before, JsonSnapshotFormat.toJsonNode(renamed));
        WriteResult result = store.write(new StoreWrite(store.version(), ImportMode.MERGE, upsert(List.of(renamed), List.of()),
                null, null, null, new ChangeNote("alice", ChangeKind.EDIT, "typo", "form", "1 organisation changed",
                Map.of("file", "none"), List.of(entity), true)));

        RecordedChange change = store.change(result.changeId()).orElseThrow();
        assertThat(change.id()).isEqualTo(store.version());
        assertThat(change.actor()).isEqualTo("alice");
        assertThat(change.kind()).isEqualTo(ChangeKind.EDIT);
        assertThat(change.reason()).isEqualTo("typo");
        assertThat(change.details()).containsEntry("file", "none");
        assertThat(change.entities()).containsExactly(entity);
        assertThat(JsonSnapshotFormat.organisation(change.entities().get(0).after())).isEqualTo(renamed);

        assertThat(store.changes(ChangeQuery.latest(10))).extracting(RecordedChange::id).first().isEqualTo(change.id());
        assertThat(store.changes(ChangeQuery.latest(10).forEntity("lesotho-moh"))).containsExactly(change);
        assertThat(store.changes(ChangeQuery.latest(10).forEntity("dolen-cymru"))).isEmpty();
        // summaries: the same changes without their entities and details
        assertThat(store.changeSummaries(ChangeQuery.latest(10).forEntity("lesotho-moh"))).containsExactly(
                new RecordedChange(change.id(), change.at(), "alice", ChangeKind.EDIT, "typo", "form",
                        "1 organisation changed", Map.of(), List.of(), true));
        assertThat(store.changes(new ChangeQuery(10, null, "tester", null, null, null, null)))
                .extracting(RecordedChange::actor).containsOnly("tester");
        assertThat(store.changesTouchingAfter(change.id() - 1, java.util.Set.of("lesotho-moh"))).containsExactly(change);
    }

    @Test
    void write_withAHistory_replacesNetworkAndHistory_andRecordsItsChangeOnTopWithAHigherId() {
        replace(Networks.small());
        merge(upsert(List.of(Networks.organisation("kept-org", OrganisationType.NGO, "KE")), List.of()), null, null);
        NetworkWithHistory saved = store.readWithHistory();
        assertThat(saved.network().version()).isEqualTo(store.version());
        assertThat(saved.history()).extracting(RecordedChange::id).endsWith(saved.network().version());
        replace(new NetworkSnapshot(List.of(), List.of(Networks.organisation("other", OrganisationType.NGO, "UG")), List.of()));
        long before = store.version();

        WriteResult result = store.write(new StoreWrite(before, ImportMode.REPLACE,
                NetworkChange.of(saved.network().snapshot()), null, null, null,
                new ChangeNote("admin", ChangeKind.RESTORE, null, "backup", "restored", Map.of(), List.of(), true),
                saved.history()));

        assertThat(result.version()).isEqualTo(before + 1);
        assertThat(store.read().snapshot()).isEqualTo(saved.network().snapshot());
        List<RecordedChange> history = store.allChanges();
        assertThat(history.subList(0, history.size() - 1)).isEqualTo(saved.history());
        RecordedChange restore = history.get(history.size() - 1);
        assertThat(restore.id()).isEqualTo(result.version());
        assertThat(restore.kind()).isEqualTo(ChangeKind.RESTORE);
    }

    @Test
    void write_withAHistoryAheadOfTheStore_takesAVersionAboveEveryRestoredChange() {
        replace(Networks.small());
        RecordedChange late = new RecordedChange(store.version() + 500, java.time.Instant.parse("2026-01-02T03:04:05.678Z"),
                "someone", ChangeKind.EDIT, "why", "form", "1 organisation changed", Map.of("bytes", 12),
                List.of(new EntityChange(EntityType.ORGANISATION, "dolen-cymru", null,
                        JsonSnapshotFormat.toJsonNode(Networks.small().organisations().get(0)))), true);

        WriteResult result = store.write(new StoreWrite(store.version(), ImportMode.REPLACE,
                NetworkChange.of(Networks.small()), null, null, null, note("restore"), List.of(late)));

        assertThat(result.version()).isEqualTo(late.id() + 1);
        assertThat(store.version()).isEqualTo(late.id() + 1);
        assertThat(store.allChanges()).extracting(RecordedChange::id).containsExactly(late.id(), late.id() + 1);
        assertThat(store.change(late.id())).contains(late);
        assertThat(store.changes(ChangeQuery.latest(10).forEntity("dolen-cymru"))).contains(late);
    }

    @Test
    void write_withAHistoryThatFailsHalfWay_keepsTheOldNetworkAndHistory() {
        replace(Networks.small());
        String before = storedJson();
        List<RecordedChange> history = store.allChanges();
        var broken = new NetworkChange(List.of(), Networks.small().organisations(),
                List.of(Networks.link("to-nowhere", "dolen-cymru", "missing-org")));
        assertThatThrownBy(() -> store.write(new StoreWrite(store.version(), ImportMode.REPLACE, broken, null, null,
                null, note("restore"), List.of()))).isInstanceOf(IllegalStateException.class);
        assertThat(storedJson()).isEqualTo(before);
        assertThat(store.allChanges()).isEqualTo(history);
    }

    @Test
    void storeWrite_withAHistory_isRefusedForAMergeAndForRepeatedIds() {
        RecordedChange one = new RecordedChange(3, java.time.Instant.EPOCH, "a", ChangeKind.EDIT, null, null, "", null,
                null, true);
        assertThatThrownBy(() -> new StoreWrite(0, ImportMode.MERGE, NetworkChange.of(NetworkSnapshot.EMPTY), null,
                null, null, note("x"), List.of(one))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StoreWrite(0, ImportMode.REPLACE, NetworkChange.of(NetworkSnapshot.EMPTY), null,
                null, null, note("x"), List.of(one, one))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id 3");
    }

    @Test
    void hostileStrings_areStoredAndReadBackVerbatim() {
        String[] hostile = {"'}) DETACH DELETE n //", "<script>alert(1)</script>", "\"; MATCH (n) DETACH DELETE n; //",
                "Ysbyty Gwynedd – ŵŷ", "$id {id: 'x'} `backtick`"};
        var orgs = new ArrayList<Organisation>();
        for (int i = 0; i < hostile.length; i++) {
            orgs.add(new Organisation("hostile-" + i, hostile[i], OrganisationType.OTHER, "GB-WLS", hostile[i], null,
                    null, hostile[i], null, Confidence.ILLUSTRATIVE, List.of()));
        }
        replace(new NetworkSnapshot(List.of(), orgs, List.of()));
        assertThat(store.read().snapshot().organisations()).containsExactlyInAnyOrderElementsOf(orgs);
    }

    @Test
    void healthBoards_carryTheExtraLabel() {
        replace(Networks.small());
        try (var session = driver.session()) {
            long boards = session.run("MATCH (h:HealthBoard) RETURN count(h) AS n").single().get("n").asLong();
            long located = session.run("MATCH (:Organisation)-[:LOCATED_IN]->(:Country {code: 'GB-WLS'}) RETURN count(*) AS n")
                    .single().get("n").asLong();
            assertThat(boards).isEqualTo(1);
            assertThat(located).isEqualTo(2);
        }
    }

    // --- generations: a replace is written beside the network and switched to -----------------------------------

    private long count(String cypher) {
        try (var session = driver.session()) {
            return session.run(cypher).single().get(0).asLong();
        }
    }

    /** Organisations, countries and registered generations other than the current one (nothing should be left). */
    private long otherGenerations() {
        store.awaitDeletions();
        return count("""
                MATCH (m:AtlasMeta {key: 'network'})
                CALL { WITH m MATCH (o:Organisation) WHERE o.gen <> m.generation RETURN count(o) AS o }
                CALL { WITH m MATCH (c:Country) WHERE c.gen <> m.generation RETURN count(c) AS c }
                CALL { MATCH (g:AtlasGeneration) WHERE g.state <> 'CURRENT' RETURN count(g) AS g }
                RETURN o + c + g
                """);
    }

    @Test
    void write_replace_leavesOnlyTheNewGeneration() {
        replace(Networks.small());
        replace(Networks.withQuality());
        assertThat(otherGenerations()).isZero();
        assertThat(count("MATCH (o:Organisation) RETURN count(o)")).isEqualTo(Networks.withQuality().organisations().size());
        assertThat(count("MATCH ()-[r:LINK]->() RETURN count(r)")).isEqualTo(Networks.withQuality().links().size());
    }

    @Test
    void write_replaceThatFailsWhileWritten_leavesNothingOfItBehind() {
        replace(Networks.small());
        String before = storedJson();
        var broken = new NetworkChange(List.of(), Networks.withQuality().organisations(),
                List.of(Networks.link("to-nowhere", "dolen-cymru", "missing-org")));
        assertThatThrownBy(() -> store.write(new StoreWrite(store.version(), ImportMode.REPLACE, broken, null, null,
                null, note("broken")))).isInstanceOf(IllegalStateException.class);
        assertThat(storedJson()).isEqualTo(before);
        assertThat(otherGenerations()).isZero();
    }

    @Test
    void write_replacePreparedAgainstAnOlderVersion_isRefusedBeforeWritingAnything() {
        replace(Networks.small());
        long prepared = store.version();
        merge(upsert(List.of(Networks.organisation("first", OrganisationType.NGO, "KE")), List.of()), null, null);
        String before = storedJson();
        assertThatThrownBy(() -> store.write(new StoreWrite(prepared, ImportMode.REPLACE,
                NetworkChange.of(Networks.withQuality()), null, null, null, note("late"))))
                .isInstanceOf(StaleNetworkException.class);
        assertThat(storedJson()).isEqualTo(before);
        assertThat(otherGenerations()).isZero();
    }

    @Test
    void write_mergeLandingWhileAReplaceIsWritten_winsAndTheReplaceIsRefusedAndDeleted() throws Exception {
        replace(Networks.small());
        long base = store.version();
        NetworkSnapshot large = new org.partnershipatlas.synthetic.SyntheticNetworkGenerator(20_000, 3, 7).generate();
        var pool = Executors.newSingleThreadExecutor();
        Future<WriteResult> replacing = pool.submit(() -> store.write(new StoreWrite(base, ImportMode.REPLACE,
                NetworkChange.of(large), null, null, null, note("large"))));
        while (count("MATCH (g:AtlasGeneration {state: 'STAGING'}) RETURN count(g)") == 0 && !replacing.isDone()) {
            Thread.sleep(5);
        }
        merge(upsert(List.of(Networks.organisation("edited-meanwhile", OrganisationType.NGO, "KE")), List.of()), null, null);
        String merged = storedJson();

        assertThatThrownBy(replacing::get).hasCauseInstanceOf(StaleNetworkException.class);
        pool.shutdown();
        assertThat(storedJson()).isEqualTo(merged);
        assertThat(store.version()).isEqualTo(base + 1);
        assertThat(otherGenerations()).isZero();
    }

    @Test
    void read_whileAReplaceIsWritten_seesTheOldNetworkUntilTheSwitchThenTheNewOne() throws Exception {
        replace(Networks.small());
        VersionedSnapshot old = store.read();
        NetworkSnapshot large = new org.partnershipatlas.synthetic.SyntheticNetworkGenerator(5_000, 3, 11).generate();
        var pool = Executors.newSingleThreadExecutor();
        Future<WriteResult> replacing = pool.submit(() -> replace(large));
        int sawOld = 0;
        int sawNew = 0;
        while (!replacing.isDone() || sawNew == 0) {
            VersionedSnapshot read = store.read();
            if (read.version() == old.version()) {
                assertThat(read.snapshot()).isEqualTo(old.snapshot());
                sawOld++;
            } else {
                assertThat(read.version()).isEqualTo(old.version() + 1);
                assertThat(read.snapshot().organisations()).isEqualTo(large.sortedById().organisations());
                assertThat(read.snapshot().links()).isEqualTo(large.sortedById().links());
                sawNew++;
            }
        }
        replacing.get();
        pool.shutdown();
        assertThat(sawOld).as("reads while the new network was written").isPositive();
        assertThat(sawNew).isPositive();
    }

    @Test
    void initialise_deletesAGenerationLeftUnfinished_andKeepsTheNetwork() {
        replace(Networks.small());
        String before = storedJson();
        long version = store.version();
        try (var session = driver.session()) {
            // What a process killed while writing a replace leaves: a registered generation, half written.
            session.run("""
                    CREATE (:AtlasGeneration {id: 9999, state: 'STAGING'})
                    CREATE (c:Country {gen: 9999, code: 'KE', name: 'Kenya', region: 'EAST_AFRICA'})
                    CREATE (a:Organisation {gen: 9999, id: 'dolen-cymru', name: 'Half', type: 'NGO', confidence: 'A'})-[:LOCATED_IN]->(c)
                    CREATE (b:Organisation {gen: 9999, id: 'other', name: 'Half', type: 'NGO', confidence: 'A'})
                    CREATE (a)-[:LINK {id: 'l-half', kind: 'HEALTH_LINK', status: 'ACTIVE', confidence: 'A'}]->(b)
                    """).consume();
        }
        store.initialise();
        assertThat(otherGenerations()).isZero();
        assertThat(storedJson()).isEqualTo(before);
        assertThat(store.version()).isEqualTo(version);
        assertThat(count("MATCH ()-[r:LINK {id: 'l-half'}]->() RETURN count(r)")).isZero();
    }

    @Test
    void cleanOrphans_whileRunning_deletesAGenerationWhoseWriterStopped_butNotOneStillBeingWritten() {
        replace(Networks.small());
        String before = storedJson();
        try (var session = driver.session()) {
            session.run("""
                    CREATE (:AtlasGeneration {id: 9997, state: 'STAGING', started: datetime() - duration('PT10M'),
                                              heartbeat: datetime() - duration('PT10M')})
                    CREATE (:Organisation {gen: 9997, id: 'crashed', name: 'Crashed', type: 'NGO', confidence: 'A'})
                    CREATE (:AtlasGeneration {id: 9998, state: 'STAGING', started: datetime() - duration('PT10M'),
                                              heartbeat: datetime()})
                    CREATE (:Organisation {gen: 9998, id: 'alive', name: 'Alive', type: 'NGO', confidence: 'A'})
                    """).consume();
        }
        assertThat(store.cleanOrphans()).isEqualTo(1);
        store.awaitDeletions();
        assertThat(count("MATCH (o:Organisation {gen: 9997}) RETURN count(o)")).isZero();
        assertThat(count("MATCH (g:AtlasGeneration {id: 9997}) RETURN count(g)")).isZero();
        assertThat(count("MATCH (o:Organisation {gen: 9998}) RETURN count(o)")).as("still being written").isOne();
        assertThat(storedJson()).isEqualTo(before);
        assertThat(store.cleanOrphans()).as("nothing more to do").isZero();
        try (var session = driver.session()) {     // the live writer "finishes": nothing of it for the next test
            session.run("MATCH (n) WHERE (n:Organisation AND n.gen = 9998) OR (n:AtlasGeneration AND n.id = 9998) "
                    + "DETACH DELETE n").consume();
        }
    }

    @Test
    void write_replaceWhoseGenerationIsRetiredMeanwhile_isRefusedAsRetired_andChangesNothing() throws Exception {
        replace(Networks.small());
        String before = storedJson();
        long base = store.version();
        NetworkSnapshot large = new org.partnershipatlas.synthetic.SyntheticNetworkGenerator(20_000, 3, 7).generate();
        var pool = Executors.newSingleThreadExecutor();
        Future<WriteResult> replacing = pool.submit(() -> store.write(new StoreWrite(base, ImportMode.REPLACE,
                NetworkChange.of(large), null, null, null, note("large"))));
        while (count("MATCH (g:AtlasGeneration {state: 'STAGING'}) RETURN count(g)") == 0 && !replacing.isDone()) {
            Thread.sleep(5);
        }
        try (var session = driver.session()) {
            session.run("MATCH (g:AtlasGeneration {state: 'STAGING'}) SET g.state = 'RETIRED'").consume();
        }
        assertThatThrownBy(replacing::get).hasCauseInstanceOf(GenerationRetiredException.class);
        pool.shutdown();
        assertThat(storedJson()).isEqualTo(before);
        assertThat(store.version()).isEqualTo(base);
    }

    @Test
    void versionIfUntouchedSince_saysWhetherLaterWritesLeftTheseIdsAlone() {
        replace(Networks.small());
        long prepared = store.version();
        Organisation unrelated = Networks.organisation("unrelated", OrganisationType.NGO, "KE");
        store.write(new StoreWrite(prepared, ImportMode.MERGE, upsert(List.of(unrelated), List.of()), null, null, null,
                new ChangeNote("tester", ChangeKind.EDIT, null, "test", "added", Map.of(), List.of(new EntityChange(
                        EntityType.ORGANISATION, "unrelated", null, JsonSnapshotFormat.toJsonNode(unrelated))), true)));
        assertThat(store.versionIfUntouchedSince(prepared, java.util.Set.of("dolen-cymru")))
                .contains(prepared + 1);
        assertThat(store.versionIfUntouchedSince(prepared, java.util.Set.of("unrelated"))).isEmpty();
    }

    @Test
    void initialise_adoptsANetworkWrittenBeforeGenerations() {
        replace(Networks.withQuality());
        String before = storedJson();
        try (var session = driver.session()) {
            session.run("MATCH (n) WHERE n:Organisation OR n:Country REMOVE n.gen").consume();
            session.run("MATCH (g:AtlasGeneration) DELETE g").consume();
            session.run("MATCH (m:AtlasMeta) WHERE m.key = 'network' REMOVE m.generation").consume();
            session.run("MATCH (m:AtlasMeta {key: 'generations'}) DELETE m").consume();
        }
        store.initialise();
        assertThat(storedJson()).isEqualTo(before);
        replace(Networks.small());
        assertThat(store.read().snapshot().organisations()).isEqualTo(Networks.small().sortedById().organisations());
        assertThat(otherGenerations()).isZero();
    }

    @Test
    void deleteGeneration_ofTheCurrentNetwork_deletesNothing() {
        replace(Networks.small());
        String before = storedJson();
        long current = count("MATCH (m:AtlasMeta {key: 'network'}) RETURN m.generation");
        store.deleteGeneration(current);
        assertThat(storedJson()).isEqualTo(before);
    }

    @Test
    void initialise_createsTheUniquenessConstraints() {
        try (var session = driver.session()) {
            List<String> names = session.run("SHOW CONSTRAINTS YIELD name RETURN name").list(r -> r.get("name").asString());
            assertThat(names).contains("organisation_generation_id", "country_generation_code", "atlas_meta_key",
                    "atlas_generation_id", "change_id").doesNotContain("organisation_id", "country_code");
            List<String> indexes = session.run("SHOW INDEXES YIELD name RETURN name").list(r -> r.get("name").asString());
            assertThat(indexes).contains("link_id_index");
        }
    }
}
