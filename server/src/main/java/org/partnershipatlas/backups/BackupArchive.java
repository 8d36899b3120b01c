package org.partnershipatlas.backups;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.partnershipatlas.app.PayloadTooLargeException;
import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.model.validation.Errors;
import org.partnershipatlas.model.validation.ParsedNetwork;
import org.partnershipatlas.model.validation.ValidationError;
import org.partnershipatlas.model.validation.ValidationException;
import org.partnershipatlas.store.NetworkWithHistory;
import org.partnershipatlas.store.RecordedChange;

/**
 * The backup archive (docs/FORMAT.md, "Backup archive"): a zip of {@code manifest.json} ({@link BackupManifest}:
 * the format, {@code createdAt}, {@code networkVersion} and the SHA-256 of each other file) and —
 * <ul>
 * <li>{@code network.json}: the native JSON snapshot, as {@link JsonSnapshotFormat} writes it (every field it
 * writes), pretty-printed;</li>
 * <li>{@code history.jsonl}: one recorded change per line, oldest first ({@link HistoryLines});</li>
 * <li>in format {@code /2} also {@code users.jsonl}, {@code api-tokens.jsonl}, {@code return-rounds.jsonl},
 * {@code return-invitations.jsonl}, {@code registrations.jsonl} and {@code stories.jsonl} ({@link RecordLines}).</li>
 * </ul>
 * Backups are written in format {@code /2}; {@code /1} (network and history only) is still read. The same contents
 * always give the same files byte for byte (entries are dated {@code createdAt}). Reading checks everything before
 * anything is parsed: that it is a zip, that it holds exactly its format's files, that no more than the caller's
 * limit is unpacked (a small zip can unpack to gigabytes), that the manifest is ours and that every file's hash
 * matches it. Errors name the file. Encryption wraps the whole zip ({@link BackupEncryption}).
 */
public final class BackupArchive {
    public static final String FORMAT = BackupManifest.FORMAT_2;
    static final String MANIFEST = BackupManifest.FILE;
    static final String NETWORK = BackupManifest.NETWORK;
    static final String HISTORY = BackupManifest.HISTORY;

    private BackupArchive() {
    }

    /**
     * A read, checked archive.
     *
     * @param manifest what it says about itself
     * @param network  {@code network.json} parsed (the rules across records are the door's, as for an import)
     * @param history  {@code history.jsonl}, oldest first
     * @param records  the users, tokens, returns, registrations and stories; {@code null} in format {@code /1},
     *                 which does not hold them
     */
    public record Contents(BackupManifest manifest, ParsedNetwork network, List<RecordedChange> history,
                           AppRecords records) {
        public Contents {
            history = List.copyOf(history);
        }
    }

    // --- writing -------------------------------------------------------------------------------------------------

