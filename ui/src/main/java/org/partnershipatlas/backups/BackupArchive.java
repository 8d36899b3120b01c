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
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.partnershipatlas.app.PayloadTooLargeException;
import org.partnershipatlas.format.Json;
import org.partnershipatlas.format.JsonSnapshotFormat;
import org.partnershipatlas.model.validation.Errors;
import org.partnershipatlas.model.validation.ParsedNetwork;
import org.partnershipatlas.model.validation.ValidationError;
import org.partnershipatlas.model.validation.ValidationException;
import org.partnershipatlas.store.NetworkWithHistory;
import org.partnershipatlas.store.RecordedChange;

/**
 * The backup archive (docs/FORMAT.md, "Backup archive"): a zip of exactly three files —
 * <ul>
 * <li>{@code manifest.json}: {@code {"format": "partnership-atlas-backup/1", "createdAt", "networkVersion",
 * "files": {name: sha256}}}, the SHA-256 (lower-case hex) of each other file;</li>
 * <li>{@code network.json}: the native JSON snapshot, as {@link JsonSnapshotFormat} writes it (every field it
 * writes), pretty-printed;</li>
 * <li>{@code history.jsonl}: one recorded change per line, oldest first ({@link HistoryLines}).</li>
 * </ul>
 * The same network and history always give the same three files byte for byte (entries are dated
 * {@code createdAt}). Reading checks everything before anything is parsed: that it is a zip, that it holds exactly
 * those files, that no more than the caller's limit is unpacked (a small zip can unpack to gigabytes), that the
 * manifest is ours and that every file's hash matches it. Errors name the file.
 */
public final class BackupArchive {
    public static final String FORMAT = "partnership-atlas-backup/1";
    static final String MANIFEST = "manifest.json";
    static final String NETWORK = "network.json";
    static final String HISTORY = HistoryLines.FILE;
    /** The files besides the manifest, as the manifest lists them. */
    static final List<String> FILES = List.of(NETWORK, HISTORY);
    private static final Set<String> MANIFEST_FIELDS = Set.of("format", "createdAt", "networkVersion", "files");
    /** A manifest is a few hundred bytes; more is not ours. */
    private static final int MAX_MANIFEST_BYTES = 64 * 1024;

    private BackupArchive() {
    }

    /**
     * What the manifest says.
     *
     * @param createdAt      when the backup was made
     * @param networkVersion the network version it holds
     * @param files          each file's SHA-256, by name
     */
    public record Manifest(Instant createdAt, long networkVersion, Map<String, String> files) {
        public Manifest {
            files = Map.copyOf(files);
        }
    }

    /**
     * A read, checked archive.
     *
     * @param manifest what it says about itself
     * @param network  {@code network.json} parsed (the rules across records are the door's, as for an import)
     * @param history  {@code history.jsonl}, oldest first
     */
    public record Contents(Manifest manifest, ParsedNetwork network, List<RecordedChange> history) {
        public Contents {
            history = List.copyOf(history);
        }
    }

    // --- writing -------------------------------------------------------------------------------------------------

