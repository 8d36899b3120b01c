package org.partnershipatlas.backups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.AccessDeniedException;

import org.partnershipatlas.AtlasSpringTest;
import org.partnershipatlas.TestWrites;
import org.partnershipatlas.api.ApiClient;
import org.partnershipatlas.api.ApiResponse;
import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.model.Confidence;
import org.partnershipatlas.model.Organisation;
import org.partnershipatlas.model.OrganisationType;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.security.Actor;
import org.partnershipatlas.security.Principals;
import org.partnershipatlas.security.Role;
import org.partnershipatlas.seed.WalesAfricaSeed;
import org.partnershipatlas.store.ChangeKind;
import org.partnershipatlas.store.NetworkStore;
import org.partnershipatlas.store.RecordedChange;
import org.partnershipatlas.users.UserAdministration;
import org.partnershipatlas.writes.Change;
import org.partnershipatlas.writes.NetworkWrites;

/**
 * {@code GET /api/backup} and {@code POST /api/restore} over HTTP against the real application and Neo4j: the round
 * trip gives back the same network (compared canonically) and the same history with one RESTORE change on top, and
 * every damaged archive is refused with nothing changed.
 */
@AtlasSpringTest
class BackupApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    NetworkWrites writes;
    @Autowired
    NetworkReads reads;
    @Autowired
    NetworkStore store;
    @Autowired
    BackupService backups;
    @Autowired
    UserAdministration users;
    @Autowired
    AppRecordStores records;

    @BeforeEach
    void startFromTheSeedWithSomeHistory() {
        TestWrites.replace(writes, WalesAfricaSeed.load());
        TestWrites.create(writes, new Organisation("backup-test-" + System.nanoTime(), "Backed up – ŵŷ \"quoted\"",
                OrganisationType.NGO, "KE", "Nairobi", 2001, null, "made before a backup", true, Confidence.ILLUSTRATIVE,
                List.of()));
    }

    private ApiClient http() {
        return ApiClient.on(port);
    }

    private ApiClient admin() {
        return http().asAdmin();
    }

    private byte[] backup() {
        ApiResponse response = admin().get("/api/backup");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/zip");
        assertThat(ContentDisposition.parse(response.header("Content-Disposition")).getFilename())
                .matches("partnership-atlas-backup-\\d{8}T\\d{6}\\.\\d{3}Z-v\\d+\\.zip");
        return response.bytes();
    }

    private ApiResponse restore(String query, byte[] archive) {
        return admin().send("POST", "/api/restore" + query, "application/zip", archive);
    }

    private ApiResponse importReplace(String json) {
        return admin().postJson("/api/import?mode=replace&reason=test", json);
    }

    /**
     * The network, its version, the whole history, and the users, tokens, returns, registrations and stories: what a
     * refused restore must leave exactly as it was.
     */
    private String state() {
        var network = reads.current();
        return network.version() + "\n" + JsonSnapshotFormat.toJson(network.snapshot(), false) + "\n"
                + store.allChanges() + "\n" + records.read();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void getBackup_asAdmin_isTheArchiveOfFormatMd_withTheNetworkAndEveryChange() throws Exception {
        var stored = store.readWithHistory();
        Map<String, byte[]> files = Archives.unzip(backup());

        assertThat(files.keySet()).containsExactly("manifest.json", "network.json", "history.jsonl", "users.jsonl",
                "api-tokens.jsonl", "return-rounds.jsonl", "return-invitations.jsonl", "registrations.jsonl",
                "stories.jsonl");
        JsonNode manifest = JSON.readTree(files.get("manifest.json"));
        assertThat(manifest.get("format").asText()).isEqualTo("partnership-atlas-backup/2");
        for (String name : files.keySet()) {
            if (!name.equals("manifest.json")) {
                assertThat(manifest.get("files").get(name).asText()).as(name).isEqualTo(sha256(files.get(name)));
            }
        }
        assertThat(manifest.get("networkVersion").asLong()).isEqualTo(stored.network().version());
        assertThat(java.time.Instant.parse(manifest.get("createdAt").asText())).isBeforeOrEqualTo(java.time.Instant.now());
        assertThat(manifest.get("files").get("network.json").asText()).isEqualTo(sha256(files.get("network.json")));
        assertThat(manifest.get("files").get("history.jsonl").asText()).isEqualTo(sha256(files.get("history.jsonl")));
        assertThat(Archives.canonical(Archives.text(files, "network.json")))
                .isEqualTo(Archives.canonical(JsonSnapshotFormat.toJson(stored.network().snapshot(), false)));

        List<String> lines = Archives.lines(Archives.text(files, "history.jsonl"));
        assertThat(lines).hasSize(stored.history().size());
        JsonNode last = JSON.readTree(lines.get(lines.size() - 1));
        RecordedChange newest = stored.history().get(stored.history().size() - 1);
        assertThat(last.get("id").asLong()).isEqualTo(newest.id());
        assertThat(last.get("at").asText()).isEqualTo(newest.at().toString());
        assertThat(last.get("kind").asText()).isEqualTo("EDIT");
        assertThat(last.get("actor").asText()).isEqualTo(TestWrites.ADMIN.name());
        assertThat(last.get("complete").asBoolean()).isTrue();
        assertThat(last.at("/entities/0/type").asText()).isEqualTo("organisation");
        assertThat(last.at("/entities/0/before").isNull()).isTrue();
        assertThat(last.at("/entities/0/after/name").asText()).isEqualTo("Backed up – ŵŷ \"quoted\"");
        assertThat(last.fieldNames()).toIterable().containsExactly("id", "at", "actor", "kind", "reason", "source",
                "summary", "details", "entities", "complete");
    }

    @Test
    void restore_afterTheNetworkWasReplaced_givesBackTheSameSnapshotAndHistory_withOneRestoreChangeOnTop()
            throws Exception {
        byte[] archive = backup();
        Map<String, byte[]> files = Archives.unzip(archive);
        List<RecordedChange> archived = BackupArchive.read(archive, AtlasSpringTest.MAX_IMPORT_BYTES).history();
        assertThat(archived).isEqualTo(store.allChanges());

        // Something else entirely, through the API: a replace import, which leaves a backup of what it replaced.
        var replaced = importReplace("""
                {"format": "partnership-atlas/1", "organisations": [
                  {"id": "only-one", "name": "Only one", "type": "NGO", "confidence": "ILLUSTRATIVE"}]}
                """);
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        RecordedChange replace = store.allChanges().get(store.allChanges().size() - 1);
        String backupBeforeReplace = (String) replace.details().get(NetworkWrites.BACKUP_BEFORE);
        assertThat(backupBeforeReplace).as("the replace import names the backup it left").isNotNull();
        assertThat(Archives.canonical(Archives.text(Archives.unzip(backups.read(backupBeforeReplace)), "network.json")))
                .isEqualTo(Archives.canonical(Archives.text(files, "network.json")));
        long versionBefore = reads.version();

        var preview = restore("?dryRun=true", archive);
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        JsonNode previewed = JSON.readTree(preview.body());
        assertThat(previewed.at("/removed/organisations")).extracting(JsonNode::asText).containsExactly("only-one");
        assertThat(previewed.at("/added/organisations").size()).isEqualTo(193);
        assertThat(previewed.get("baseVersion").asLong()).isEqualTo(versionBefore);
        assertThat(previewed.at("/archive/changes").asInt()).isEqualTo(archived.size());
        assertThat(reads.version()).as("a dry run changes nothing").isEqualTo(versionBefore);

        var restored = restore("?reason=back+to+the+seed", archive);
        assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(restored.body());

        // The same network, compared canonically, and byte for byte as the backup writes it.
        Map<String, byte[]> again = Archives.unzip(backup());
        assertThat(Archives.canonical(JsonSnapshotFormat.toJson(reads.current().snapshot(), false)))
                .isEqualTo(Archives.canonical(Archives.text(files, "network.json")));
        assertThat(again.get("network.json")).isEqualTo(files.get("network.json"));

        // The same history, then exactly one RESTORE change above every restored id and the version before.
        List<RecordedChange> history = store.allChanges();
        assertThat(history).hasSize(archived.size() + 1);
        assertThat(history.subList(0, archived.size())).isEqualTo(archived);
        RecordedChange restore = history.get(archived.size());
        long highest = archived.get(archived.size() - 1).id();
        assertThat(restore.kind()).isEqualTo(ChangeKind.RESTORE);
        assertThat(restore.actor()).isEqualTo("admin");
        assertThat(restore.reason()).isEqualTo("back to the seed");
        assertThat(restore.id()).isEqualTo(reads.version()).isEqualTo(versionBefore + 1).isGreaterThan(highest);
        assertThat(restore.details()).containsEntry("changesRestored", archived.size())
                .containsEntry("sha256", sha256(archive))
                .containsEntry("backupNetworkVersion", (int) archived.get(archived.size() - 1).id());
        assertThat(restore.entities()).hasSize(193 + 1 + 248);
        assertThat(answer.get("version").asLong()).isEqualTo(restore.id());
        assertThat(answer.get("changeId").asLong()).isEqualTo(restore.id());
        assertThat(Files.exists(backups.file(answer.get("backupBefore").asText()))).isTrue();
        assertThat(restore.details()).containsEntry(NetworkWrites.BACKUP_BEFORE, answer.get("backupBefore").asText());

        // The history file of a new backup is the old one plus one line.
        String oldLines = Archives.text(files, "history.jsonl");
        String newLines = Archives.text(again, "history.jsonl");
        assertThat(newLines).startsWith(oldLines);
        assertThat(Archives.lines(newLines.substring(oldLines.length()))).hasSize(1)
                .allSatisfy(line -> assertThat(JSON.readTree(line).get("kind").asText()).isEqualTo("RESTORE"));
    }

    @Test
    void restore_uploadedAsTheMultipartPartBackup_previewsLikeTheBody() throws Exception {
        byte[] archive = backup();
        String before = state();
        var response = admin().multipart("POST", "/api/restore?dryRun=true",
                ApiClient.Part.file("backup", "atlas.zip", "application/zip", archive));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode preview = JSON.readTree(response.body());
        assertThat(preview.get("added").get("organisations")).isEmpty();
        assertThat(preview.get("removed").get("organisations")).isEmpty();
        assertThat(preview.at("/archive/networkVersion").asLong()).isEqualTo(reads.version());
        assertThat(state()).isEqualTo(before);
    }

    /** Restores {@code archive}, expects a 400 problem, and returns it; the network and history must be unchanged. */
    private JsonNode refused400(byte[] archive) throws Exception {
        String before = state();
        List<BackupService.StoredBackup> stored = backups.list();
        var response = restore("", archive);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).contains("application/problem+json");
        assertThat(state()).as("nothing changed").isEqualTo(before);
        assertThat(backups.list()).as("no backup was needed").isEqualTo(stored);
        return JSON.readTree(response.body());
    }

    private static List<String> locations(JsonNode problem) {
        return problem.get("errors").findValuesAsText("location");
    }

    @Test
    void restore_aChangedNetworkJson_isRefused400NamingTheFile_andChangesNothing() throws Exception {
        Map<String, byte[]> files = Archives.unzip(backup());
        files.put("network.json", Archives.text(files, "network.json").replace("Dolen Cymru", "Dolen Cymru (edited)")
                .getBytes(StandardCharsets.UTF_8));

        JsonNode problem = refused400(Archives.zip(files));

        assertThat(locations(problem)).containsExactly("network.json");
        assertThat(problem.get("detail").asText()).contains("network.json").contains("manifest");
    }

    @Test
    void restore_aManifestWhoseHashDoesNotMatchTheHistory_isRefused400NamingTheFile_andChangesNothing()
            throws Exception {
        Map<String, byte[]> files = Archives.unzip(backup());
        files.put("manifest.json", Archives.text(files, "manifest.json")
                .replace(sha256(files.get("history.jsonl")), "0".repeat(64)).getBytes(StandardCharsets.UTF_8));

        assertThat(locations(refused400(Archives.zip(files)))).containsExactly("history.jsonl");
    }

    @Test
    void restore_aZipWithAnExtraFile_isRefused400NamingIt_andChangesNothing() throws Exception {
        Map<String, byte[]> files = Archives.unzip(backup());
        files.put("../evil.sh", "rm -rf /".getBytes(StandardCharsets.UTF_8));

        assertThat(locations(refused400(Archives.zip(files)))).containsExactly("../evil.sh");
    }

    @Test
    void restore_aZipWithoutTheHistory_isRefused400NamingIt_andChangesNothing() throws Exception {
        Map<String, byte[]> files = Archives.unzip(backup());
        files.remove("history.jsonl");

        assertThat(locations(refused400(Archives.zip(files)))).containsExactly("history.jsonl");
    }

    @Test
    void restore_somethingThatIsNotAZip_isRefused400_andChangesNothing() throws Exception {
        byte[] json = JsonSnapshotFormat.toJson(WalesAfricaSeed.load(), false).getBytes(StandardCharsets.UTF_8);

        assertThat(refused400(json).get("detail").asText()).contains("not a zip");
    }

    @Test
    void restore_aZipBombWithAHugeEntry_isRefused413WithinTheLimit_andChangesNothing() throws Exception {
        // 200 MB of spaces compress to about 200 kB: well inside the body limit, far past the unpacked one.
        Map<String, byte[]> files = Archives.unzip(backup());
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("manifest.json"));
            zip.write(files.get("manifest.json"));
            zip.putNextEntry(new java.util.zip.ZipEntry("network.json"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(spaces);
            }
            zip.putNextEntry(new java.util.zip.ZipEntry("history.jsonl"));
            zip.write(files.get("history.jsonl"));
        }
        byte[] bomb = out.toByteArray();
        assertThat((long) bomb.length).isLessThan(AtlasSpringTest.MAX_IMPORT_BYTES);
        String before = state();

        long started = System.nanoTime();
        var response = restore("", bomb);

        assertThat(response.status()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).get("detail").asText())
                .contains("atlas.limits.max-import-bytes").contains("network.json");
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds to refuse").isLessThan(10_000);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void backupAndRestore_asAnonymousOrAnEditor_areRefused401And403_andChangeNothing() throws Exception {
        byte[] archive = backup();
        Principals.ensure(users);
        var editor = http().basic("matrix-editor", Principals.PASSWORD);
        String before = state();

        assertThat(http().get("/api/backup").status()).isEqualTo(401);
        assertThat(http().send("POST", "/api/restore", "application/zip", archive).status()).isEqualTo(401);
        assertThat(editor.get("/api/backup").status()).isEqualTo(403);
        assertThat(editor.send("POST", "/api/restore", "application/zip", archive).status()).isEqualTo(403);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void restore_byAnEditorThroughTheDoorItself_isRefusedAndChangesNothing() {
        byte[] archive = backup();
        var contents = BackupArchive.read(archive, AtlasSpringTest.MAX_IMPORT_BYTES);
        var editor = new Actor("ed", EnumSet.of(Role.VIEWER, Role.EDITOR), Set.of());
        var file = new NetworkWrites.BackupFile("atlas.zip", archive.length, BackupArchive.sha256(archive),
                contents.manifest().createdAt(), contents.manifest().networkVersion());
        String before = state();
        List<BackupService.StoredBackup> stored = backups.list();

        assertThatThrownBy(() -> writes.restore(contents.network(), contents.history(), file, Change.by(editor, "test"),
                false, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(state()).isEqualTo(before);
        assertThat(backups.list()).isEqualTo(stored);
    }

    @Test
    void restore_ofAPreviewTheNetworkMovedSince_isRefused409_andChangesNothing() throws Exception {
        byte[] archive = backup();
        long previewed = JSON.readTree(restore("?dryRun=true", archive).body()).get("baseVersion").asLong();
        TestWrites.create(writes, new Organisation("moved-" + System.nanoTime(), "Moved meanwhile", OrganisationType.NGO,
                "KE", null, null, null, null, null, Confidence.ILLUSTRATIVE, List.of()));
        String before = state();
        var response = admin().header("If-Match", "\"" + previewed + "\"")
                .send("POST", "/api/restore", "application/zip", archive);

        assertThat(response.status()).isEqualTo(409);
        assertThat(JSON.readTree(response.body()).get("type").asText()).endsWith("/stale-preview");
        assertThat(state()).isEqualTo(before);
    }
}
