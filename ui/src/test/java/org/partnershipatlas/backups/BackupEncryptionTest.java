package org.partnershipatlas.backups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.partnershipatlas.app.AtlasProperties;
import org.partnershipatlas.model.validation.ValidationException;

/**
 * The encryption of backups on its own (no database): what goes in comes out with the passphrase, nothing of it can be
 * read in the file, and each way to fail — no passphrase, another passphrase, a changed byte anywhere, a changed
 * header — is refused naming its cause. The test uses the fewest iterations accepted; the application uses
 * {@value BackupEncryption#ITERATIONS}.
 */
class BackupEncryptionTest {
    private static final String PASSPHRASE = "correct horse battery staple";
    private static final int FAST = BackupEncryption.MIN_ITERATIONS;

    @TempDir
    Path folder;

    private static byte[] seal(BackupEncryption encryption, byte[] plain) throws IOException {
        var out = new ByteArrayOutputStream();
        try (OutputStream sealed = encryption.encrypting(out)) {
            // in uneven pieces, as the zip writer writes
            for (int i = 0; i < plain.length; i += 1000) {
                sealed.write(plain, i, Math.min(1000, plain.length - i));
            }
        }
        return out.toByteArray();
    }

    private static byte[] secretLookingZip() {
        byte[] plain = new byte[50_000];
        RandomGenerator.of("L64X128MixRandom").nextBytes(plain);
        byte[] marker = "PK{bcrypt}$2a$10$thisIsAPasswordHash rhys@example.org Rhys Evans".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(marker, 0, plain, 0, marker.length);
        System.arraycopy(marker, 0, plain, 30_000, marker.length);
        return plain;
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

    private static String refusal(BackupEncryption encryption, byte[] archive) {
        try {
            encryption.open(archive);
        } catch (ValidationException e) {
            assertThat(e.errors()).hasSize(1);
            assertThat(e.errors().get(0).location()).isEqualTo("archive");
            return e.errors().get(0).field() + ": " + e.errors().get(0).message();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void sealed_opensWithThePassphrase_andShowsNothingOfWhatItHolds() throws Exception {
        var encryption = new BackupEncryption(PASSPHRASE, FAST);
        byte[] plain = secretLookingZip();

        byte[] sealed = seal(encryption, plain);

        assertThat(BackupEncryption.isEncrypted(sealed)).isTrue();
        assertThat(BackupEncryption.isEncrypted(plain)).isFalse();
        assertThat(new String(sealed, 0, 200, StandardCharsets.ISO_8859_1))
                .startsWith("partnership-atlas-backup-encrypted/1\n{\"cipher\":\"AES-256-GCM\",\"kdf\":\"PBKDF2WithHmacSHA256\","
                        + "\"iterations\":" + FAST + ",");
        for (String secret : new String[] {"$2a$10$", "bcrypt", "rhys@example.org", "Rhys Evans"}) {
            assertThat(contains(sealed, secret)).as(secret).isFalse();
            assertThat(contains(plain, secret)).as("the test's own check finds " + secret).isTrue();
        }
        assertThat(encryption.open(sealed)).isEqualTo(plain);
        assertThat(new BackupEncryption(PASSPHRASE, FAST).open(sealed)).as("another start, the same passphrase")
                .isEqualTo(plain);
        assertThat(encryption.open(plain)).as("an archive in the clear is read as it is").isSameAs(plain);
        assertThat(seal(encryption, plain)).as("a nonce of its own each time").isNotEqualTo(sealed);
    }

    @Test
    void open_withoutAPassphrase_withAnotherOne_orChanged_isRefusedNamingTheCause() throws Exception {
        byte[] sealed = seal(new BackupEncryption(PASSPHRASE, FAST), secretLookingZip());
        var encryption = new BackupEncryption(PASSPHRASE, FAST);

        assertThat(refusal(BackupEncryption.off(), sealed)).startsWith("passphrase: ")
                .contains("encrypted and no passphrase is set").contains("atlas.backup.passphrase");
        assertThat(refusal(new BackupEncryption(PASSPHRASE + "!", FAST), sealed)).startsWith("passphrase: ")
                .contains("wrong passphrase");

        for (int at : new int[] {300, sealed.length / 2, sealed.length - 1}) {
            byte[] changed = sealed.clone();
            changed[at] ^= 1;
            assertThat(refusal(encryption, changed)).as("byte " + at).startsWith("ciphertext: ")
                    .contains("changed or damaged");
        }
        assertThat(refusal(encryption, Arrays.copyOf(sealed, sealed.length - 40))).contains("changed or damaged");
        String header = new String(sealed, StandardCharsets.ISO_8859_1);
        byte[] moreIterations = header.replace("\"iterations\":" + FAST, "\"iterations\":" + (FAST + 1))
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(refusal(encryption, moreIterations)).as("a changed header cannot open it either")
                .startsWith("passphrase: ");
        byte[] manyIterations = header.replace("\"iterations\":" + FAST, "\"iterations\":2000000000")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(refusal(encryption, manyIterations)).startsWith("header: ").contains("iterations");
        byte[] notJson = header.replace("{\"cipher\"", "{\"cypher\"").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(refusal(encryption, notJson)).startsWith("header: ");
    }

    @Test
    void passphrase_comesFromThePropertyOrTheFile_notBoth_andIsNeverInTheSettingsText() throws Exception {
        Path file = Files.writeString(folder.resolve("passphrase"), "  from the file, long enough \n");
        var inline = new AtlasProperties.Backup(null, Duration.ofDays(1), 14, PASSPHRASE, null);
        var fromFile = new AtlasProperties.Backup(null, Duration.ofDays(1), 14, null, file);

        assertThat(BackupEncryption.passphrase(inline)).isEqualTo(PASSPHRASE);
        assertThat(BackupEncryption.passphrase(fromFile)).isEqualTo("from the file, long enough");
        assertThat(BackupEncryption.passphrase(new AtlasProperties.Backup(null, Duration.ofDays(1), 14, "", null)))
                .isNull();
        assertThatThrownBy(() -> BackupEncryption.passphrase(new AtlasProperties.Backup(null, Duration.ofDays(1), 14,
                PASSPHRASE, file))).hasMessageContaining("not both").hasMessageNotContaining(PASSPHRASE);
        assertThatThrownBy(() -> BackupEncryption.passphrase(new AtlasProperties.Backup(null, Duration.ofDays(1), 14,
                null, folder.resolve("missing")))).hasMessageContaining("does not exist or is empty");
        assertThatThrownBy(() -> new BackupEncryption("too short", FAST)).hasMessageContaining("at least 12")
                .hasMessageNotContaining("too short");
        assertThat(inline.toString()).doesNotContain(PASSPHRASE).contains("passphrase=(set)");
    }
}