    /** Writes the archive of {@code state} to {@code out}, which is flushed but left open. */
    public static void write(NetworkWithHistory state, Instant createdAt, OutputStream out) {
        try {
            // The manifest comes first and holds the hashes, so each file is written twice: once to hash it.
            var files = new LinkedHashMap<String, Writer>();
            files.put(NETWORK, to -> JsonSnapshotFormat.write(state.network().snapshot(), to, true));
            files.put(HISTORY, to -> HistoryLines.write(state.history(), to));
            var hashes = new TreeMap<String, String>();
            for (var file : files.entrySet()) {
                hashes.put(file.getKey(), sha256(file.getValue()));
            }
            var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            FileTime time = FileTime.from(createdAt);
            entry(zip, MANIFEST, time, to -> to.write(manifest(createdAt, state.network().version(), hashes)));
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

    private static byte[] manifest(Instant createdAt, long networkVersion, Map<String, String> hashes)
            throws JsonProcessingException {
        ObjectNode manifest = Json.mapper().createObjectNode();
        manifest.put("format", FORMAT);
        manifest.put("createdAt", createdAt.toString());
        manifest.put("networkVersion", networkVersion);
        ObjectNode files = manifest.putObject("files");
        hashes.forEach(files::put);
        return (Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(manifest) + "\n")
                .getBytes(StandardCharsets.UTF_8);
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
     * Reads and checks an archive; nothing in it is used unless all of it is sound.
     *
     * @param maxUnpackedBytes the most its files may unpack to, together ({@code atlas.limits.max-import-bytes})
     * @throws ValidationException       naming the file at fault: not a zip, a file missing or extra, a manifest
     *                                   not ours, a hash that does not match, a file that does not parse
     * @throws PayloadTooLargeException  if the files unpack to more than {@code maxUnpackedBytes}
     */
    public static Contents read(byte[] archive, long maxUnpackedBytes) {
        Map<String, byte[]> files = unpack(archive, maxUnpackedBytes);
        Manifest manifest = manifest(files.get(MANIFEST));
        var errors = new Errors();
        for (String name : FILES) {
            String actual = sha256(files.get(name));
            String expected = manifest.files().get(name);
            if (!actual.equals(expected)) {
                errors.add(name, "sha256", actual, "its SHA-256 does not match the manifest's (" + expected
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
        return new Contents(manifest, network, HistoryLines.read(files.get(HISTORY)));
    }

    /** The three files' bytes, unpacked within the limit. */
    private static Map<String, byte[]> unpack(byte[] archive, long maxUnpackedBytes) {
        if (archive.length < 4 || archive[0] != 'P' || archive[1] != 'K') {
            throw invalid("archive", "not a zip archive; a backup is the .zip that GET /api/backup or the Backups "
                    + "view makes");
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
                if (!name.equals(MANIFEST) && !FILES.contains(name)) {
                    errors.add(name, null, null, "the archive holds \"" + name + "\"; a backup holds exactly "
                            + MANIFEST + ", " + String.join(" and ", FILES));
                } else if (files.containsKey(name)) {
                    errors.add(name, null, null, "the archive holds " + name + " twice");
                } else {
                    files.put(name, bytes);
                }
            }
        } catch (IOException e) {
            throw invalid("archive", "not a readable zip archive: " + e.getMessage());
        }
        for (String name : List.of(MANIFEST, NETWORK, HISTORY)) {
            if (!files.containsKey(name)) {
                errors.add(name, null, null, "the archive lacks " + name + "; a backup holds exactly " + MANIFEST
                        + ", " + String.join(" and ", FILES));
            }
        }
        errors.throwIfAny();
        if (files.get(MANIFEST).length > MAX_MANIFEST_BYTES) {
            throw invalid(MANIFEST, "larger than " + MAX_MANIFEST_BYTES + " bytes: not a backup's manifest");
        }
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

    private static Manifest manifest(byte[] bytes) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(bytes);
        } catch (IOException e) {
            throw invalid(MANIFEST, "not valid JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw invalid(MANIFEST, "expected a JSON object with format, createdAt, networkVersion and files");
        }
        var errors = new Errors();
        root.fieldNames().forEachRemaining(name -> {
            if (!MANIFEST_FIELDS.contains(name)) {
                errors.add(MANIFEST, name, null, "unknown field \"" + name + "\"");
            }
        });
        JsonNode format = root.get("format");
        if (format == null || !FORMAT.equals(format.asText(null))) {
            errors.add(MANIFEST, "format", format == null ? null : format.toString(), "expected \"" + FORMAT + "\"");
        }
        Instant createdAt = null;
        JsonNode created = root.get("createdAt");
        try {
            createdAt = created != null && created.isTextual() ? Instant.parse(created.textValue()) : null;
        } catch (DateTimeParseException e) {
            // reported below
        }
        if (createdAt == null) {
            errors.add(MANIFEST, "createdAt", created == null ? null : created.toString(),
                    "expected an ISO-8601 instant such as 2026-01-31T09:30:00.000Z");
        }
        JsonNode version = root.get("networkVersion");
        if (version == null || !version.canConvertToExactIntegral() || !version.canConvertToLong() || version.asLong() < 0) {
            errors.add(MANIFEST, "networkVersion", version == null ? null : version.toString(),
                    "expected a whole number of at least 0");
        }
        var hashes = new LinkedHashMap<String, String>();
        JsonNode files = root.get("files");
        if (files == null || !files.isObject()) {
            errors.add(MANIFEST, "files", files == null ? null : files.toString(),
                    "expected an object of file names and their SHA-256");
        } else {
            files.fields().forEachRemaining(f -> {
                if (!FILES.contains(f.getKey())) {
                    errors.add(MANIFEST, "files." + f.getKey(), null, "lists \"" + f.getKey()
                            + "\", which is not a file of a backup");
                } else if (!f.getValue().isTextual() || !f.getValue().textValue().matches("[0-9a-f]{64}")) {
                    errors.add(MANIFEST, "files." + f.getKey(), f.getValue().toString(),
                            "expected a SHA-256 in lower-case hex (64 characters)");
                } else {
                    hashes.put(f.getKey(), f.getValue().textValue());
                }
            });
            for (String name : FILES) {
                if (!files.has(name)) {
                    errors.add(MANIFEST, "files." + name, null, "does not list " + name);
                }
            }
        }
        errors.throwIfAny();
        return new Manifest(createdAt, version.asLong(), hashes);
    }

    private static ValidationException invalid(String location, String message) {
        return new ValidationException(new ValidationError(location, null, null, message));
    }
}
