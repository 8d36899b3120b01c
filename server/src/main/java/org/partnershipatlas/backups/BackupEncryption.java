package org.partnershipatlas.backups;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import org.partnershipatlas.app.AtlasProperties;
import org.partnershipatlas.app.SecretFile;
import org.partnershipatlas.format.Json;
import org.partnershipatlas.model.validation.ValidationError;
import org.partnershipatlas.model.validation.ValidationException;

/**
 * Encrypts backups with {@code atlas.backup.passphrase} (or the passphrase in {@code atlas.backup.passphrase-file},
 * read once at start), and opens encrypted ones. A backup holds password and token hashes and the contact details
 * of returns and registrations; encrypted, the file shows none of them (docs/FORMAT.md, "Encrypted backups").
 *
 * <p>The file: the line {@value #MAGIC}, a line of JSON — {@code {"cipher": "AES-256-GCM", "kdf":
 * "PBKDF2WithHmacSHA256", "iterations", "salt", "nonce", "keyCheck"}}, bytes in base64 — and then the backup zip
 * encrypted with AES-256-GCM (128-bit tag at the end) with both lines as its associated data, so that a changed
 * header fails like a changed byte of the zip. The key: PBKDF2-HMAC-SHA256 over the passphrase with a random 16-byte
 * salt and {@value #ITERATIONS} iterations (OWASP's figure for it) gives 32 bytes, from which HMAC-SHA256 makes the
 * AES key and the key check, one label each. The key check tells a wrong passphrase from a changed file: with the
 * wrong passphrase it differs; with the right one and a changed file, the tag does.
 *
 * <p>The key for writing is made once at start with one salt (each archive gets its own random 12-byte nonce);
 * keys for reading are made per salt and the last few kept, so a preview and its restore derive once. No passphrase
 * set: backups are written in the clear and a warning says so, in the log at start and on the Backups page.
 */
