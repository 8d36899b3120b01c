package org.partnershipatlas.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import org.partnershipatlas.AtlasSpringTest;
import org.partnershipatlas.PartnershipAtlasApplication;
import org.partnershipatlas.TestWrites;
import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.reads.NetworkReads;
import org.partnershipatlas.returns.RegistrationsService;
import org.partnershipatlas.returns.ReturnsService;
import org.partnershipatlas.seed.WalesAfricaSeed;
import org.partnershipatlas.store.ChangeKind;
import org.partnershipatlas.store.NetworkStore;
import org.partnershipatlas.store.RecordedChange;
import org.partnershipatlas.store.ReturnStore;
import org.partnershipatlas.store.StoredStory;
import org.partnershipatlas.stories.StoriesService;
import org.partnershipatlas.users.UserAdministration;
import org.partnershipatlas.writes.NetworkWrites;

/**
 * A backup taken on one machine and restored on a new one: the test application (every kind of data made through the
 * services that make it) backs up over {@code GET /api/backup}; a second, freshly started application in a data
 * folder of its own — with a backup passphrase, from a file — restores it over {@code POST /api/restore}. Every user,
 * token, round, invitation, registration and story comes back field by field, the network and the history too; the
 * old passwords and tokens work there and a revoked token stays revoked. The new machine's backups are encrypted: no
 * hash, email or name can be found in their bytes, and an archive with another passphrase, a changed one, or an
 * encrypted one on a machine without the passphrase is refused 400 naming why, with nothing changed on either.
 */
