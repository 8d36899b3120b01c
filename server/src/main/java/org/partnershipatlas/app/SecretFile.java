package org.partnershipatlas.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * A secret kept in a file only its owner can read (mode 600): the embedded database's password and the first
 * administrator's generated password live in the data folder this way.
 */
public final class SecretFile {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private SecretFile() {
    }

    /** A new random secret: {@code bytes} random bytes, base64url without padding (24 bytes → 32 characters). */
    public static String generate(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }

    /** The secret in {@code file}, if the file exists and is not empty. */
    public static Optional<String> read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Writes {@code secret} to a new file readable only by its owner; fails if the file exists. */
    public static void writeNew(Path file, String secret) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
                var f = file.toFile();
                f.setReadable(false, false);
                f.setWritable(false, false);
                f.setReadable(true, true);
                f.setWritable(true, true);
            }
            Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException(file + " already exists", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The secret in {@code file}, or a new one written there. */
    public static String readOrCreate(Path file, int bytes) {
        return read(file).orElseGet(() -> {
            String secret = generate(bytes);
            writeNew(file, secret);
            return secret;
        });
    }
}