@Component
public class BackupEncryption {
    private static final Logger log = LoggerFactory.getLogger(BackupEncryption.class);
    static final String MAGIC = "partnership-atlas-backup-encrypted/1";
    static final String CIPHER = "AES-256-GCM";
    static final String KDF = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 600_000;
    /** Fewer is not a key worth the name; more would let a crafted header keep the server busy for minutes. */
    static final int MIN_ITERATIONS = 100_000;
    static final int MAX_ITERATIONS = 10_000_000;
    static final int MIN_PASSPHRASE_LENGTH = 12;
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int MAX_HEADER_BYTES = 4096;
    private static final byte[] KEY_LABEL = "partnership-atlas-backup AES-256-GCM key".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CHECK_LABEL = "partnership-atlas-backup passphrase check".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final char[] passphrase;
    private final int iterations;
    private final byte[] writeSalt;
    private final Keys writeKeys;
    /** Keys made for reading, by salt and iterations; the last few only. */
    private final Map<String, Keys> readKeys = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Keys> eldest) {
            return size() > 4;
        }
    };

    @Autowired
    public BackupEncryption(AtlasProperties properties) {
        this(passphrase(properties.backup()), ITERATIONS);
        if (enabled()) {
            log.info("Backups are encrypted: {} with a key from the passphrase ({}, {} iterations)", CIPHER, KDF,
                    iterations);
        } else {
            log.warn("Backups are NOT encrypted: they hold password and API token hashes and the names and emails of "
                    + "returns and registrations in the clear. Set atlas.backup.passphrase or "
                    + "atlas.backup.passphrase-file (README, \"Backups\").");
        }
    }

    /**
     * @param passphrase {@code null}: backups are not encrypted (encrypted ones cannot be opened)
     * @param iterations PBKDF2 iterations for the archives this writes
     */
    public BackupEncryption(String passphrase, int iterations) {
        if (passphrase != null && passphrase.length() < MIN_PASSPHRASE_LENGTH) {
            throw new IllegalArgumentException("the backup passphrase must be at least " + MIN_PASSPHRASE_LENGTH
                    + " characters (atlas.backup.passphrase or atlas.backup.passphrase-file)");
        }
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("PBKDF2 iterations must be " + MIN_ITERATIONS + " to " + MAX_ITERATIONS);
        }
        this.passphrase = passphrase == null ? null : passphrase.toCharArray();
        this.iterations = iterations;
        this.writeSalt = passphrase == null ? null : random(SALT_BYTES);
        this.writeKeys = passphrase == null ? null : derive(this.passphrase, writeSalt, iterations);
    }

    /** No encryption: backups in the clear, encrypted ones refused. */
    public static BackupEncryption off() {
        return new BackupEncryption(null, ITERATIONS);
    }

    /** The passphrase set, if any: the property, or the file's content (read here, once). Never logged. */
    static String passphrase(AtlasProperties.Backup backup) {
        boolean inline = backup.passphrase() != null && !backup.passphrase().isEmpty();
        Path file = backup.passphraseFile();
        boolean fromFile = file != null && !file.toString().isBlank();
        if (inline && fromFile) {
            throw new IllegalStateException("set atlas.backup.passphrase or atlas.backup.passphrase-file, not both");
        }
        if (fromFile) {
            return SecretFile.read(file).orElseThrow(() -> new IllegalStateException(
                    "atlas.backup.passphrase-file " + file + " does not exist or is empty"));
        }
        return inline ? backup.passphrase() : null;
    }

    /** Whether backups are written encrypted. */
    public boolean enabled() {
        return passphrase != null;
    }

    /** Whether {@code archive} is an encrypted backup (begins with {@value #MAGIC}). */
    public static boolean isEncrypted(byte[] archive) {
        byte[] magic = (MAGIC + "\n").getBytes(StandardCharsets.US_ASCII);
        return archive.length >= magic.length && Arrays.equals(archive, 0, magic.length, magic, 0, magic.length);
    }

    // --- writing -------------------------------------------------------------------------------------------------

    /**
     * Writes the header to {@code out} and returns the stream to write the zip to; closing that stream writes the
     * last block and the tag, and leaves {@code out} open.
     */
    OutputStream encrypting(OutputStream out) throws IOException {
        if (!enabled()) {
            throw new IllegalStateException("no backup passphrase is set");
        }
        byte[] nonce = random(NONCE_BYTES);
        byte[] header = header(writeSalt, iterations, nonce, writeKeys.check());
        Cipher cipher = cipher(Cipher.ENCRYPT_MODE, writeKeys, nonce);
        cipher.updateAAD(header);
        out.write(header);
        return new OutputStream() {
            private boolean closed;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                byte[] sealed = cipher.update(b, off, len);
                if (sealed != null) {
                    out.write(sealed);
                }
            }

            @Override
            public void close() throws IOException {
                if (closed) {
                    return;
                }
                closed = true;
                try {
                    out.write(cipher.doFinal());
                } catch (GeneralSecurityException e) {
                    throw new IOException("could not finish encrypting the backup", e);
                }
                out.flush();
            }
        };
    }

    private static byte[] header(byte[] salt, int iterations, byte[] nonce, byte[] check) {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("cipher", CIPHER);
        json.put("kdf", KDF);
        json.put("iterations", iterations);
        json.put("salt", Base64.getEncoder().encodeToString(salt));
        json.put("nonce", Base64.getEncoder().encodeToString(nonce));
        json.put("keyCheck", Base64.getEncoder().encodeToString(check));
        return (MAGIC + "\n" + json + "\n").getBytes(StandardCharsets.UTF_8);
    }

    // --- reading -------------------------------------------------------------------------------------------------

    /**
     * The backup zip inside {@code archive} if it is encrypted, else {@code archive} itself.
     *
     * @throws ValidationException naming the cause: no passphrase set here, a wrong passphrase, a damaged header, or
     *                             a file changed or damaged after it was written
     */
    byte[] open(byte[] archive) {
        if (!isEncrypted(archive)) {
            return archive;
        }
        int first = indexOf(archive, (byte) '\n', 0);
        int second = indexOf(archive, (byte) '\n', first + 1);
        if (second < 0 || second > MAX_HEADER_BYTES) {
            throw refused("header", "the encrypted backup's header is damaged (no second line within "
                    + MAX_HEADER_BYTES + " bytes)");
        }
        Header header = header(Arrays.copyOfRange(archive, first + 1, second));
        if (!enabled()) {
            throw refused("passphrase", "this backup is encrypted and no passphrase is set here: set "
                    + "atlas.backup.passphrase (or atlas.backup.passphrase-file) to the passphrase it was made with, "
                    + "restart, and restore it again. Nothing was changed.");
        }
        Keys keys = readKeys(header.salt(), header.iterations());
        if (!MessageDigest.isEqual(keys.check(), header.keyCheck())) {
            throw refused("passphrase", "wrong passphrase: this backup was encrypted with another passphrase than "
                    + "the one set here (atlas.backup.passphrase). Nothing was changed.");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, keys, header.nonce());
            cipher.updateAAD(archive, 0, second + 1);
            return cipher.doFinal(archive, second + 1, archive.length - second - 1);
        } catch (AEADBadTagException e) {
            throw refused("ciphertext", "the encrypted backup was changed or damaged after it was made: its "
                    + "authentication tag does not match (the passphrase is right). Nothing was changed.");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private record Header(int iterations, byte[] salt, byte[] nonce, byte[] keyCheck) {
    }

    private static Header header(byte[] line) {
        JsonNode json;
        try {
            json = Json.mapper().readTree(line);
        } catch (IOException e) {
            json = null;
        }
        if (json == null || !json.isObject() || !CIPHER.equals(json.path("cipher").asText())
                || !KDF.equals(json.path("kdf").asText()) || json.size() != 6) {
            throw refused("header", "the encrypted backup's header is damaged or not ours: expected " + CIPHER
                    + " with a key from " + KDF);
        }
        JsonNode iterations = json.path("iterations");
        if (!iterations.canConvertToInt() || iterations.intValue() < MIN_ITERATIONS
                || iterations.intValue() > MAX_ITERATIONS) {
            throw refused("header", "the encrypted backup's header asks for " + iterations + " PBKDF2 iterations; "
                    + MIN_ITERATIONS + " to " + MAX_ITERATIONS + " are accepted");
        }
        byte[] salt = base64(json, "salt");
        byte[] nonce = base64(json, "nonce");
        byte[] check = base64(json, "keyCheck");
        if (salt == null || salt.length < SALT_BYTES || nonce == null || nonce.length != NONCE_BYTES || check == null
                || check.length != 32) {
            throw refused("header", "the encrypted backup's header is damaged (salt, nonce or key check)");
        }
        return new Header(iterations.intValue(), salt, nonce, check);
    }

    private static byte[] base64(JsonNode json, String field) {
        try {
            return json.path(field).isTextual() ? Base64.getDecoder().decode(json.get(field).textValue()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Keys readKeys(byte[] salt, int iterations) {
        String id = Base64.getEncoder().encodeToString(salt) + ":" + iterations;
        if (Arrays.equals(salt, writeSalt) && iterations == this.iterations) {
            return writeKeys;
        }
        synchronized (readKeys) {
            Keys kept = readKeys.get(id);
            if (kept != null) {
                return kept;
            }
        }
        Keys keys = derive(passphrase, salt, iterations);
        synchronized (readKeys) {
            readKeys.put(id, keys);
        }
        return keys;
    }

    // --- keys ----------------------------------------------------------------------------------------------------

    /** The AES key and the key check. */
    private record Keys(SecretKeySpec aes, byte[] check) {
    }

    private static Keys derive(char[] passphrase, byte[] salt, int iterations) {
        try {
            var spec = new PBEKeySpec(passphrase, salt, iterations, 256);
            byte[] master = SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
            spec.clearPassword();
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            byte[] aes = mac.doFinal(KEY_LABEL);
            byte[] check = mac.doFinal(CHECK_LABEL);
            Arrays.fill(master, (byte) 0);
            return new Keys(new SecretKeySpec(aes, "AES"), check);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(KDF + " or HmacSHA256 is not available", e);
        }
    }

    private static Cipher cipher(int mode, Keys keys, byte[] nonce) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, keys.aes(), new GCMParameterSpec(TAG_BITS, nonce));
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static byte[] random(int bytes) {
        byte[] result = new byte[bytes];
        RANDOM.nextBytes(result);
        return result;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = Math.max(0, from); i < Math.min(bytes.length, MAX_HEADER_BYTES + 1); i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static ValidationException refused(String field, String message) {
        return new ValidationException(new ValidationError("archive", field, null, message));
    }
}