@AtlasSpringTest
@ExtendWith(OutputCaptureExtension.class)
class BackupFreshMachineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FRESH_ADMIN_PASSWORD = "fresh-machine-admin-1";
    private static final String PASSPHRASE = "a long backup passphrase – ŵ";
    private static final String ANN_PASSWORD = "ann-password-12345";
    private static ConfigurableApplicationContext fresh;

    @Autowired
    TestRestTemplate http;
    @Autowired
    NetworkWrites writes;
    @Autowired
    NetworkReads reads;
    @Autowired
    NetworkStore store;
    @Autowired
    AppRecordStores records;
    @Autowired
    UserAdministration users;
    @Autowired
    ReturnsService returns;
    @Autowired
    ReturnStore returnStore;
    @Autowired
    RegistrationsService registrations;
    @Autowired
    StoriesService stories;

    @AfterAll
    static void stopTheNewMachine() {
        if (fresh != null) {
            fresh.close();
        }
    }

    /** Starts the second application: its own data folder, the seed, a generated database password, a passphrase file. */
    private static ConfigurableApplicationContext startFresh() throws IOException {
        Path data = Files.createTempDirectory("atlas-fresh-machine");
        Path passphrase = Files.writeString(data.resolve("backup-passphrase"), PASSPHRASE + "\n");
        // As arguments: they must win over application.properties, as on a real command line.
        return new SpringApplicationBuilder(PartnershipAtlasApplication.class).run(
                "--atlas.data-dir=" + data,
                "--server.port=0",
                "--atlas.neo4j.embedded.bolt-port=0",
                "--atlas.neo4j.embedded.page-cache=64m",
                "--atlas.security.admin-password=" + FRESH_ADMIN_PASSWORD,
                "--atlas.limits.max-import-bytes=" + AtlasSpringTest.MAX_IMPORT_BYTES,
                "--atlas.backup.interval=0",
                "--atlas.backup.passphrase-file=" + passphrase);
    }

    private static String root(ConfigurableApplicationContext context) {
        return "http://localhost:" + ((ServletWebServerApplicationContext) context).getWebServer().getPort();
    }

    private static TestRestTemplate client(ConfigurableApplicationContext context) {
        return new TestRestTemplate(new RestTemplateBuilder().rootUri(root(context)));
    }

    private static TestRestTemplate bearer(ConfigurableApplicationContext context, String secret) {
        return new TestRestTemplate(new RestTemplateBuilder().rootUri(root(context))
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + secret));
    }

    private static byte[] backup(TestRestTemplate client) {
        ResponseEntity<byte[]> response = client.exchange("/api/backup", HttpMethod.GET, null, byte[].class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return response.getBody();
    }

    private static ResponseEntity<String> restore(TestRestTemplate client, byte[] archive) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        return client.postForEntity("/api/restore?reason=new+machine", new HttpEntity<>(archive, headers), String.class);
    }

    /** Everything a restore may change, on one machine: network and version, history, and all the records. */
    private static String state(NetworkReads reads, NetworkStore store, AppRecordStores records) {
        var network = reads.current();
        return network.version() + "\n" + JsonSnapshotFormat.toJson(network.snapshot(), false) + "\n"
                + store.allChanges() + "\n" + records.read();
    }

    private static String state(ConfigurableApplicationContext context) {
        return state(context.getBean(NetworkReads.class), context.getBean(NetworkStore.class),
                context.getBean(AppRecordStores.class));
    }

    /**
     * What anyone with the file can read: its bytes, and if it is a zip the bytes of every file in it (a zip's files
     * are compressed, so searching the raw bytes alone would find nothing even in the clear).
     */
    private static byte[] readable(byte[] file) {
        var all = new ByteArrayOutputStream();
        all.writeBytes(file);
        try {
            Archives.unzip(file).values().forEach(all::writeBytes);
        } catch (RuntimeException notAZip) {
            // encrypted: the bytes are all there is
        }
        return all.toByteArray();
    }

    private static boolean contains(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + n.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + n.length, n, 0, n.length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every hash, email and person's or organisation's name the records hold: none may be readable in a backup. (Names
     * shorter than six characters are left out: random ciphertext holds some two-letter word by chance.)
     */
    private static List<String> secrets(AppRecords kept) {
        var secrets = new ArrayList<String>();
        kept.users().forEach(u -> secrets.addAll(List.of(u.username(), u.passwordHash())));
        kept.tokens().forEach(t -> secrets.addAll(List.of(t.name(), t.hash())));
        kept.invitations().forEach(i -> {
            secrets.add(i.invitation().tokenHash());
            secrets.addAll(i.reminderTokenHashes());
            if (i.invitation().email() != null) {
                secrets.add(i.invitation().email());
            }
        });
        secrets.addAll(List.of("Rhys Evans", "rhys@fresh.example.org", "Ann Jones", "Swansea Friends of Kampala",
                "Dolen Cymru", "Betsi Cadwaladr"));
        return secrets.stream().filter(secret -> secret.length() >= 6).toList();
    }

    /** @return the secrets of a token kept and a token revoked */
    private String[] makeOneOfEverything() throws Exception {
        TestWrites.replace(writes, WalesAfricaSeed.load());
        users.create(TestWrites.ADMIN, "fresh-ann", ANN_PASSWORD, List.of("EDITOR"), List.of("dolen-cymru"));
        users.create(TestWrites.ADMIN, "fresh-bob", "bob-password-12345", List.of("VIEWER"), List.of());
        users.disable(TestWrites.ADMIN, "fresh-bob");
        var kept = users.createToken(TestWrites.FIRST_ADMIN, "fresh nightly", List.of("ADMIN"), List.of());
        var revoked = users.createToken(TestWrites.FIRST_ADMIN, "fresh old script", List.of("VIEWER"), List.of());
        users.revokeToken(TestWrites.ADMIN, revoked.token().id());
        var round = returns.open(TestWrites.ADMIN, "Fresh machine return", LocalDate.now().plusDays(30), List.of(
                new ReturnsService.Invitee("betsi-cadwaladr-uhb", "lead@betsi.fresh.example.org"),
                new ReturnsService.Invitee("cardiff-and-vale-uhb", "intl@cav.fresh.example.org"),
                new ReturnsService.Invitee("swansea-bay-uhb", null)));
        returns.saveDraft(round.invitations().get(0).token(), JSON.readTree("{\"contact\": {\"name\": \"Ann Jones\"}}"));
        returns.submit(round.invitations().get(1).token(), JSON.readTree(
                "{\"contact\": {\"name\": \"Rhys Evans\", \"role\": \"lead\"}}"));
        returnStore.reminded(round.invitations().get(0).invitation(), "a".repeat(64), Instant.now());
        registrations.register(JSON.readTree("""
                {"name": "Swansea Friends of Kampala", "type": "COMMUNITY_ORGANISATION", "country": "GB-WLS",
                 "city": "Swansea", "offers": "volunteers", "seeks": "a health centre partner in Uganda",
                 "countriesOfInterest": ["UG"], "themesOfInterest": ["maternal health"],
                 "contact": {"name": "Rhys Evans", "role": "chair", "email": "rhys@fresh.example.org"}}"""),
                "198.51.100.7");
        stories.create(TestWrites.ADMIN, "Fresh machine story", List.of(new StoredStory.Step("/network?country=LS",
                "Lesotho since 1985"), new StoredStory.Step("/map", "")), false);
        return new String[] {kept.secret(), revoked.secret()};
    }

    @Test
    void aBackupRestoredOnANewMachine_givesBackEverything_andItsBackupsShowNoHashEmailOrName(CapturedOutput output)
            throws Exception {
        String[] tokens = makeOneOfEverything();
        AppRecords before = records.read();
        var history = store.allChanges();
        var network = reads.current();
        assertThat(before.users()).extracting(u -> u.username()).contains("admin", "fresh-ann", "fresh-bob");
        assertThat(before.rounds()).isNotEmpty();
        assertThat(before.registrations()).isNotEmpty();
        assertThat(before.stories()).isNotEmpty();
        byte[] archive = backup(http.withBasicAuth("admin", AtlasSpringTest.ADMIN_PASSWORD));
        for (String secret : secrets(before)) {
            assertThat(contains(readable(archive), secret)).as("unencrypted, the backup shows " + secret).isTrue();
        }

        fresh = startFresh();
        TestRestTemplate machine = client(fresh);
        assertThat(output.getAll()).as("the passphrase is never logged").doesNotContain(PASSPHRASE)
                .contains("Backups are encrypted");
        var restored = restore(machine.withBasicAuth("admin", FRESH_ADMIN_PASSWORD), archive);
        assertThat(restored.getStatusCode().value()).as(restored.getBody()).isEqualTo(200);
        JsonNode answer = JSON.readTree(restored.getBody());
        assertThat(answer.at("/archive/format").asText()).isEqualTo("partnership-atlas-backup/2");
        assertThat(answer.at("/archive/records/users").asInt()).isEqualTo(before.users().size());

        // Field by field: every record, the network and the history (with one RESTORE change on top).
        AppRecords after = fresh.getBean(AppRecordStores.class).read();
        assertThat(after.users()).isEqualTo(before.users());
        assertThat(after.tokens()).isEqualTo(before.tokens());
        assertThat(after.rounds()).isEqualTo(before.rounds());
        assertThat(after.invitations()).isEqualTo(before.invitations());
        assertThat(after.registrations()).isEqualTo(before.registrations());
        assertThat(after.stories()).isEqualTo(before.stories());
        assertThat(after).isEqualTo(before);
        assertThat(JsonSnapshotFormat.toJson(fresh.getBean(NetworkReads.class).current().snapshot(), false))
                .isEqualTo(JsonSnapshotFormat.toJson(network.snapshot(), false));
        List<RecordedChange> freshHistory = fresh.getBean(NetworkStore.class).allChanges();
        assertThat(freshHistory.subList(0, history.size())).isEqualTo(history);
        RecordedChange restore = freshHistory.get(history.size());
        assertThat(restore.kind()).isEqualTo(ChangeKind.RESTORE);
        assertThat(restore.details()).containsKey(RestoreService.RECORDS_RESTORED)
                .containsEntry("backupFormat", "partnership-atlas-backup/2");

        // The old credentials are the new machine's: the fresh admin password is gone, the backup's work.
        assertThat(machine.withBasicAuth("admin", FRESH_ADMIN_PASSWORD).getForEntity("/api/backup", String.class)
                .getStatusCode().value()).isEqualTo(401);
        assertThat(machine.withBasicAuth("fresh-ann", ANN_PASSWORD).getForEntity("/api/network", String.class)
                .getStatusCode().value()).isEqualTo(200);
        assertThat(bearer(fresh, tokens[1]).getForEntity("/api/network", String.class).getStatusCode().value())
                .as("a revoked token stays revoked").isEqualTo(401);
        TestRestTemplate script = bearer(fresh, tokens[0]);

        // Its backups are encrypted, downloaded and on disk: not one hash, email or name in their bytes.
        byte[] encrypted = backup(script);
        assertThat(BackupEncryption.isEncrypted(encrypted)).isTrue();
        var folder = fresh.getBean(BackupService.class);
        byte[] beforeRestore = folder.read(answer.get("backupBefore").asText());
        byte[] written = folder.read(folder.write("test").name());
        assertThat(answer.get("backupBefore").asText()).endsWith(".zip.enc");
        for (byte[] file : List.of(encrypted, beforeRestore, written)) {
            byte[] bytes = readable(file);
            assertThat(bytes).hasSize(file.length);
            for (String secret : secrets(after)) {
                assertThat(contains(bytes, secret)).as(secret).isFalse();
            }
            assertThat(contains(bytes, "fresh-ann")).isFalse();
            assertThat(contains(bytes, "$2a$")).isFalse();
        }

        // Refused, naming the cause, with nothing changed: another passphrase, a changed byte, no passphrase at all.
        String freshState = state(fresh);
        var other = new ByteArrayOutputStream();
        new BackupService(fresh.getBean(NetworkReads.class), fresh.getBean(AppRecordStores.class),
                new BackupEncryption("another passphrase entirely", BackupEncryption.MIN_ITERATIONS),
                Files.createTempDirectory("other"), 1, Clock.systemUTC()).archiveNow().writeTo(other);
        assertRefused(script, other.toByteArray(), "wrong passphrase", freshState);
        byte[] changed = encrypted.clone();
        changed[changed.length / 2] ^= 0x20;
        assertRefused(script, changed, "changed or damaged", freshState);
        assertRefused(http.withBasicAuth("admin", AtlasSpringTest.ADMIN_PASSWORD), encrypted,
                "no passphrase is set", null);

        // With the passphrase it restores, and everything is as it was.
        var again = restore(script, encrypted);
        assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(200);
        assertThat(JSON.readTree(again.getBody()).at("/archive/encrypted").asBoolean()).isTrue();
        assertThat(fresh.getBean(AppRecordStores.class).read()).isEqualTo(before);
    }

    /** A 400 problem whose detail names the cause; {@code state} (else the test application's) unchanged. */
    private void assertRefused(TestRestTemplate client, byte[] archive, String cause, String freshState)
            throws Exception {
        String testState = state(reads, store, records);
        var response = restore(client, archive);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.getBody());
        assertThat(problem.get("detail").asText()).contains(cause).contains("Nothing was changed");
        if (freshState != null) {
            assertThat(state(fresh)).isEqualTo(freshState);
        }
        assertThat(state(reads, store, records)).isEqualTo(testState);
    }
}
