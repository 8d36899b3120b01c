package org.partnershipatlas.backups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import org.partnershipatlas.AtlasSpringTest;
import org.partnershipatlas.TestWrites;
import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.seed.WalesAfricaSeed;
import org.partnershipatlas.store.ChangeKind;
import org.partnershipatlas.store.NetworkStore;
import org.partnershipatlas.store.RecordedChange;
import org.partnershipatlas.store.StoredStory;
import org.partnershipatlas.stories.StoriesService;
import org.partnershipatlas.users.UserAdministration;
import org.partnershipatlas.writes.NetworkWrites;

/**
 * What a restore does to the users, API tokens, returns, registrations and stories, over HTTP against the real
 * application and Neo4j: a format {@code /2} backup puts them back as they were (a user made since is gone, a token
 * revoked since works again, a story deleted since is back) and the next request authenticates against them; a
 * format {@code /1} backup leaves them as they are; a damaged records file, or a failure inside the restore's
 * transaction, changes nothing at all.
 */
@AtlasSpringTest
class BackupRecordsRestoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate http;
    @Autowired
    NetworkWrites writes;
    @Autowired
    NetworkReads reads;
    @Autowired
    NetworkStore store;
    @Autowired
    BackupService backups;
    @Autowired
    AppRecordStores records;
    @Autowired
    UserAdministration users;
    @Autowired
    StoriesService stories;

    @BeforeEach
    void startFromTheSeed() {
        TestWrites.replace(writes, WalesAfricaSeed.load());
    }

    private TestRestTemplate admin() {
        return http.withBasicAuth("admin", AtlasSpringTest.ADMIN_PASSWORD);
    }

    private byte[] backup() {
        ResponseEntity<byte[]> response = admin().exchange("/api/backup", HttpMethod.GET, null, byte[].class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return response.getBody();
    }

    private ResponseEntity<String> restore(TestRestTemplate client, byte[] archive) {
        return client.postForEntity("/api/restore", new HttpEntity<>(archive, zip()), String.class);
    }

    /** Network and version, history, and every record: what a refused restore must leave exactly as it was. */
    private String state() {
        var network = reads.current();
        return network.version() + "\n" + JsonSnapshotFormat.toJson(network.snapshot(), false) + "\n"
                + store.allChanges() + "\n" + records.read();
    }

    private static String unique(String name) {
        return name + "-" + System.nanoTime();
    }

    private int status(TestRestTemplate client, String path) {
        return client.getForEntity(path, String.class).getStatusCode().value();
    }

    @Test
    void restoreOfFormat2_putsUsersTokensAndStoriesBackAsTheyWere_andTheNextRequestUsesThem() throws Exception {
        var token = users.createToken(TestWrites.FIRST_ADMIN, unique("records nightly"), List.of("EDITOR"), List.of());
        String storyId = stories.create(TestWrites.ADMIN, "Story before the backup",
                List.of(new StoredStory.Step("/network", "as it was")), true);
        AppRecords backedUp = records.read();
        byte[] archive = backup();
        // After the backup: a user made, the token revoked, the story deleted.
        String later = unique("later-user");
        users.create(TestWrites.ADMIN, later, "later-password-123", List.of("VIEWER"), List.of());
        users.revokeToken(TestWrites.ADMIN, token.token().id());
        stories.delete(TestWrites.ADMIN, storyId);
        assertThat(status(http.withBasicAuth(later, "later-password-123"), "/api/network")).isEqualTo(200);
        assertThat(records.read()).isNotEqualTo(backedUp);

        var dryRun = admin().postForEntity("/api/restore?dryRun=true", new HttpEntity<>(archive, zip()), String.class);
        assertThat(JSON.readTree(dryRun.getBody()).at("/archive/records/users").asInt())
                .isEqualTo(backedUp.users().size());
        assertThat(records.read()).as("a dry run changes nothing").isNotEqualTo(backedUp);
        var restored = restore(admin(), archive);

        assertThat(restored.getStatusCode().value()).as(restored.getBody()).isEqualTo(200);
        assertThat(records.read()).isEqualTo(backedUp);
        assertThat(status(http.withBasicAuth(later, "later-password-123"), "/api/network"))
                .as("a user made after the backup is gone from the next request on").isEqualTo(401);
        assertThat(status(http.withBasicAuth("admin", AtlasSpringTest.ADMIN_PASSWORD), "/api/backup"))
                .as("the restoring admin, who is in the backup, signs in as before").isEqualTo(200);
        var headers = new HttpHeaders();
        headers.setBearerAuth(token.secret());
        assertThat(http.exchange("/api/network", HttpMethod.GET, new HttpEntity<>(headers), String.class)
                .getStatusCode().value()).as("the token revoked after the backup works again").isEqualTo(200);
        assertThat(stories.story(TestWrites.ADMIN, storyId)).isPresent();
        RecordedChange restore = store.allChanges().get(store.allChanges().size() - 1);
        assertThat(restore.kind()).isEqualTo(ChangeKind.RESTORE);
        assertThat(restore.details()).containsEntry("backupFormat", "partnership-atlas-backup/2")
                .containsEntry(RestoreService.RECORDS_RESTORED, Map.of("users", backedUp.users().size(),
                        "apiTokens", backedUp.tokens().size(), "returnRounds", backedUp.rounds().size(),
                        "returnInvitations", backedUp.invitations().size(),
                        "registrations", backedUp.registrations().size(), "stories", backedUp.stories().size()));
        // The backup written before the restore holds what the restore replaced: the user made later among them.
        byte[] before = backups.read((String) restore.details().get(NetworkWrites.BACKUP_BEFORE));
        assertThat(BackupArchive.read(before, AtlasSpringTest.MAX_IMPORT_BYTES).records().users())
                .extracting(u -> u.username()).contains(later);
    }

    private static HttpHeaders zip() {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/zip"));
        return headers;
    }

    @Test
    void restoreOfFormat1_madeByTheWriterOfEarlierVersions_restoresTheNetwork_andLeavesUsersAndTheRestAsTheyAre()
            throws Exception {
        var out = new ByteArrayOutputStream();
        BackupArchive.write(store.readWithHistory(), null, Instant.now(), out);
        byte[] format1 = out.toByteArray();
        assertThat(Archives.unzip(format1).keySet()).containsExactly("manifest.json", "network.json", "history.jsonl");
        assertThat(Archives.text(Archives.unzip(format1), "manifest.json")).contains("partnership-atlas-backup/1");
        String snapshot = JsonSnapshotFormat.toJson(reads.current().snapshot(), false);
        TestWrites.create(writes, new Organisation(unique("after-format-1"), "Made after the /1 backup",
                OrganisationType.NGO, "KE", null, null, null, null, null, Confidence.ILLUSTRATIVE, List.of()));
        users.create(TestWrites.ADMIN, unique("format1-user"), "format1-password-1", List.of("VIEWER"), List.of());
        AppRecords recordsBefore = records.read();

        var restored = restore(admin(), format1);

        assertThat(restored.getStatusCode().value()).as(restored.getBody()).isEqualTo(200);
        JsonNode answer = JSON.readTree(restored.getBody());
        assertThat(answer.at("/archive/format").asText()).isEqualTo("partnership-atlas-backup/1");
        assertThat(answer.at("/archive/records").isNull()).isTrue();
        assertThat(JsonSnapshotFormat.toJson(reads.current().snapshot(), false)).isEqualTo(snapshot);
        assertThat(records.read()).as("users and the rest are left as they are").isEqualTo(recordsBefore);
        RecordedChange restore = store.allChanges().get(store.allChanges().size() - 1);
        assertThat(restore.details()).containsEntry("backupFormat", "partnership-atlas-backup/1")
                .doesNotContainKey(RestoreService.RECORDS_RESTORED);
    }

    @Test
    void restore_ofARecordsFileWithARepeatedUser_isRefused400NamingIt_andChangesNothing() throws Exception {
        Map<String, byte[]> files = Archives.unzip(backup());
        String usersFile = Archives.text(files, "users.jsonl");
        String first = usersFile.lines().findFirst().orElseThrow();
        files.put("users.jsonl", (usersFile + first + "\n").getBytes(StandardCharsets.UTF_8));
        // The hash is made to match, as someone editing the file on purpose would: the content is what is refused.
        files.put("manifest.json", Archives.text(files, "manifest.json")
                .replace(BackupArchive.sha256(usersFile.getBytes(StandardCharsets.UTF_8)),
                        BackupArchive.sha256(files.get("users.jsonl"))).getBytes(StandardCharsets.UTF_8));
        String before = state();

        var response = restore(admin(), Archives.zip(files));

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.getBody());
        assertThat(problem.get("errors").findValuesAsText("location")).containsExactly("users.jsonl");
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("username");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void restore_ofARecordsLineWithAnUnknownField_isRefused400NamingTheLineAndField_andChangesNothing()
            throws Exception {
        Map<String, byte[]> files = Archives.unzip(backup());
        String stories = "{\"id\":\"x1\",\"title\":\"T\",\"steps\":[],\"shared\":true,\"createdBy\":\"a\","
                + "\"createdAt\":\"2026-01-01T00:00:00Z\",\"colour\":\"red\"}\n";
        files.put("stories.jsonl", stories.getBytes(StandardCharsets.UTF_8));
        files.put("manifest.json", Archives.text(files, "manifest.json").replaceAll(
                "(\"stories.jsonl\" : \")[0-9a-f]{64}", "$1" + BackupArchive.sha256(files.get("stories.jsonl")))
                .getBytes(StandardCharsets.UTF_8));
        String before = state();

        var response = restore(admin(), Archives.zip(files));

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        JsonNode errors = JSON.readTree(response.getBody()).get("errors");
        assertThat(errors.findValuesAsText("location")).containsOnly("stories.jsonl line 1");
        assertThat(errors.findValuesAsText("field")).contains("colour");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void restore_whenTheRecordsFailInsideItsTransaction_leavesNetworkHistoryAndRecordsAsTheyWere() {
        byte[] archive = backup();
        TestWrites.create(writes, new Organisation(unique("after-backup"), "Made after the backup",
                OrganisationType.NGO, "KE", null, null, null, null, null, Confidence.ILLUSTRATIVE, List.of()));
        users.create(TestWrites.ADMIN, unique("kept-user"), "kept-password-123", List.of("VIEWER"), List.of());
        var contents = BackupArchive.read(archive, AtlasSpringTest.MAX_IMPORT_BYTES);
        var file = new NetworkWrites.BackupFile("atlas.zip", archive.length, BackupArchive.sha256(archive),
                contents.manifest().createdAt(), contents.manifest().networkVersion());
        String before = state();
        var replaceAll = records.replaceAllWith(contents.records());

        // Every record is written, then the transaction fails: as a lost connection or a full disk would.
        assertThatThrownBy(() -> writes.restore(contents.network(), contents.history(), file, TestWrites.CHANGE, false,
                null, tx -> {
                    replaceAll.write(tx);
                    throw new IllegalStateException("the disk is full");
                })).hasMessageContaining("the disk is full");

        assertThat(state()).as("network, version, history and records all as they were").isEqualTo(before);
    }
}