    /**
     * Writes the archive of {@code state} and {@code records} to {@code out}, which is flushed but left open.
     *
     * @param records {@code null} writes format {@code /1}, network and history only, as earlier versions did (for
     *                tests that show such archives still restore)
     */
    public static void write(NetworkWithHistory state, AppRecords records, Instant createdAt, OutputStream out) {
        try {
            String format = records == null ? BackupManifest.FORMAT_1 : BackupManifest.FORMAT_2;
            // The manifest comes first and holds the hashes, so each file is written twice: once to hash it.
            var files = new LinkedHashMap<String, Writer>();
            for (String name : BackupManifest.filesOf(format)) {
                files.put(name, switch (name) {
                    case NETWORK -> to -> JsonSnapshotFormat.write(state.network().snapshot(), to, true);
                    case HISTORY -> to -> HistoryLines.write(state.history(), to);
                    default -> to -> RecordLines.write(name, records, to);
                });
            }
            var hashes = new TreeMap<String, String>();
            for (var file : files.entrySet()) {
                hashes.put(file.getKey(), sha256(file.getValue()));
            }
            var manifest = new BackupManifest(format, createdAt, state.network().version(), hashes);
            var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            FileTime time = FileTime.from(createdAt);
            entry(zip, MANIFEST, time, to -> to.write(manifest.bytes()));
            for (var file : files.entrySet()) {
                entry(zip, file.getKey(), time, file.getValue());
            }
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one file's bytes. */
    private interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void entry(ZipOutputStream zip, String name, FileTime time, Writer writer) throws IOException {
        var entry = new ZipEntry(name);
        entry.setLastModifiedTime(time);
        zip.putNextEntry(entry);
        writer.writeTo(unclosable(zip));
        zip.closeEntry();
    }

    private static String sha256(Writer writer) throws IOException {
        MessageDigest digest = digest();
        try (var out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            writer.writeTo(out);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JSON writer closes what it writes to; a zip entry must stay open. */
    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    // --- reading -------------------------------------------------------------------------------------------------

    /**
     * Reads and checks an archive (a zip: an encrypted one is opened first, {@link BackupEncryption#open}); nothing
     * in it is used unless all of it is sound.
     *
     * @param maxUnpackedBytes the most its files may unpack to, together ({@code atlas.limits.max-import-bytes})
     * @throws ValidationException       naming the file at fault: not a zip, a file missing or extra, a manifest
     *                                   not ours, a hash that does not match, a file that does not parse
     * @throws PayloadTooLargeException  if the files unpack to more than {@code maxUnpackedBytes}
     */
    public static Contents read(byte[] archive, long maxUnpackedBytes) {
        Map<String, byte[]> files = unpack(archive, maxUnpackedBytes);
        BackupManifest manifest = BackupManifest.parse(files.get(MANIFEST));
        List<String> expected = BackupManifest.filesOf(manifest.format());
        var errors = new Errors();
        for (String name : files.keySet()) {
            if (!name.equals(MANIFEST) && !expected.contains(name)) {
                errors.add(name, null, null, "the archive holds " + name + ", which a backup of format "
                        + manifest.format() + " does not; it holds exactly " + describe(expected));
            }
        }
        for (String name : expected) {
            if (!files.containsKey(name)) {
                errors.add(name, null, null, "the archive lacks " + name + "; a backup of format " + manifest.format()
                        + " holds exactly " + describe(expected));
            }
        }
        errors.throwIfAny();
        for (String name : expected) {
            String actual = sha256(files.get(name));
            String hash = manifest.files().get(name);
            if (!actual.equals(hash)) {
                errors.add(name, "sha256", actual, "its SHA-256 does not match the manifest's (" + hash
                        + "): the file was changed or damaged after the backup was made");
            }
        }
        errors.throwIfAny();
        ParsedNetwork network;
        try {
            network = JsonSnapshotFormat.parse(new ByteArrayInputStream(files.get(NETWORK)));
        } catch (ValidationException e) {
            throw new ValidationException(e.errors().stream().map(error -> new ValidationError(
                    NETWORK + " " + error.location(), error.field(), error.value(), error.message())).toList());
        }
        List<RecordedChange> history = HistoryLines.read(files.get(HISTORY));
        AppRecords records = manifest.holdsRecords() ? RecordLines.read(files) : null;
        return new Contents(manifest, network, history, records);
    }

    private static String describe(List<String> files) {
        return MANIFEST + ", " + String.join(", ", files);
    }

    /** Every file's bytes, by name, unpacked within the limit; the manifest must be there. */
    private static Map<String, byte[]> unpack(byte[] archive, long maxUnpackedBytes) {
        if (archive.length < 4 || archive[0] != 'P' || archive[1] != 'K') {
            throw invalid("archive", "not a zip archive; a backup is the .zip (or, encrypted, the .zip.enc) that "
                    + "GET /api/backup or the Backups view makes");
        }
        var files = new LinkedHashMap<String, byte[]>();
        var errors = new Errors();
        long unpacked = 0;
        try (var zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                // Every entry counts against the limit, an unexpected one too: skipping it would inflate it all.
                byte[] bytes = readAtMost(zip, maxUnpackedBytes - unpacked, name, maxUnpackedBytes);
                unpacked += bytes.length;
                if (!BackupManifest.known(name)) {
                    errors.add(name, null, null, "the archive holds \"" + name + "\"; a backup holds exactly "
                            + describe(BackupManifest.filesOf(BackupManifest.FORMAT_2)) + " (format /1: "
                            + describe(BackupManifest.filesOf(BackupManifest.FORMAT_1)) + ")");
                } else if (files.containsKey(name)) {
                    errors.add(name, null, null, "the archive holds " + name + " twice");
                } else {
                    files.put(name, bytes);
                }
            }
        } catch (IOException e) {
            throw invalid("archive", "not a readable zip archive: " + e.getMessage());
        }
        if (!files.containsKey(MANIFEST)) {
            errors.add(MANIFEST, null, null, "the archive lacks " + MANIFEST + ", which says what it holds");
        }
        errors.throwIfAny();
        return files;
    }

    /** An entry's bytes, stopping as soon as they go past {@code limit}: a zip bomb is never inflated in full. */
    private static byte[] readAtMost(InputStream in, long limit, String name, long maxUnpackedBytes) throws IOException {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > limit) {
                throw new PayloadTooLargeException("the archive unpacks to more than " + maxUnpackedBytes
                        + " bytes (atlas.limits.max-import-bytes); stopped in " + name);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static ValidationException invalid(String location, String message) {
        return new ValidationException(new ValidationError(location, null, null, message));
    }
}
